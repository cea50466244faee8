package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.it.Browser;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;

/**
 * Issue 14 in the widget (WID-07, AV-01..03, ADV-12), the agent played over its socket: the call buttons only with an
 * agent attending and ADV-12 on; a refused permission that rings nobody; a video call that rings the agent and that the customer cancels; one the agent
 * answers, whose offer the widget makes, and whose peer connection, never answered, the widget finds failed, ends
 * and tells why; an audio call from the agent, declined; an audio call the agent hangs up. A socket cannot do
 * WebRTC: media flowing between two browsers is the workspace's browser test.
 */
final class WidgetCallScenarios {

    private final URL base;

    WidgetCallScenarios(URL base) {
        this.base = base;
    }

    private static FluentWait<WebDriver> waiting(WebDriver driver) {
        return Browser.within(driver, 20).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the page showed: " + ((JavascriptExecutor) driver).executeScript(
                        "return document.body.innerText.slice(0, 2000)"));
    }

    private static boolean shows(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private static Predicate<JsonObject> callState(String state) {
        return f -> "call-state".equals(f.getString("type", "")) && state.equals(f.getString("state", ""));
    }

    private static long callOf(JsonObject frame) {
        return frame.getJsonNumber("call").longValue();
    }

    /** The chat the agent attends once its socket is there: in its hello, or assigned just after. */
    private static JsonObject attended(SocketClient agent) throws InterruptedException {
        JsonArray chats = agent.await("hello").getJsonArray("chats");
        return chats.isEmpty() ? agent.await("assigned") : chats.getJsonObject(0);
    }

    private static void startChat(Browser browser, long campaign, String name) {
        browser.go("widget/chat?campaign=" + campaign + "&name=" + name + "&email=" + name.toLowerCase() + "%40example.com");
        browser.find(By.id("wc-start")).click();
    }

    void aCustomerCallsOnlyWithAnAgentAttendingAndTheCallRingsIsCancelledAnsweredAndDeclined() throws Exception {
        try (Browser browser = Browser.open(base, "en")) {
            WebDriver driver = browser.driver();
            startChat(browser, WidgetBrowserIT.CALLS, "Cleo");
            waiting(driver).until(d -> d.findElement(By.id("wc-status")).getText()
                    .matches("Waiting for an agent…|You are number \\d+ in the queue"));
            assertFalse(shows(driver, "wc-call-audio") || shows(driver, "wc-call-video"), "AV-01: no call before an agent attends");

            try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "wcall-0", "wcall-pw"))) {
                JsonObject chat = attended(agent);
                long interaction = chat.getJsonNumber("interaction").longValue();
                assertTrue(chat.getBoolean("calls"), "ADV-12 on: the agent's chat says calls are allowed");
                waiting(driver).until(d -> shows(d, "wc-call-video") && shows(d, "wc-call-audio"));
                assertEquals("Video call", driver.findElement(By.id("wc-call-video")).getAttribute("aria-label"));
                assertEquals("Audio call", driver.findElement(By.id("wc-call-audio")).getAttribute("aria-label"));

                // A refused permission (as the browser's prompt answers it) is told and rings nobody.
                JavascriptExecutor js = (JavascriptExecutor) driver;
                js.executeScript("const d = navigator.mediaDevices; d.realGetUserMedia = d.getUserMedia;"
                        + " d.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
                driver.findElement(By.id("wc-call-video")).click();
                waiting(driver).until(d -> d.findElement(By.id("wc-notice")).getText().startsWith(
                        "To call, allow this page to use your microphone"));
                assertFalse(shows(driver, "wc-call"));
                waiting(driver).until(d -> shows(d, "wc-call-video"));
                js.executeScript("const d = navigator.mediaDevices; d.getUserMedia = d.realGetUserMedia;");

                // A video call rings the agent; the customer hangs up before an answer: CANCELLED.
                driver.findElement(By.id("wc-call-video")).click();
                JsonObject ringing = agent.await(f -> "call-state".equals(f.getString("type", "")), "the customer's call ringing");
                assertEquals("RINGING", ringing.getString("state"), "the refused permission rang nobody before");
                assertEquals("video", ringing.getString("kind"));
                assertEquals("customer", ringing.getString("from"));
                assertEquals(interaction, ringing.getJsonNumber("interaction").longValue());
                assertEquals("Calling…", browser.text(By.id("wc-call-status")), "WID-07: the ringing view");
                assertFalse(shows(driver, "wc-call-video"), "no second call while one rings");
                browser.find(By.id("wc-call-hangup")).click();
                JsonObject cancelled = agent.await(callState("ENDED"), "the cancelled call");
                assertEquals(callOf(ringing), callOf(cancelled));
                assertEquals("CANCELLED", cancelled.getString("endReason"));
                waiting(driver).until(d -> !shows(d, "wc-call") && shows(d, "wc-call-video"));
                waiting(driver).until(d -> d.findElement(By.id("wc-messages")).getText().contains("Video call cancelled"));

                // The agent answers the next one: the widget, the caller, makes the offer (calls.md).
                driver.findElement(By.id("wc-call-video")).click();
                long call = callOf(agent.await(callState("RINGING"), "the second call ringing"));
                agent.send("{\"type\":\"call-answer\",\"call\":" + call + "}");
                JsonObject active = agent.await(callState("ACTIVE"), "the call answered");
                assertTrue(active.getBoolean("here") && active.containsKey("ice"), "the agent's socket is its endpoint");
                JsonObject offer = agent.await(f -> "call-signal".equals(f.getString("type", "")) && f.containsKey("description"),
                        "the customer's offer");
                assertEquals(call, callOf(offer));
                assertEquals("offer", offer.getJsonObject("description").getString("type"));
                assertTrue(offer.getJsonObject("description").getString("sdp").contains("m=video"), "a video call offers video");
                waiting(driver).until(d -> shows(d, "wc-call-hangup") && shows(d, "wc-call-mute") && shows(d, "wc-call-camera"));
                assertTrue(shows(driver, "wc-call-remote") && shows(driver, "wc-call-local"), "AV-03: the video panel");
                assertEquals(Boolean.TRUE, js.executeScript(
                        "return !!(window.webchatCall && window.webchatCall.pc instanceof RTCPeerConnection)"));
                browser.find(By.id("wc-call-mute")).click();
                assertEquals("true", driver.findElement(By.id("wc-call-mute")).getAttribute("aria-pressed"));
                // No answer to the offer comes (the socket cannot make one): within 15 s the widget gives up, says why
                // and hangs up as failed.
                waiting(driver).until(d -> d.findElement(By.id("wc-notice")).getText()
                        .equals("The connection could not be established; a TURN server may be needed."));
                JsonObject failed = agent.await(callState("ENDED"), "the failed call");
                assertEquals("FAILED", failed.getString("endReason"));
                assertEquals("customer", failed.getString("endedBy"));
                assertFalse(shows(driver, "wc-call"));
                assertEquals(Boolean.TRUE, js.executeScript("return window.webchatCall === undefined"));

                // AV-02: the agent calls; the customer sees Accept and Decline, and declines.
                agent.send("{\"type\":\"call-start\",\"interaction\":" + interaction + ",\"kind\":\"audio\"}");
                long incoming = callOf(agent.await(callState("RINGING"), "the agent's call ringing"));
                assertEquals("Agent wcall 0 is calling you (audio call)", browser.text(By.id("wc-call-status")));
                assertTrue(shows(driver, "wc-call-accept") && !shows(driver, "wc-call-hangup"));
                browser.find(By.id("wc-call-decline")).click();
                JsonObject declined = agent.await(callState("ENDED"), "the declined call");
                assertEquals(incoming, callOf(declined));
                assertEquals("DECLINED", declined.getString("endReason"));
                assertEquals("customer", declined.getString("endedBy"));
                waiting(driver).until(d -> !shows(d, "wc-call") && shows(d, "wc-call-audio"));

                // An audio call needs no camera and shows no video; the agent hangs up.
                driver.findElement(By.id("wc-call-audio")).click();
                long audio = callOf(agent.await(callState("RINGING"), "the audio call ringing"));
                agent.send("{\"type\":\"call-answer\",\"call\":" + audio + "}");
                String sdp = agent.await(f -> "call-signal".equals(f.getString("type", "")) && f.containsKey("description"),
                        "the audio call's offer").getJsonObject("description").getString("sdp");
                assertTrue(sdp.contains("m=audio") && !sdp.contains("m=video"), "an audio call offers audio only");
                waiting(driver).until(d -> shows(d, "wc-call-mute"));
                assertFalse(shows(driver, "wc-call-remote") || shows(driver, "wc-call-camera"), "no video, no camera");
                agent.send("{\"type\":\"call-hangup\",\"call\":" + audio + "}");
                assertEquals("HUNG_UP", agent.await(callState("ENDED"), "the audio call's end").getString("endReason"));
                waiting(driver).until(d -> "The agent hung up.".equals(d.findElement(By.id("wc-notice")).getText()));
                assertFalse(shows(driver, "wc-call"));

                agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
                waiting(driver).until(d -> !shows(d, "wc-call-audio") && !shows(d, "wc-call-video"));
            }
        }
    }

    void aCampaignWithoutCallsShowsNoCallButtons() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "wnocall-0", "wcall-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            startChat(browser, WidgetBrowserIT.NO_CALLS, "Dora");
            JsonObject assigned = agent.await("assigned");
            assertFalse(assigned.getBoolean("calls"), "ADV-12 off");
            WebDriver driver = browser.driver();
            waiting(driver).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent wnocall 0"));
            assertFalse(shows(driver, "wc-call-audio") || shows(driver, "wc-call-video"), "ADV-12 off: no call buttons");
            agent.send("{\"type\":\"end\",\"interaction\":" + assigned.getJsonNumber("interaction").longValue() + "}");
        }
    }
}
