package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.it.Browser;

/**
 * The browser side of {@link SupervisorActsIT}: what an agent's workspace (in Spanish) and a customer's widget show of
 * a supervisor's acts. The browsers stay open from one step to the next while the server side acts.
 */
final class SupervisorActsScenarios {

    private static Browser workspace;
    private static Browser widget;

    private SupervisorActsScenarios() {
    }

    private static FluentWait<WebDriver> waiting(WebDriver driver) {
        return Browser.within(driver, 20).ignoring(StaleElementReferenceException.class);
    }

    private static List<String> texts(WebDriver driver, String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getText()).toList();
    }

    /**
     * The agent opens the chat in which the supervisor whispered and barged in before it took it: the whisper is marked
     * as the supervisor's and the agent's alone, the barge-in message names the supervisor.
     */
    static void theWorkspaceShowsTheWhisperAndTheBargeIn(URL base, String login, String password, long interaction,
                                                         String whisper, String bargeIn, String supervisor) {
        workspace = Browser.open(base, "es").signIn(login, password);
        workspace.go("agent/index.xhtml");
        WebDriver ws = workspace.driver();
        waiting(ws).until(d -> "connected".equals(d.findElement(By.id("ws-connection")).getAttribute("data-state")));
        waiting(ws).until(d -> {
            d.findElement(By.cssSelector("#ws-inbox li.ws-chat[data-interaction='" + interaction + "'] .ws-open")).click();
            return true;
        });
        waiting(ws).until(d -> texts(d, "#ws-messages li.ws-whisper .ws-text").contains(whisper));
        assertEquals(List.of("Supervisor " + supervisor), texts(ws, "#ws-messages li.ws-whisper .ws-name"));
        assertEquals(List.of("Solo tú ves esto"), texts(ws, "#ws-messages li.ws-whisper .ws-whisper-mark"));
        waiting(ws).until(d -> texts(d, "#ws-messages li.ws-from-supervisor:not(.ws-whisper) .ws-text").contains(bargeIn));
        assertEquals(List.of("Supervisor " + supervisor),
                texts(ws, "#ws-messages li.ws-from-supervisor:not(.ws-whisper) .ws-name"), "the barge-in, named");
        assertTrue(texts(ws, "#ws-messages li.ws-from-system .ws-text").contains(supervisor + " (supervisor) se ha unido al chat"));
    }

    /** A new customer starts a chat in the widget (in Spanish); the only agent signed in takes it. */
    static void aCustomerStartsAChatInTheWidget(URL base, long campaign, String name) {
        widget = Browser.open(base, "es");
        widget.go("widget/chat?campaign=" + campaign + "&name=" + name + "&email=" + name.toLowerCase() + "%40example.com");
        widget.find(By.id("wc-start")).click();
        waiting(workspace.driver()).until(d -> texts(d, "#ws-inbox li.ws-chat .ws-customer-name").contains(name));
    }

    /** The customer reads the supervisor's message with its name, like an agent's; the workspace shows who paused it. */
    static void theWidgetNamesTheSupervisorAndTheWorkspaceSaysWhoPausedTheAgent(String text, String supervisor) {
        WebDriver customer = widget.driver();
        waiting(customer).until(d -> texts(d, "#wc-messages li.wc-from-agent .wc-text").contains(text));
        assertTrue(texts(customer, "#wc-messages li.wc-from-agent .wc-name").contains(supervisor),
                "the supervisor's name beside its message");
        WebDriver ws = workspace.driver();
        waiting(ws).until(d -> d.findElement(By.id("ws-paused-by")).isDisplayed());
        assertEquals("Pausado por " + supervisor, ws.findElement(By.id("ws-paused-by")).getText());
        assertEquals("ON_BREAK", ws.findElement(By.id("workspace")).getAttribute("data-agent-state"));
    }

    /** SUP-15: the workspace lands on the login page. */
    static void theWorkspaceLandsOnTheLoginPage() {
        waiting(workspace.driver()).until(d -> !d.findElements(By.id("login:username")).isEmpty());
    }

    static void close() {
        for (Browser browser : new Browser[] {workspace, widget}) {
            if (browser != null) {
                browser.close();
            }
        }
        workspace = null;
        widget = null;
    }
}
