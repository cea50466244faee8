package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webchat.agent.WorkspaceScenarios.click;
import static org.webchat.agent.WorkspaceScenarios.customer;
import static org.webchat.agent.WorkspaceScenarios.texts;
import static org.webchat.agent.WorkspaceScenarios.waiting;
import static org.webchat.agent.WorkspaceScenarios.workspace;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;
import org.webchat.it.SocketClient;

/** The browser side of {@link WorkspaceContextBrowserIT}: agents in the workspace, customers in the widget. */
final class WorkspaceContextScenarios {

    private static final String NOTE = "Wants to return the blue kettle; the receipt is already checked.";

    private final URL base;

    WorkspaceContextScenarios(URL base) {
        this.base = base;
    }

    /** The inbox entry of the customer's open chat. */
    private static By chatOf(String customer) {
        return By.xpath("//*[@id='ws-inbox']//li[contains(@class,'ws-chat')][.//*[contains(@class,'ws-customer-name')"
                + " and normalize-space()='" + customer + "']]");
    }

    private static By openChatOf(String customer) {
        return By.xpath("//*[@id='ws-inbox']//li[contains(@class,'ws-chat')][.//*[contains(@class,'ws-customer-name')"
                + " and normalize-space()='" + customer + "']]//button[contains(@class,'ws-open')]");
    }

    /** Issue 11, point 17 (AGT-08, AGT-03, ADV-08). */
    void aTransferWithItsContext() throws Exception {
        try (Browser first = workspace(base, "care-0"); Browser customer = customer(base, "Iris", WorkspaceContextBrowserIT.CARE)) {
            WebDriver ws = first.driver();
            first.find(openChatOf("Iris"));
            click(ws, openChatOf("Iris"));
            String waited = first.text(By.id("ws-waited"));
            Thread.sleep(2_100); // the first agent holds the chat: a wait counted up to the transfer would be longer

            try (Browser second = workspace(base, "care-1")) {
                WebDriver ws2 = second.driver();
                click(ws, By.id("ws-more"));
                click(ws, By.id("ws-more-transfer"));
                first.find(By.cssSelector("#ws-transfer .ws-target-agent"));
                click(ws, By.cssSelector("#ws-transfer .ws-target-agent"));
                first.find(By.id("ws-transfer-note")).sendKeys(NOTE);
                assertEquals("500", first.find(By.id("ws-transfer-note")).getAttribute("maxlength"));
                click(ws, By.id("ws-transfer-send"));

                // The agent asked reads the note in the offer, and with the chat once taken.
                By offer = By.cssSelector("#ws-inbox li.ws-offer.ws-transfer");
                assertEquals("Note from Agent care 0: " + NOTE,
                        second.text(new ByChained(offer, By.className("ws-transfer-note"))));
                click(ws2, By.cssSelector("#ws-inbox li.ws-offer.ws-transfer .ws-accept"));
                String handover = second.text(By.id("ws-handover"));
                assertTrue(handover.contains("Transferred by Agent care 0") && handover.contains(NOTE), handover);
                assertEquals(waited, second.text(By.id("ws-waited")),
                        "issue 11, point 17 (AGT-03): the customer's own wait, not the time since the transfer");

                // Everyone reads who took over: the customer and the new agent in the conversation, the first agent too.
                String line = "Agent care 1 took over your chat";
                waiting(ws2).until(d -> texts(d, "#ws-messages li.ws-from-system .ws-text").contains(line));
                waiting(customer.driver()).until(d -> d.findElements(By.cssSelector("#wc-messages li")).stream()
                        .map(WebElement::getText).anyMatch(text -> text.contains(line)));
                waiting(ws).until(d -> d.findElement(By.id("ws-ended-note")).getText().contains("Agent care 1 took over the chat."));
            }
        }
    }

    /** Issue 11, point 18 (STR-04). */
    void theQueueAndAPick() throws Exception {
        long desk = WorkspaceContextBrowserIT.DESK;
        try (Browser agent = workspace(base, "pickq-0"); Browser ana = customer(base, "Ana", desk)) {
            WebDriver ws = agent.driver();
            // A list under its own heading (shown in capitals by the style sheet).
            assertEquals("Waiting customers", agent.find(By.cssSelector("#ws-queues h2#ws-queues-title"))
                    .getAttribute("textContent"));
            waiting(ws).until(d -> texts(d, "#ws-queues .ws-queue-title").contains("Returns desk · 1 waiting"));
            try (Browser bea = customer(base, "Bea", desk)) {
                theSecondIsTakenFirst(agent, bea);
            }
        }
    }

    /** Bea, who came second, is taken first from the waiting list: her chat opens, Ana still waits. */
    private static void theSecondIsTakenFirst(Browser agent, Browser bea) {
        WebDriver ws = agent.driver();
        waiting(ws).until(d -> texts(d, "#ws-queues .ws-queue-title").contains("Returns desk · 2 waiting"));
        assertEquals(List.of("Ana", "Bea"), texts(ws, "#ws-queues li.ws-waiting .ws-customer-name"),
                "first come, first listed");
        assertTrue(texts(ws, "#ws-queues li.ws-waiting .ws-queue-wait").stream().allMatch(w -> w.matches("\\d+:\\d\\d")),
                "each customer's wait");

        By takeBea = By.cssSelector("#ws-queues button.ws-take[aria-label='Take the chat with Bea (Returns desk)']");
        agent.find(takeBea);
        click(ws, takeBea);
        waiting(ws).until(d -> "Bea".equals(d.findElement(By.id("ws-customer")).getText()));
        waiting(bea.driver()).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent pickq 0"));
        waiting(ws).until(d -> texts(d, "#ws-queues .ws-queue-title").contains("Returns desk · 1 waiting")
                && texts(d, "#ws-queues li.ws-waiting .ws-customer-name").equals(List.of("Ana")));
    }

    /** Issue 11, point 19 (AGT-02, ADV-10). */
    void presenceAndRating() throws Exception {
        long care = WorkspaceContextBrowserIT.CARE;
        try (Browser agent = workspace(base, "care-0")) {
            WebDriver ws = agent.driver();
            try (Browser gil = customer(base, "Gil", care)) {
                agent.find(openChatOf("Gil"));
                click(ws, openChatOf("Gil"));
                assertEquals("Customer connected", agent.text(By.id("ws-presence")));
            }
            // Gil closed the chat's window: gone, since when, and for how long.
            waiting(ws).until(d -> d.findElement(By.id("ws-presence")).getText().matches("Customer gone since .+ \\(\\d+:\\d\\d\\)"));
            waiting(ws).until(d -> d.findElement(chatOf("Gil")).findElement(By.className("ws-item-gone")).getText()
                    .matches("Gone \\d+:\\d\\d"));

            try (Browser hana = customer(base, "Hana", care)) {
                agent.find(openChatOf("Hana"));
                click(ws, openChatOf("Hana"));
                click(ws, By.id("ws-more"));
                click(ws, By.id("ws-end"));
                click(ws, By.id("ws-end-yes"));
                hana.find(By.cssSelector("#wc-rating .wc-star[data-rating='4']")).click();
                hana.find(By.id("wc-rating-comment")).sendKeys("Quick and kind");
                hana.find(By.id("wc-rate")).click();
                hana.find(By.id("wc-rated"));
                // The ended chat, still on screen, shows the rating.
                String rating = agent.text(By.id("ws-rating"));
                assertTrue(rating.contains("★★★★☆") && rating.contains("Quick and kind"), rating);
                assertEquals("4 of 5 stars", agent.find(By.cssSelector("#ws-rating .ws-stars")).getAttribute("aria-label"));
                waiting(ws).until(d -> d.findElement(chatOf("Hana")).findElement(By.className("ws-item-rating")).getText()
                        .contains("Rated 4/5"));
            }
        }
    }

    /** Issue 11, point 14 (ADV-14, WID-02, AGT-02): the label per language, in the form and in the agent's header. */
    void theExtraFieldUnderItsLabel() {
        try (Browser agent = workspace(base, "care-0"); Browser customer = Browser.open(base, "es")) {
            customer.go("widget/chat?campaign=" + WorkspaceContextBrowserIT.CARE + "&name=Lucia&email=lucia%40example.com");
            assertEquals("Número de pedido (opcional)", customer.text(By.cssSelector("label[for='wc-phone']")),
                    "the Spanish label, not one text for every language");
            customer.find(By.id("wc-phone")).sendKeys("A-1234");
            customer.find(By.id("wc-start")).click();
            click(agent.driver(), openChatOf("Lucia"));
            assertEquals("A-1234", agent.text(By.id("ws-extra")));
            assertEquals("Número de pedido", agent.driver().findElement(By.xpath("//dd[@id='ws-extra']/preceding-sibling::dt")).getText(),
                    "the value under the label the customer answered, not 'Other data'");
        }
        try (Browser english = Browser.open(base, "en")) {
            english.go("widget/chat?campaign=" + WorkspaceContextBrowserIT.CARE);
            assertEquals("Order number (optional)", english.text(By.cssSelector("label[for='wc-phone']")));
        }
    }

    private static Predicate<JsonObject> botLine(String text) {
        return f -> "message".equals(f.getString("type", "")) && "bot".equals(f.getString("from", ""))
                && text.equals(f.getString("text", ""));
    }

    /**
     * Issue 15, point 5 (BOT-01): the customer answers the start bot with a button and a typed answer and is handed
     * over; the agent reads the bot's lines under its name, its note for the agents, and its card: its name, that it
     * handed over and why, and what it collected, as text.
     */
    void aBotsPartBeforeTheAgent() throws Exception {
        String order = "A-77 <b>gift</b>"; // shown as typed: text, never markup
        try (Browser agent = workspace(base, "bd-0"); SocketClient wanda = SocketClient.customer(base)) {
            WebDriver ws = agent.driver();
            wanda.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + WorkspaceContextBrowserIT.BOT_DESK
                    + ",\"name\":\"Wanda\",\"language\":\"en\"}");
            wanda.await(botLine("What is it about?"), "the bot's question with its buttons");
            wanda.send("{\"type\":\"message\",\"clientId\":\"bd-1\",\"text\":\"Returns\"}");
            wanda.await(botLine("Your order number?"), "the next question");
            wanda.send("{\"type\":\"message\",\"clientId\":\"bd-2\",\"text\":\"" + order + "\"}");
            wanda.await(f -> "state".equals(f.getString("type", "")) && "ASSIGNED".equals(f.getString("state", "")),
                    "the agent, after the hand-off");

            click(ws, openChatOf("Wanda"));
            waiting(ws).until(d -> texts(d, "#ws-messages li.ws-from-bot:not(.ws-bot-note) .ws-text")
                    .equals(List.of("Hi Wanda, I am the desk assistant.", "What is it about?", "Your order number?")));
            assertTrue(texts(ws, "#ws-messages li.ws-from-bot .ws-name").stream().allMatch("Bot Desk assistant"::equals),
                    "under the bot's name");
            assertEquals(List.of("Buttons: Returns · Other"), texts(ws, "#ws-messages li.ws-from-bot .ws-bot-options"));
            assertEquals(List.of("Returns", order), texts(ws, "#ws-messages li.ws-from-customer .ws-text"));
            // The hand-off's summary: a note for the agents, which the customer never read.
            assertEquals(List.of("Wants to return order " + order),
                    texts(ws, "#ws-messages li.ws-from-bot.ws-bot-note .ws-text"));
            assertEquals(List.of("For agents only"), texts(ws, "#ws-messages li.ws-bot-note .ws-whisper-mark"));
            assertTrue(wanda.pending(f -> f.getString("text", "").startsWith("Wants to return")).isEmpty(),
                    "the customer never reads the note");

            assertEquals("Bot Desk assistant", agent.text(By.id("ws-bot-title")));
            assertEquals("It handed the chat over to a person.", agent.text(By.id("ws-bot-outcome")));
            assertEquals("Summary: Wants to return order " + order, agent.text(By.id("ws-bot-summary")));
            assertFalse(agent.isPresent(By.id("ws-bot-reason")), "the flow chose to hand over");
            assertEquals(List.of("initialMessage", "topic", "order"), texts(ws, "#ws-bot dl dt"));
            assertEquals(List.of("Returns", "returns", order), texts(ws, "#ws-bot dl dd"));
            assertFalse(agent.isPresent(By.cssSelector("#ws-bot b, #ws-messages b")), "no markup from what was typed");
            // The header names the bot, and brings its card (above the bot's lines) into view from anywhere.
            assertEquals("Desk assistant", agent.text(By.id("ws-bot-name")));
            agent.driver().executeScript("document.getElementById('ws-thread').scrollTop = 1e6");
            click(ws, By.id("ws-bot-show"));
            waiting(ws).until(d -> "ws-bot".equals(agent.driver().executeScript("return document.activeElement.id")));
            Accessibility.assertNoSeriousViolations(ws, "workspace with a bot's card");
        }
    }
}
