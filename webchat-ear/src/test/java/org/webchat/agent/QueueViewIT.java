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
import org.webchat.campaign.Strategy;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 11, point 18, through the agent socket: agents see the queues of their campaigns live, and where the strategy
 * lets them choose (ringall, STR-04) they pick a waiting customer out of order, under the same lock as a dispatch:
 * of two agents picking one customer, one gets it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueViewIT {

    private static final long RING = 201_103;
    private static final long ORDERED = 201_104;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aRingallCampaignAndAnOrderedOne() throws Exception {
        tx.begin();
        Campaign ring = TestCampaigns.create(em, RING, "Queue ring", true);
        ring.setStrategy(Strategy.RINGALL);
        ring.setOfferTimeoutSeconds(120);
        TestCampaigns.addAgents(em, ring, "pick", 2, "pick-pw");
        Campaign ordered = TestCampaigns.create(em, ORDERED, "Queue ordered", false); // closed: its customers are refused
        ordered.setStrategy(Strategy.NOCALL);
        ordered.addMember(em.createQuery("select u from User u where u.login = 'pick-0'", User.class).getSingleResult(), 0);
        tx.commit();
    }

    private static Predicate<JsonObject> queueOf(long campaign, int total) {
        return f -> "campaign-queue".equals(f.getString("type", "")) && f.getJsonNumber("campaign").longValue() == campaign
                && f.getInt("total") == total;
    }

    private static String hello(String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + RING + ",\"name\":\"" + name + "\"}";
    }

    @Test
    @Order(2)
    @RunAsClient
    void agentsSeeTheQueueLiveAndPickACustomerOutOfOrder() throws Exception {
        try (SocketClient pick0 = SocketClient.agent(base, ConsoleSession.signIn(base, "pick-0", "pick-pw"));
             SocketClient pick1 = SocketClient.agent(base, ConsoleSession.signIn(base, "pick-1", "pick-pw"));
             SocketClient first = SocketClient.customer(base);
             SocketClient second = SocketClient.customer(base)) {
            pick0.await("hello");
            JsonObject queues = pick0.await("queues");
            assertEquals(2, queues.getJsonArray("campaigns").size(), "both of the agent's campaigns");
            JsonObject ring = queues.getJsonArray("campaigns").stream().map(JsonObject.class::cast)
                    .filter(c -> c.getJsonNumber("campaign").longValue() == RING).findFirst().orElseThrow();
            assertTrue(ring.getBoolean("pickable"), "ringall lets agents choose");
            assertFalse(queues.getJsonArray("campaigns").stream().map(JsonObject.class::cast)
                    .filter(c -> c.getJsonNumber("campaign").longValue() == ORDERED).findFirst().orElseThrow()
                    .getBoolean("pickable"), "nocall hands the queue out in order");
            pick1.await("hello");
            assertEquals(0, pick1.await("queues").getJsonArray("campaigns").getJsonObject(0).getInt("total"), "nobody waits yet");

            first.send(hello("Ana"));
            long ana = first.await("welcome").getJsonNumber("interaction").longValue();
            second.send(hello("Bea"));
            long bea = second.await("welcome").getJsonNumber("interaction").longValue();
            JsonObject moved = pick0.await(queueOf(RING, 2), "the queue with both customers");
            assertEquals("Ana", moved.getJsonArray("waiting").getJsonObject(0).getString("customer"));
            assertEquals(bea, moved.getJsonArray("waiting").getJsonObject(1).getJsonNumber("interaction").longValue());

            // Both pick Bea at once: exactly one gets her, the other hears she is gone.
            pick0.send("{\"type\":\"pick\",\"interaction\":" + bea + "}");
            pick1.send("{\"type\":\"pick\",\"interaction\":" + bea + "}");
            Predicate<JsonObject> beaAssigned = f -> "assigned".equals(f.getString("type", ""))
                    && f.getJsonNumber("interaction").longValue() == bea;
            Predicate<JsonObject> beaGone = f -> "error".equals(f.getString("type", "")) && "offer-gone".equals(f.getString("code", ""))
                    && f.getJsonNumber("interaction").longValue() == bea;
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (pick0.pending(beaAssigned).isEmpty() && pick1.pending(beaAssigned).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            boolean zeroWon = !pick0.pending(beaAssigned).isEmpty();
            SocketClient winner = zeroWon ? pick0 : pick1;
            SocketClient loser = zeroWon ? pick1 : pick0;
            assertEquals("Bea", winner.await(beaAssigned, "the picked customer").getString("customer"));
            loser.await(beaGone, "the second pick finding her taken");
            assertTrue(loser.pending(beaAssigned).isEmpty(), "never both");
            loser.send("{\"type\":\"queues\"}");
            JsonObject after = loser.await("queues").getJsonArray("campaigns").stream().map(JsonObject.class::cast)
                    .filter(c -> c.getJsonNumber("campaign").longValue() == RING).findFirst().orElseThrow();
            assertEquals(1, after.getInt("total"), "the picked customer left the queue");
            assertEquals(ana, after.getJsonArray("waiting").getJsonObject(0).getJsonNumber("interaction").longValue());
        }
    }
}
