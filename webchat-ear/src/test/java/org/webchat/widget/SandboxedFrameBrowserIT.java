package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
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
        assertEquals("refused:domain-not-allowed", SandboxedFrame.answer(base, CAMPAIGN, STRANGER_PORT));
    }
}
