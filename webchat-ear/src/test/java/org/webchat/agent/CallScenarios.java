package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webchat.agent.WorkspaceScenarios.click;
import static org.webchat.agent.WorkspaceScenarios.texts;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;

/**
 * The browser side of {@link CallBrowserIT}: the agent in the workspace (its alerts counted, see
 * {@link WorkspaceScenarios}) and a customer in the widget, both on Chromium's fake microphone and camera.
 */
final class CallScenarios {

    private static final String FAILED = "The connection could not be established; a TURN server may be needed.";

    /** The inbound RTP bytes of this page's call, [audio, video], or null without a call. */
    private static final String INBOUND = String.join("\n",
            "const done = arguments[arguments.length - 1];",
            "const call = window.webchatCall;",
            "if (!call) { done(null); return; }",
            "call.pc.getStats().then((report) => {",
            "  let audio = 0, video = 0;",
            "  report.forEach((s) => {",
            "    if (s.type === 'inbound-rtp' && s.kind === 'audio') audio += s.bytesReceived || 0;",
            "    if (s.type === 'inbound-rtp' && s.kind === 'video') video += s.bytesReceived || 0;",
            "  });",
            "  done([audio, video]);",
            "}, () => done(null));");

    /** Marks when the agent clicks Accept, in the page's own clock. */
    private static final String MARK_ACCEPT = "document.addEventListener('click', (e) => {"
            + " if (e.target.closest && e.target.closest('#ws-ring-accept')) window.acceptAt = performance.now(); }, true);";

    /** Milliseconds from the Accept click to the agent's peer connection connected (-1: not within 30 s). */
    private static final String ACCEPT_TO_CONNECTED = String.join("\n",
            "const done = arguments[arguments.length - 1];",
            "const until = Date.now() + 30000;",
            "(function check() {",
            "  const call = window.webchatCall;",
            "  if (call && call.pc.connectionState === 'connected' && window.acceptAt != null) {",
            "    done(performance.now() - window.acceptAt);",
            "  } else if (Date.now() > until) {",
            "    done(-1);",
            "  } else {",
            "    setTimeout(check, 5);",
            "  }",
            "})();");

    private final URL base;
    private final List<Double> acceptToConnected = new ArrayList<>();

    CallScenarios(URL base) {
        this.base = base;
    }

    private static FluentWait<WebDriver> waiting(WebDriver driver, int seconds) {
        return Browser.within(driver, seconds).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the page showed: " + ((JavascriptExecutor) driver).executeScript(
                        "return document.body.innerText.slice(0, 1500)"));
    }

    private static FluentWait<WebDriver> waiting(WebDriver driver) {
        return waiting(driver, 20);
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static boolean shows(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private static String text(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static String connection(WebDriver driver) {
        return String.valueOf(js(driver, "return window.webchatCall ? window.webchatCall.pc.connectionState : 'none'"));
    }

    private static boolean noCall(WebDriver driver) {
        return Boolean.TRUE.equals(js(driver, "return window.webchatCall === undefined"));
    }

    private static long[] inbound(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> bytes = (List<Number>) ((JavascriptExecutor) driver).executeAsyncScript(INBOUND);
        assertTrue(bytes != null, "a call is up in the page");
        return new long[] {bytes.get(0).longValue(), bytes.get(1).longValue()};
    }

    /** AV-03: the inbound RTP bytes grow, for audio and (a video call) for video. */
    private static void mediaArrives(WebDriver driver, boolean video, String side) {
        long[] before = inbound(driver);
        waiting(driver).withMessage(side + ": inbound bytes did not grow from " + before[0] + "/" + before[1])
                .until(d -> {
                    long[] now = inbound(d);
                    return now[0] > before[0] + 1000 && (!video || now[1] > before[1] + 10_000);
                });
    }

    private static String agentState(WebDriver ws) {
        return String.valueOf(ws.findElement(By.id("workspace")).getAttribute("data-agent-state"));
    }

    private static Browser agent(URL base) throws Exception {
        Browser agent = WorkspaceScenarios.workspaceListeningForAlerts(base, CallBrowserIT.AGENT, CallBrowserIT.PASSWORD);
        agent.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(40));
        js(agent.driver(), MARK_ACCEPT);
        return agent;
    }

    private static Browser customer(URL base, String name) {
        Browser customer = WorkspaceScenarios.customer(base, name, CallBrowserIT.CALLS);
        customer.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(40));
        return customer;
    }

    /** The customer's chat reaches the agent and is on screen, with its call buttons (ADV-12). */
    private static void attended(Browser agent, Browser customer, String name) {
        waiting(agent.driver()).until(d -> name.equals(d.findElement(By.id("ws-customer")).getText()));
        waiting(agent.driver()).until(d -> shows(d, "ws-call-video") && shows(d, "ws-call-audio"));
        waiting(customer.driver()).until(d -> shows(d, "wc-call-video") && shows(d, "wc-call-audio"));
    }

    /** AV-02: the customer calls; the agent sees the ring (with its sound) and accepts. */
    private double customerCallsAgentAccepts(Browser agent, Browser customer, String kind, String name) {
        WebDriver ws = agent.driver();
        WebDriver widget = customer.driver();
        long tones = ((Number) js(ws, "return window.webchatAlerts.tones;")).longValue();
        click(widget, By.id("wc-call-" + kind));
        waiting(ws).until(d -> shows(d, "ws-ring"));
        assertEquals(name + " is calling you: " + (kind.equals("video") ? "video call" : "audio call"),
                text(ws, "ws-ring-text"));
        waiting(ws).until(d -> ((Number) js(d, "return window.webchatAlerts.tones;")).longValue() > tones);
        js(ws, "window.acceptAt = null;");
        click(ws, By.id("ws-ring-accept"));
        Number ms = (Number) ((JavascriptExecutor) ws).executeAsyncScript(ACCEPT_TO_CONNECTED);
        assertTrue(ms.doubleValue() >= 0, "the agent's peer connection connected; it is " + connection(ws));
        waiting(widget).until(d -> "connected".equals(connection(d)));
        assertFalse(shows(ws, "ws-ring"), "the ring stopped");
        acceptToConnected.add(ms.doubleValue());
        return ms.doubleValue();
    }

    private static void agentHangsUp(WebDriver ws, WebDriver widget) {
        click(ws, By.id("ws-call-hangup"));
        endedBothSides(ws, widget, "The call has ended.");
    }

    private static void customerHangsUp(WebDriver ws, WebDriver widget) {
        click(widget, By.id("wc-call-hangup"));
        endedBothSides(ws, widget, "The call has ended.");
    }

    private static void endedBothSides(WebDriver ws, WebDriver widget, String agentReads) {
        waiting(ws).until(d -> "ENDED".equals(d.findElement(By.id("ws-call")).getAttribute("data-state")));
        assertEquals(agentReads, text(ws, "ws-call-status"));
        waiting(ws).until(d -> noCall(d));
        waiting(widget).until(d -> !shows(d, "wc-call") && noCall(d));
    }

    private static void lineInBothTranscripts(WebDriver ws, WebDriver widget, String pattern, int count) {
        waiting(ws).until(d -> texts(d, "#ws-messages li.ws-from-system .ws-text").stream()
                .filter(t -> t.matches(pattern)).count() == count);
        waiting(widget).until(d -> texts(d, "#wc-messages li.wc-from-system .wc-text").stream()
                .filter(t -> t.matches(pattern)).count() == count);
    }

    void callsBetweenTheWidgetAndTheWorkspace() throws Exception {
        try (Browser agent = agent(base); Browser customer = customer(base, "Carla")) {
            WebDriver ws = agent.driver();
            WebDriver widget = customer.driver();
            attended(agent, customer, "Carla");

            // A second window of the same agent: the call rings there too, and once answered here it is elsewhere.
            String here = ws.getWindowHandle();
            ws.switchTo().newWindow(WindowType.TAB);
            agent.go("agent/index.xhtml");
            waiting(ws).until(d -> "connected".equals(d.findElement(By.id("ws-connection")).getAttribute("data-state")));
            click(ws, By.cssSelector("#ws-inbox li.ws-chat:not(.ws-ended) .ws-open"));
            String elsewhere = ws.getWindowHandle();
            ws.switchTo().window(here);

            // AV-02: a video call rings over whatever the agent does; the page is hidden: a notification too.
            js(ws, "window.webchatAlerts.hidden = true;");
            customerCallsAgentAccepts(agent, customer, "video", "Carla");
            js(ws, "window.webchatAlerts.hidden = false;");
            assertTrue(String.valueOf(js(ws, "return window.webchatAlerts.notifications;"))
                    .contains("Incoming video call | Carla"), "a browser notification while the page is hidden");
            // AV-03: media flows both ways, audio and video; the pane shows both pictures and the controls.
            mediaArrives(ws, true, "agent");
            mediaArrives(widget, true, "customer");
            assertTrue(shows(ws, "ws-call-remote") && shows(ws, "ws-call-self"), "the pictures");
            assertTrue(shows(ws, "ws-call-mute") && shows(ws, "ws-call-camera") && shows(ws, "ws-call-hangup"));
            assertEquals("Video call with Carla", text(ws, "ws-call-status"));
            waiting(ws).until(d -> text(d, "ws-call-time").matches("0:0[1-9]|0:[1-5]\\d"));
            Accessibility.assertNoSeriousViolations(ws, "workspace in a video call");
            // AGT-04: the agent is on a call meanwhile.
            waiting(ws).until(d -> "ON_CALL".equals(agentState(d)));
            click(ws, By.id("ws-call-mute"));
            assertEquals("true", ws.findElement(By.id("ws-call-mute")).getAttribute("aria-pressed"));
            click(ws, By.id("ws-call-mute"));
            ws.switchTo().window(elsewhere);
            waiting(ws).until(d -> "This call is in another window.".equals(text(d, "ws-call-status")));
            assertFalse(shows(ws, "ws-call-hangup") || shows(ws, "ws-ring"), "nothing to do with it here");
            assertTrue(noCall(ws), "no peer connection in the other window");
            ws.close();
            ws.switchTo().window(here);
            agentHangsUp(ws, widget);
            waiting(ws).until(d -> !"ON_CALL".equals(agentState(d)));
            lineInBothTranscripts(ws, widget, "Video call · \\d+:\\d\\d", 1);

            // An audio call: no picture, no camera; the customer hangs up.
            customerCallsAgentAccepts(agent, customer, "audio", "Carla");
            mediaArrives(ws, false, "agent (audio)");
            mediaArrives(widget, false, "customer (audio)");
            assertFalse(shows(ws, "ws-call-remote") || shows(ws, "ws-call-camera"), "an audio call shows no video");
            assertEquals("Audio call with Carla", text(ws, "ws-call-status"));
            customerHangsUp(ws, widget);
            lineInBothTranscripts(ws, widget, "Audio call · \\d+:\\d\\d", 1);

            // The agent declines.
            click(widget, By.id("wc-call-audio"));
            waiting(ws).until(d -> shows(d, "ws-ring"));
            Accessibility.assertNoSeriousViolations(ws, "workspace with a call ringing");
            click(ws, By.id("ws-ring-decline"));
            endedBothSides(ws, widget, "The call was declined.");
            Accessibility.assertNoSeriousViolations(ws, "workspace after a call");
            lineInBothTranscripts(ws, widget, "Audio call declined", 1);

            // The agent calls the customer, who accepts.
            click(ws, By.id("ws-call-video"));
            waiting(ws).until(d -> "Calling Carla…".equals(text(d, "ws-call-status")));
            assertTrue(shows(ws, "ws-call-hangup"), "the agent may hang up while it rings");
            waiting(widget).until(d -> shows(d, "wc-call-accept"));
            click(widget, By.id("wc-call-accept"));
            waiting(ws).until(d -> "connected".equals(connection(d)));
            waiting(widget).until(d -> "connected".equals(connection(d)));
            mediaArrives(ws, true, "agent (its own call)");
            mediaArrives(widget, true, "customer (the agent's call)");
            agentHangsUp(ws, widget);
            lineInBothTranscripts(ws, widget, "Video call · \\d+:\\d\\d", 2);

            // More calls for the time from Accept to connected.
            for (int i = 0; i < 3; i++) {
                customerCallsAgentAccepts(agent, customer, "video", "Carla");
                customerHangsUp(ws, widget);
            }
            lineInBothTranscripts(ws, widget, "Video call · \\d+:\\d\\d", 5);
            report();
            endChat(agent);
        }
    }

    void aRingThatLapses() throws Exception {
        try (Browser agent = agent(base); Browser customer = customer(base, "Lena")) {
            WebDriver ws = agent.driver();
            WebDriver widget = customer.driver();
            attended(agent, customer, "Lena");
            click(widget, By.id("wc-call-video"));
            waiting(ws).until(d -> shows(d, "ws-ring"));
            long rang = System.nanoTime();
            waiting(ws, 15).until(d -> !shows(d, "ws-ring"));
            assertTrue(System.nanoTime() - rang > 3_000_000_000L, "it rang its 5 s");
            endedBothSides(ws, widget, "The call was not answered.");
            lineInBothTranscripts(ws, widget, "Missed video call", 1);
            endChat(agent);
        }
    }

    void aTurnServerThatIsNotThere() throws Exception {
        try (Browser agent = agent(base); Browser customer = customer(base, "Tomas")) {
            WebDriver ws = agent.driver();
            WebDriver widget = customer.driver();
            attended(agent, customer, "Tomas");
            click(widget, By.id("wc-call-video"));
            waiting(ws).until(d -> shows(d, "ws-ring"));
            click(ws, By.id("ws-ring-accept"));
            waiting(ws, 45).until(d -> "FAILED".equals(d.findElement(By.id("ws-call")).getAttribute("data-reason")));
            assertEquals(FAILED, text(ws, "ws-call-status"));
            waiting(ws).until(d -> noCall(d));
            waiting(widget).until(d -> FAILED.equals(text(d, "wc-notice")));
            waiting(widget).until(d -> !shows(d, "wc-call") && noCall(d));
            lineInBothTranscripts(ws, widget, "Video call failed: the connection could not be established", 1);
            endChat(agent);
        }
    }

    private static void endChat(Browser agent) {
        WebDriver ws = agent.driver();
        click(ws, By.id("ws-more"));
        click(ws, By.id("ws-end"));
        click(ws, By.id("ws-end-yes"));
        waiting(ws).until(d -> !shows(d, "ws-composer"));
    }

    /** The note: the time from Accept to connected, its median, in the test's output and in target/. */
    private void report() throws Exception {
        List<Double> sorted = acceptToConnected.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        String line = String.format("Accept to connected (ms), %d calls: %s; median %.0f", sorted.size(),
                acceptToConnected.stream().map(ms -> String.format("%.0f", ms)).toList(), median);
        System.out.println(line);
        Files.writeString(Path.of("target", "call-accept-to-connected.txt"), line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND); // one line for each database's run
    }
}
