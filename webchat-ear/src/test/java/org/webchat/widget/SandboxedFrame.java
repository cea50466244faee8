package org.webchat.widget;

import java.net.URL;
import org.openqa.selenium.By;
import org.webchat.it.Browser;
import org.webchat.it.HostPages;

/**
 * The browser side of {@link SandboxedFrameBrowserIT}, apart so that the test class deployed in the server names no
 * Selenium type: a page of a site that is not allowed holds a sandboxed iframe that opens the chat socket itself,
 * claiming to be the product's own page, and writes what the socket answered.
 */
final class SandboxedFrame {

    private SandboxedFrame() {
    }

    /** What the socket answered the frame: {@code type:reason}. */
    static String answer(URL base, long campaign, int port) throws Exception {
        String server = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String script = "const s = new WebSocket('" + server.replaceFirst("^http", "ws") + "/ws/chat');"
                + "s.onopen = () => s.send(JSON.stringify({type: 'hello', v: 1, campaign: " + campaign
                + ", name: 'Eve', host: '" + server + "'}));"
                + "s.onmessage = e => { const f = JSON.parse(e.data);"
                + " document.body.textContent = f.type + ':' + (f.reason || f.state || ''); };";
        String frame = "<iframe id=\"sandboxed\" sandbox=\"allow-scripts\" srcdoc=\"&lt;body&gt;waiting&lt;/body&gt;"
                + "&lt;script&gt;" + script.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "&lt;/script&gt;\"></iframe>";
        try (HostPages stranger = HostPages.serve("127.0.0.3", port, frame);
             Browser browser = Browser.open(base, "en")) {
            browser.driver().get(stranger.origin() + "/");
            browser.driver().switchTo().frame("sandboxed");
            return Browser.within(browser.driver(), 15).until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains(":") ? text : null;
            });
        }
    }
}
