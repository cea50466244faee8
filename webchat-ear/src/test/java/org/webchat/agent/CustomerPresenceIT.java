package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 11, point 19, through the real sockets: the agent sees whether the customer is still there (gone since when,
 * back again), in the live frames and in the chat list a reloaded workspace receives, and the customer's rating.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerPresenceIT {

    private static final long CAMPAIGN = 201_102;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignThatAsksForARating() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Presence", true);
        campaign.setFeedbackEnabled(true);
        TestCampaigns.addAgents(em, campaign, "presence", 1, "presence-pw");
        tx.commit();
    }

    private static Predicate<JsonObject> frame(String type, long interaction) {
        return f -> type.equals(f.getString("type", "")) && f.containsKey("interaction")
                && f.getJsonNumber("interaction").longValue() == interaction;
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAgentSeesTheCustomerGoAndComeBackAndTheirRating() throws Exception {
        String cookie = ConsoleSession.signIn(base, "presence-0", "presence-pw");
        try (SocketClient agent = SocketClient.agent(base, cookie)) {
            agent.await("hello");
            String token;
            long chat;
            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Marta\"}");
                JsonObject welcome = customer.await("welcome");
                token = welcome.getString("token");
                chat = welcome.getJsonNumber("interaction").longValue();
                JsonObject assigned = agent.await(frame("assigned", chat), "the chat");
                assertFalse(assigned.containsKey("customerGoneSince"), "the customer is there");
            }
            JsonObject gone = agent.await(frame("customer", chat), "the customer leaving");
            assertFalse(gone.getBoolean("connected"));
            assertTrue(gone.getString("since").matches("\\d{4}-.*Z"), gone.toString());

            try (SocketClient reloaded = SocketClient.agent(base, cookie)) {
                JsonObject listed = reloaded.await("hello").getJsonArray("chats").getJsonObject(0);
                assertEquals(gone.getString("since"), listed.getString("customerGoneSince"),
                        "a reloaded workspace knows since when the customer is away");
            }

            try (SocketClient back = SocketClient.customer(base)) {
                back.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"token\":\"" + token + "\"}");
                back.await("welcome");
                assertTrue(agent.await(frame("customer", chat), "the customer coming back").getBoolean("connected"));

                agent.send("{\"type\":\"end\",\"interaction\":" + chat + "}");
                back.await(f -> "state".equals(f.getString("type", "")) && "ENDED".equals(f.getString("state", "")), "the end");
                back.send("{\"type\":\"feedback\",\"rating\":4,\"comment\":\"Quick and kind\"}");
                back.await("rated");
                JsonObject rating = agent.await(frame("customer-rating", chat), "the rating");
                assertEquals(4, rating.getInt("rating"));
                assertEquals("Quick and kind", rating.getString("comment"));
            }
        }
    }
}
