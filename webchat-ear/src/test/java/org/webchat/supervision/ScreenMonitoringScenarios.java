package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webchat.agent.WorkspaceScenarios;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;

/**
 * SUP-12 in real browsers (Chromium picks a fake screen without asking, with --use-fake-ui-for-media-stream): the
 * agent allowed shares its screen once from the workspace's banner; the supervisor's Monitor screen receives it live
 * (its peer connection connected, video bytes growing) while the agent reads who watches; closing the dialog stops
 * it. An agent without the setting shows no banner and the supervisor no button for it.
 */
class ScreenMonitoringScenarios {

    private final URL base;

    ScreenMonitoringScenarios(URL base) {
        this.base = base;
    }

    private static By screenButton(String login) {
        return By.cssSelector("#sup-agents-body tr[data-login='" + login + "'] button[data-act='screen']");
    }

    /** Inbound RTP video bytes of the page's screen watch so far (0 without one). */
    static long videoBytes(WebDriver page) {
        Object bytes = ((JavascriptExecutor) page).executeAsyncScript(String.join("\n",
                "const done = arguments[arguments.length - 1];",
                "const w = window.webchatScreen;",
                "if (!w || !w.pc) { done(0); return; }",
                "w.pc.getStats().then((stats) => { let n = 0;",
                "  stats.forEach((s) => { if (s.type === 'inbound-rtp' && s.kind === 'video') { n += s.bytesReceived || 0; } });",
                "  done(n); });"));
        return ((Number) bytes).longValue();
    }

    void theSupervisorWatchesTheScreenOfTheAgentWhoSharedIt() throws Exception {
        try (Browser supervisor = Browser.open(base, "en");
             Browser allowed = WorkspaceScenarios.workspace(base, "shown-0", SupervisionBrowserIT.SCREEN_PASSWORD);
             Browser notAllowed = WorkspaceScenarios.workspace(base, "shown-1", SupervisionBrowserIT.SCREEN_PASSWORD)) {
            WebDriver page = supervisor.driver();
            page.manage().window().setSize(new Dimension(1366, 768));
            supervisor.signIn(SupervisionBrowserIT.SCREEN_SUPERVISOR, SupervisionBrowserIT.SCREEN_PASSWORD)
                    .go("supervisor/index.xhtml");
            WebDriver ws = allowed.driver();
            Browser.within(ws, 10).until(d -> d.findElement(By.id("ws-screen")).isDisplayed());
            assertFalse(notAllowed.driver().findElement(By.id("ws-screen")).isDisplayed(),
                    "an agent without screen monitoring is never offered to share");

            ws.findElement(By.id("ws-screen-share")).click();
            Browser.within(ws, 10).until(d -> d.findElement(By.id("ws-screen-text")).getText()
                    .contains("shared for supervision"));

            Browser.within(page, 20).until(d -> d.findElement(screenButton("shown-0")).isDisplayed());
            assertFalse(page.findElement(screenButton("shown-1")).isDisplayed(), "no Monitor screen without the setting");
            page.findElement(screenButton("shown-0")).click();
            Browser.within(page, 20).until(d -> "connected".equals(((JavascriptExecutor) d).executeScript(
                    "return window.webchatScreen && window.webchatScreen.pc.connectionState;")));
            long first = videoBytes(page);
            Browser.within(page, 10).until(d -> videoBytes(d) > first && videoBytes(d) > 0);
            Browser.within(ws, 10).until(d -> d.findElement(By.id("ws-screen")).getAttribute("class")
                    .contains("ws-screen-watched"));
            String sign = ws.findElement(By.id("ws-screen-text")).getText();
            assertTrue(sign.contains("being watched") && sign.contains("Supervisor shown-sup"), sign);
            Accessibility.assertNoSeriousViolations(page, "the supervisor watching a screen");
            Accessibility.assertNoSeriousViolations(ws, "the workspace while its screen is watched");

            page.findElement(By.cssSelector("dialog.sup-dialog .sup-dialog-actions button:last-child")).click();
            Browser.within(ws, 10).until(d -> !d.findElement(By.id("ws-screen")).getAttribute("class")
                    .contains("ws-screen-watched"));
            assertTrue(ws.findElement(By.id("ws-screen-text")).getText().contains("nobody watches"),
                    "still shared, no longer watched");
        }
    }
}
