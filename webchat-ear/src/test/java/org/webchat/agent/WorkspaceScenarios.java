package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webchat.it.Browser;
import org.webchat.it.ConsoleSession;

/** The browser side of {@link WorkspaceBrowserIT}: an agent in the workspace and a customer in the widget. */
final class WorkspaceScenarios {

    private final URL base;

    WorkspaceScenarios(URL base) {
        this.base = base;
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static Browser workspace(URL base) {
        return workspace(base, "work-0");
    }

    private static Browser workspace(URL base, String login) {
        Browser agent = Browser.open(base, "en").signIn(login, "work-pw");
        agent.go("agent/index.xhtml");
        waiting(agent.driver()).until(d -> "connected".equals(d.findElement(By.id("ws-connection")).getAttribute("data-state")));
        return agent;
    }

    private static Browser customer(URL base, String name) {
        Browser customer = Browser.open(base, "en");
        customer.go("widget/chat?campaign=" + WorkspaceBrowserIT.WORK + "&name=" + name + "&email=" + name.toLowerCase()
                + "%40example.com");
        customer.find(By.id("wc-start")).click();
        return customer;
    }

    /** Clicks the element, found again if the workspace redrew it in between (its lists are redrawn live). */
    private static void click(WebDriver driver, By by) {
        waiting(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static List<String> texts(WebDriver driver, String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getText()).toList();
    }

    void aChatFromStartToWrapUp() throws Exception {
        try (Browser agent = workspace(base); Browser customer = customer(base, "Carla")) {
            WebDriver ws = agent.driver();
            WebDriver widget = customer.driver();
            // AGT-01: the chat arrives live, without a reload.
            agent.find(By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
            click(ws, By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
            assertEquals("Carla", agent.text(By.id("ws-customer")));
            assertTrue(agent.text(By.id("ws-waited")).length() > 0, "AGT-03: how long the customer waited");

            customer.find(By.id("wc-text")).sendKeys("Hello, where is my order?", Keys.ENTER);
            waiting(ws).until(d -> texts(d, "#ws-messages li.ws-from-customer .ws-text").contains("Hello, where is my order?"));

            click(ws, By.id("ws-canned"));
            agent.find(By.cssSelector("#ws-canned-panel .ws-canned"));
            click(ws, By.cssSelector("#ws-canned-panel .ws-canned"));
            click(ws, By.id("ws-emoji"));
            String emoji = agent.find(By.cssSelector("#ws-emoji-panel .ws-emoji")).getText();
            click(ws, By.cssSelector("#ws-emoji-panel .ws-emoji"));
            ws.findElement(By.id("ws-text")).sendKeys(Keys.ENTER);
            waiting(widget).until(d -> texts(d, "#wc-messages li.wc-from-agent .wc-text").stream()
                    .anyMatch(t -> t.startsWith("Your order is on its way.") && t.contains(emoji)));

            Path guide = Files.createTempDirectory("webchat-agent").resolve("guide.pdf");
            Files.write(guide, "%PDF-1.4 tracking guide".getBytes(StandardCharsets.US_ASCII));
            ws.findElement(By.id("ws-file")).sendKeys(guide.toString());
            waiting(widget).until(d -> d.findElements(By.cssSelector("#wc-messages a.wc-file")).stream()
                    .anyMatch(a -> a.getText().contains("guide.pdf")));

            customer.find(By.id("wc-text")).sendKeys("Thank you!", Keys.ENTER);
            waiting(ws).until(d -> texts(d, "#ws-messages li.ws-from-customer .ws-text").contains("Thank you!"));
            // Both sides show the same conversation in the same order.
            List<String> seenByAgent = texts(ws, "#ws-messages li.ws-msg[data-seq]").stream().map(WorkspaceScenarios::firstLine).toList();
            List<String> seenByCustomer = texts(widget, "#wc-messages li.wc-msg[data-seq]").stream().map(WorkspaceScenarios::firstLine).toList();
            assertEquals(seenByAgent.size(), seenByCustomer.size(), seenByAgent + " / " + seenByCustomer);

            click(ws, By.id("ws-more"));
            agent.find(By.id("ws-end"));
            click(ws, By.id("ws-end"));
            agent.find(By.id("ws-end-yes"));
            click(ws, By.id("ws-end-yes"));
            agent.find(By.cssSelector("#ws-quality label[for='ws-q-0-3']"));
            click(ws, By.cssSelector("#ws-quality label[for='ws-q-0-3']"));
            click(ws, By.id("ws-quality-send"));
            agent.find(By.id("ws-quality-done"));
        }
    }

    /** The first line of a message as the screen shows it, without the time beside it. */
    private static String firstLine(String text) {
        return text.split("\n", 2)[0];
    }

    void aBreakHoldsNewChatsBack() throws Exception {
        try (Browser agent = workspace(base)) {
            WebDriver ws = agent.driver();
            new Select(agent.find(By.id("ws-state"))).selectByVisibleText("Lunch");
            waiting(ws).until(d -> d.findElement(By.id("ws-state")).getAttribute("value").startsWith("break:"));
            try (Browser customer = customer(base, "Bruno")) {
                Thread.sleep(4000); // longer than the engine's sweep
                assertTrue(texts(ws, "#ws-inbox li.ws-chat .ws-customer-name").stream().noneMatch("Bruno"::equals),
                        "STR: an agent on a break receives nothing new");
                new Select(ws.findElement(By.id("ws-state"))).selectByValue("AVAILABLE");
                waiting(ws).until(d -> texts(d, "#ws-inbox li.ws-chat .ws-customer-name").contains("Bruno"));
            }
        }
    }

    void historyTransferAndAnotherAgentsConversation() throws Exception {
        try (Browser first = workspace(base); Browser customer = customer(base, "Carla")) {
            WebDriver ws = first.driver();
            // Bruno, from the break scenario, is still in the inbox: open Carla's new chat by her name.
            By carla = By.xpath("//*[@id='ws-inbox']//li[contains(@class,'ws-chat') and not(contains(@class,'ws-ended'))]"
                    + "[.//*[contains(@class,'ws-customer-name') and normalize-space()='Carla']]//button[contains(@class,'ws-open')]");
            first.find(carla);
            click(ws, carla);
            String interaction = ws.findElement(By.cssSelector("#ws-inbox li.ws-chat.ws-selected")).getAttribute("data-interaction");

            // AGT-06: Carla wrote before (the first scenario): her earlier chat is one click away.
            click(ws, By.id("ws-more"));
            click(ws, By.id("ws-more-history"));
            waiting(ws).until(d -> !d.findElements(By.cssSelector("#ws-history .ws-history-item")).isEmpty());

            try (Browser second = workspace(base, "work-1")) {
                WebDriver ws2 = second.driver();
                click(ws, By.id("ws-more"));
                click(ws, By.id("ws-more-transfer"));
                first.find(By.cssSelector("#ws-transfer .ws-target-agent"));
                click(ws, By.cssSelector("#ws-transfer .ws-target-agent"));
                click(ws, By.id("ws-transfer-send"));
                // AGT-08: the second agent is offered the chat and takes it.
                second.find(By.cssSelector("#ws-inbox li.ws-offer.ws-transfer .ws-accept"));
                click(ws2, By.cssSelector("#ws-inbox li.ws-offer.ws-transfer .ws-accept"));
                waiting(ws2).until(d -> d.findElements(By.cssSelector("#ws-inbox li.ws-chat:not(.ws-ended)")).stream()
                        .anyMatch(li -> interaction.equals(li.getAttribute("data-interaction"))));
                waiting(customer.driver()).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent work 1"));

                // The chat is the second agent's now: its address is a 403 for the first.
                HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(base.toString().replaceAll("/$", "") + "/agent/api/interactions/" + interaction))
                        .header("Cookie", ConsoleSession.signIn(base, "work-0", "work-pw")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(403, refused.statusCode(), refused.body());
                HttpResponse<String> own = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(base.toString().replaceAll("/$", "") + "/agent/api/interactions/" + interaction))
                        .header("Cookie", ConsoleSession.signIn(base, "work-1", "work-pw")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, own.statusCode(), "its agent opens it");
            }
        }
    }
}
