package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.agent.WorkspaceScenarios;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;

/** The browser side of {@link SupervisionBrowserIT}: a supervisor's page, two workspaces and two customers. */
final class SupervisorActsPageScenarios {

    private static final String WHISPER = "Offer the yearly plan";
    private static final String SUPERVISOR_NAME = "Supervisor " + SupervisionBrowserIT.ACTS_SUPERVISOR;
    private final URL base;

    SupervisorActsPageScenarios(URL base) {
        this.base = base;
    }

    private static FluentWait<WebDriver> within(WebDriver driver, int seconds) {
        return Browser.within(driver, seconds).ignoring(StaleElementReferenceException.class);
    }

    private static List<String> texts(WebDriver driver, String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getText()).toList();
    }

    private static void click(WebDriver driver, By by) {
        within(driver, 10).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static By act(String login, String act) {
        return By.cssSelector("#sup-agents-body tr[data-login='" + login + "'] button[data-act='" + act + "']");
    }

    private static void write(WebDriver driver, String box, String text) {
        within(driver, 10).until(d -> {
            d.findElement(By.id(box)).sendKeys(text);
            return true;
        });
    }

    void spyWhisperBargeInInfoPauseLogOut() throws Exception {
        try (Browser supervisor = Browser.open(base, "en");
             Browser first = WorkspaceScenarios.workspace(base, "page-0", SupervisionBrowserIT.ACTS_PASSWORD);
             Browser customer = WorkspaceScenarios.customer(base, "Quentin", SupervisionBrowserIT.ACTS)) {
            WebDriver page = supervisor.driver();
            page.manage().window().setSize(new Dimension(1366, 768));
            supervisor.signIn(SupervisionBrowserIT.ACTS_SUPERVISOR, SupervisionBrowserIT.ACTS_PASSWORD)
                    .go("supervisor/index.xhtml");
            WebDriver ws = first.driver();
            WebDriver widget = customer.driver();
            click(ws, By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
            customer.find(By.id("wc-text")).sendKeys("I want to cancel", Keys.ENTER);
            within(ws, 20).until(d -> texts(d, "#ws-messages li.ws-from-customer .ws-text").contains("I want to cancel"));

            // SUP-11: the Spy button shows with an active chat; the side panel holds the history, then live messages.
            within(page, 20).until(d -> d.findElement(act("page-0", "spy")).isDisplayed());
            click(page, act("page-0", "spy"));
            within(page, 10).until(d -> texts(d, "#sup-side-body .sup-spy-log .sup-msg-text").contains("I want to cancel"));
            assertEquals(List.of("Quentin"), texts(page, "#sup-side-body .sup-spy-tab"));
            customer.find(By.id("wc-text")).sendKeys("Are you there?", Keys.ENTER);
            within(page, 10).until(d -> texts(d, "#sup-side-body .sup-msg-customer .sup-msg-text").contains("Are you there?"));
            ws.findElement(By.id("ws-text")).sendKeys("One moment, please", Keys.ENTER);
            within(page, 10).until(d -> texts(d, "#sup-side-body .sup-msg-agent .sup-msg-text").contains("One moment, please"));

            // Whisper: the agent reads it marked, the supervisor's panel too; the customer never.
            write(page, "sup-spy-text", WHISPER);
            click(page, By.id("sup-spy-send"));
            within(ws, 10).until(d -> texts(d, "#ws-messages li.ws-whisper .ws-text").contains(WHISPER));
            assertEquals(List.of("Supervisor " + SUPERVISOR_NAME), texts(ws, "#ws-messages li.ws-whisper .ws-name"),
                    "marked as the supervisor's");
            within(page, 10).until(d -> texts(d, "#sup-side-body .sup-whisper .sup-msg-text").contains(WHISPER));

            // Barge-in: from then on the box writes to the customer, who reads the supervisor's name.
            click(page, By.id("sup-spy-barge"));
            within(page, 10).until(d -> "Send".equals(d.findElement(By.id("sup-spy-send")).getText()));
            write(page, "sup-spy-text", "I can help you");
            click(page, By.id("sup-spy-send"));
            within(widget, 10).until(d -> texts(d, "#wc-messages li.wc-from-agent .wc-text").contains("I can help you"));
            assertTrue(texts(widget, "#wc-messages li.wc-from-agent .wc-name").contains(SUPERVISOR_NAME));
            assertFalse(widget.findElement(By.id("wc-messages")).getText().contains(WHISPER), "the whisper never reaches the customer");
            Accessibility.assertNoSeriousViolations(page, "the supervision page spying on a chat");

            // SUP-13: the info window.
            click(page, act("page-0", "info"));
            within(page, 10).until(d -> d.findElement(By.cssSelector("dialog.sup-dialog .sup-info")).isDisplayed());
            String info = page.findElement(By.cssSelector("dialog.sup-dialog")).getText();
            assertTrue(info.contains("page-0") && info.contains("Page acts"), "login, group and campaign: " + info);
            Accessibility.assertNoSeriousViolations(page, "the agent's info window");
            click(page, By.cssSelector("dialog.sup-dialog .sup-dialog-actions button:last-child"));

            try (Browser second = WorkspaceScenarios.workspace(base, "page-1", SupervisionBrowserIT.ACTS_PASSWORD)) {
                WebDriver other = second.driver();
                // SUP-14: the supervisor chooses the break; the workspace shows it and who paused it.
                click(page, act("page-0", "pause"));
                within(page, 10).until(d -> texts(d, "dialog.sup-dialog .sup-choice")
                        .contains(SupervisionBrowserIT.BREAK));
                click(page, By.cssSelector("dialog.sup-dialog button[data-act='pause-confirm']"));
                within(ws, 10).until(d -> d.findElement(By.id("ws-paused-by")).isDisplayed());
                assertTrue(ws.findElement(By.id("ws-paused-by")).getText().contains(SUPERVISOR_NAME));
                assertEquals("ON_BREAK", ws.findElement(By.id("workspace")).getAttribute("data-agent-state"));
                try (Browser next = WorkspaceScenarios.customer(base, "Rita", SupervisionBrowserIT.ACTS)) {
                    within(other, 20).until(d -> texts(d, "#ws-inbox li.ws-chat .ws-customer-name").contains("Rita"));
                    assertFalse(texts(ws, "#ws-inbox li.ws-chat .ws-customer-name").contains("Rita"), "nothing new to a paused agent");
                }

                // SUP-15: after the confirmation the workspace lands on the login page; its chat goes to the other agent.
                click(page, act("page-0", "logout"));
                click(page, By.cssSelector("dialog.sup-dialog button[data-act='logout-confirm']"));
                within(ws, 20).until(d -> !d.findElements(By.id("login:username")).isEmpty());
                within(other, 20).until(d -> texts(d, "#ws-inbox li.ws-chat .ws-customer-name").contains("Quentin"));
                within(page, 10).until(d -> texts(d, "#sup-side .sup-spy-tab").contains("Quentin (back in the queue)"));
                assertTrue(page.findElement(By.cssSelector("#sup-side .sup-spy-box")).getAttribute("hidden") != null,
                        "the spy no longer writes in a chat its agent lost");
            }
        }
    }
}
