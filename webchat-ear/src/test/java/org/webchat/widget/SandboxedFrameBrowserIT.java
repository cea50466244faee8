package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webchat.it.Browser;
import org.webchat.it.Deployments;
import org.webchat.it.HostPages;
import org.webchat.it.TestCampaigns;

/**
 * Issue 11, point 4 (ADV-15) in Chromium: a page of a site that is not allowed puts a sandboxed iframe
 * ({@code sandbox="allow-scripts"}, so its requests say {@code Origin: null}) that opens the chat socket and claims to
 * be the product's own page. It gets no chat.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxedFrameBrowserIT {

    private static final long CAMPAIGN = 201_105;
    private static final int STRANGER_PORT = 18_667 + Integer.getInteger("it.port.offset", 100);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SandboxedFrameBrowserIT.class, TestCampaigns.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignAllowedOnlyOnTheShopsSite() throws Exception {
        tx.begin();
        TestCampaigns.create(em, CAMPAIGN, "Sandboxed", true).addAllowedDomain("https://shop.example.com");
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void aSandboxedFrameOnAForeignSiteGetsNoChat() throws Exception {
        String server = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        // The frame's script says what the socket answered in its own page, for the test to read.
        String script = "const s = new WebSocket('" + server.replaceFirst("^http", "ws") + "/ws/chat');"
                + "s.onopen = () => s.send(JSON.stringify({type: 'hello', v: 1, campaign: " + CAMPAIGN
                + ", name: 'Eve', host: '" + server + "'}));"
                + "s.onmessage = e => { const f = JSON.parse(e.data);"
                + " document.body.textContent = f.type + ':' + (f.reason || f.state || ''); };";
        String frame = "<iframe id=\"sandboxed\" sandbox=\"allow-scripts\" srcdoc=\"&lt;body&gt;waiting&lt;/body&gt;"
                + "&lt;script&gt;" + script.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "&lt;/script&gt;\"></iframe>";
        try (HostPages stranger = HostPages.serve("127.0.0.3", STRANGER_PORT, frame);
             Browser browser = Browser.open(base, "en")) {
            browser.driver().get(stranger.origin() + "/");
            browser.driver().switchTo().frame("sandboxed");
            String answer = new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains(":") ? text : null;
            });
            assertEquals("refused:domain-not-allowed", answer);
        }
    }
}
