package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.webchat.agent.WorkspaceScenarios;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;

/**
 * A customer with a bot in the widget (issue 15, BOT-01, BOT-02), in a real Chromium, beside an agent's workspace:
 * the start bot's lines under its name, its question answered with a button reached by the keyboard, an e-mail typed
 * and asked again, then the hand-off to the agent; "Talk to a person"; the end bot's survey after the agent's end;
 * the bot's timeout. What the customer sees is asserted; the campaigns are {@link BotWidgetCampaigns}'.
 */
public final class BotWidgetScenarios {

    private static final By BOT_TEXTS = By.cssSelector("#wc-messages li.wc-from-bot .wc-text");
    private static final By REPLIES = By.cssSelector("#wc-messages .wc-replies .wc-reply");

    /** The customer whose bot's timeout the server is made to reach between two steps of the test. */
    private static Browser waitingCustomer;

    private final URL base;

    public BotWidgetScenarios(URL base) {
        this.base = base;
    }

    private static List<String> texts(WebDriver driver, By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    private static void seesBotLine(WebDriver widget, String text) {
        WorkspaceScenarios.waiting(widget).until(d -> texts(d, BOT_TEXTS).contains(text));
    }

    private static void seesStatus(WebDriver widget, String status) {
        WorkspaceScenarios.waiting(widget).until(d -> status.equals(d.findElement(By.id("wc-status")).getText()));
    }

    private static List<String> replies(WebDriver widget) {
        return texts(widget, REPLIES);
    }

    private static void typeAnswer(WebDriver widget, String text) {
        widget.findElement(By.id("wc-text")).sendKeys(text, Keys.ENTER);
        WorkspaceScenarios.waiting(widget).until(d -> texts(d, By.cssSelector("#wc-messages li.wc-from-customer"
                + "[data-state='stored'] .wc-text")).contains(text));
    }

    /** The focused element, by its id or else its text. */
    private static String focused(WebDriver widget) {
        WebElement active = widget.switchTo().activeElement();
        String id = active.getDomAttribute("id");
        return id == null || id.isEmpty() ? active.getText() : "#" + id;
    }

    /** Clicks the element, found again if the workspace redrew it in between. */
    private static void click(WebDriver driver, By by) {
        WorkspaceScenarios.waiting(driver).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** (a) The start bot asks; the customer answers with the keyboard and types; the agent gets the chat. */
    public void aStartBotHandsTheCustomerToAnAgent() {
        try (Browser agent = WorkspaceScenarios.workspace(base, "bw-0", BotWidgetCampaigns.PASSWORD);
             Browser customer = WorkspaceScenarios.customer(base, "Vera", BotWidgetCampaigns.HELPED)) {
            WebDriver widget = customer.driver();
            seesBotLine(widget, "Hi Vera, I am the shop's helper.");
            seesBotLine(widget, "What is it about?");
            // Under the bot's name and its initial (it has no picture); the header says who talks.
            assertEquals(List.of("Shop helper", "Shop helper"), texts(widget, By.cssSelector("li.wc-from-bot .wc-name")));
            assertEquals("S", widget.findElement(By.cssSelector("li.wc-from-bot .wc-bot-pic")).getText());
            assertEquals("Shop helper", customer.text(By.id("wc-agent-name")));
            seesStatus(widget, "You are chatting with a virtual assistant");
            WorkspaceScenarios.waiting(widget).until(d -> replies(d).equals(List.of("Billing", "Delivery")));
            assertEquals("Talk to a person", customer.text(By.id("wc-person")));
            Accessibility.assertNoSeriousViolations(widget, "widget with a bot's question");

            // The keyboard: from the composer back past "Talk to a person" to the last button, an arrow to the
            // first, Space to answer.
            WebElement text = widget.findElement(By.id("wc-text"));
            text.click();
            text.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            assertEquals("#wc-person", focused(widget));
            widget.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
            assertEquals("Delivery", focused(widget));
            widget.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
            assertEquals("Billing", focused(widget));
            widget.switchTo().activeElement().sendKeys(Keys.SPACE);
            WorkspaceScenarios.waiting(widget).until(d -> texts(d, By.cssSelector("#wc-messages li.wc-from-customer .wc-text"))
                    .contains("Billing"));
            assertEquals("#wc-text", focused(widget), "the keyboard goes on in the composer");
            seesBotLine(widget, "Your e-mail?");
            assertTrue(replies(widget).isEmpty(), "the answered question's buttons are gone: " + replies(widget));

            // A typed answer, checked as an e-mail and asked again.
            typeAnswer(widget, "not an address");
            seesBotLine(widget, "That is no e-mail, again?");
            typeAnswer(widget, "vera@example.com");

            // Handed off: the agent attends, the bot's controls are gone.
            seesStatus(widget, "Connected with an agent");
            assertEquals("Agent bw 0", customer.text(By.id("wc-agent-name")));
            assertFalse(widget.findElement(By.id("wc-person")).isDisplayed());
            WebDriver ws = agent.driver();
            By vera = By.xpath("//*[@id='ws-inbox']//li[contains(@class,'ws-chat')]"
                    + "[.//*[contains(@class,'ws-customer-name') and normalize-space()='Vera']]//button[contains(@class,'ws-open')]");
            agent.find(vera);
            click(ws, vera);
            assertEquals("Vera", agent.text(By.id("ws-customer")));
        }
    }

    /** (b) "Talk to a person" hands the chat to the queue at once, the question unanswered. */
    public void talkToAPersonHandsOffAtOnce() {
        try (Browser customer = WorkspaceScenarios.customer(base, "Pia", BotWidgetCampaigns.QUEUED)) {
            WebDriver widget = customer.driver();
            WorkspaceScenarios.waiting(widget).until(d -> replies(d).equals(List.of("Billing", "Delivery")));
            customer.find(By.id("wc-person")).click();
            WorkspaceScenarios.waiting(widget).until(d -> {
                String status = d.findElement(By.id("wc-status")).getText();
                return status.startsWith("You are number") || status.equals("Waiting for an agent…");
            });
            assertEquals("Bot queue", customer.text(By.id("wc-agent-name")), "the campaign's, no longer the bot's");
            assertTrue(replies(widget).isEmpty(), "the bot asks no more");
            assertFalse(widget.findElement(By.id("wc-person")).isDisplayed());
            assertTrue(widget.findElement(By.id("wc-text")).isDisplayed(), "the customer may write while waiting");
        }
    }

    /** (c) The agent ends; the end bot asks its survey, answered with a button; then the chat's end and rating. */
    public void theEndBotsSurveyFollowsTheAgentsEnd() {
        try (Browser agent = WorkspaceScenarios.workspace(base, "bw-s-0", BotWidgetCampaigns.PASSWORD);
             Browser customer = WorkspaceScenarios.customer(base, "Sam", BotWidgetCampaigns.SURVEYED)) {
            WebDriver widget = customer.driver();
            WebDriver ws = agent.driver();
            agent.find(By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
            click(ws, By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
            seesStatus(widget, "Connected with an agent");
            click(ws, By.id("ws-more"));
            agent.find(By.id("ws-end"));
            click(ws, By.id("ws-end"));
            agent.find(By.id("ws-end-yes"));
            click(ws, By.id("ws-end-yes"));

            seesBotLine(widget, "How did we do?");
            seesStatus(widget, "A few questions about your chat");
            assertEquals("Shop survey", customer.text(By.id("wc-agent-name")));
            // The survey is part of the chat: the composer stays, the end's rating waits for the survey's end.
            assertTrue(widget.findElement(By.id("wc-text")).isDisplayed());
            assertFalse(widget.findElement(By.id("wc-ended")).isDisplayed());
            WorkspaceScenarios.waiting(widget).until(d -> replies(d).equals(List.of("Well", "Badly")));
            widget.findElements(REPLIES).get(0).click();

            seesBotLine(widget, "Thanks!");
            seesStatus(widget, "The chat has ended");
            assertTrue(texts(widget, By.cssSelector("#wc-messages li.wc-from-customer .wc-text")).contains("Well"));
            assertFalse(widget.findElement(By.id("wc-text")).isDisplayed());
            assertTrue(customer.find(By.id("wc-rating")).isDisplayed(), "then the chat's own end: its rating");
            assertTrue(customer.find(By.id("wc-new")).isDisplayed());
            assertFalse(widget.findElement(By.id("wc-end-reason")).isDisplayed(), "an ordinary end says no reason");
        }
    }

    /** (d), first half: the bot asks, and the customer says nothing. */
    public void aCustomerLeavesTheBotWaiting() {
        waitingCustomer = WorkspaceScenarios.customer(base, "Tim", BotWidgetCampaigns.TIMED);
        WorkspaceScenarios.waiting(waitingCustomer.driver()).until(d -> replies(d).equals(List.of("Billing", "Delivery")));
    }

    /** (d), second half: once the bot's timeout is due, its message and the end, with the reason. */
    public void theBotsTimeoutEndsTheChat() {
        try (Browser customer = waitingCustomer) {
            WebDriver widget = customer.driver();
            seesBotLine(widget, "Nobody there? Bye.");
            seesStatus(widget, "The chat has ended");
            assertEquals("The chat ended because no answer came in time.", customer.text(By.id("wc-end-reason")));
            assertTrue(replies(widget).isEmpty(), "an ended chat's question has no buttons");
            assertFalse(widget.findElement(By.id("wc-text")).isDisplayed());
            // A reload finds the chat ended and still says why.
            widget.navigate().refresh();
            seesBotLine(widget, "Nobody there? Bye.");
            WorkspaceScenarios.waiting(widget).until(d -> "The chat ended because no answer came in time."
                    .equals(d.findElement(By.id("wc-end-reason")).getText().trim()));
        } finally {
            waitingCustomer = null;
        }
    }
}
