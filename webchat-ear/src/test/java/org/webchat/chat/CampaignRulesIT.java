package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.interaction.ChatMessage;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionState;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;
import org.webchat.supervision.CampaignFigures;
import org.webchat.supervision.ServiceLevel;

/**
 * The campaign's rules on entry and while waiting, through the customer's socket (issue 3): out of hours
 * with the offline message stored (MSG-02, MSG-05, WID-04), a full queue answered Unavailable (ADV-04,
 * MSG-03), Max time abandoning a waiting customer with the Unavailable message (ADV-05), a disabled campaign
 * (ADV-09), and the e-mail a campaign requires (ADV-11). None of these campaigns has members: nobody is assigned.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignRulesIT {

    private static final long CLOSED = 200_001;
    private static final long TINY = 200_002;
    private static final long IMPATIENT = 200_003;
    private static final long DISABLED = 200_004;
    private static final long STRICT = 200_005;
    private static final long BRIEF = 200_006;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @jakarta.inject.Inject
    CampaignFigures figures;

    private Campaign campaign(long id, String name, boolean open) {
        Campaign campaign = TestCampaigns.create(em, id, name, open);
        campaign.setDefaultLanguage(Language.EN);
        campaign.setMessage(MessageKind.OUT_OF_HOURS, Language.EN, name + ": we are closed");
        campaign.setMessage(MessageKind.UNAVAILABLE, Language.EN, name + ": nobody can attend you now");
        campaign.setMessage(MessageKind.WELCOME, Language.EN, name + ": welcome");
        return campaign;
    }

    @Test
    @Order(1)
    void campaignsWithTheirRules() throws Exception {
        tx.begin();
        campaign(CLOSED, "Closed", false).setOfflineMessageEnabled(true);
        campaign(TINY, "Tiny", true).setMaxChats(1);
        campaign(IMPATIENT, "Impatient", true).setMaxTimeSeconds(1);
        campaign(DISABLED, "Disabled", true).setEnabled(false);
        campaign(STRICT, "Strict", true).setEmailRequired(true);
        campaign(BRIEF, "Brief", true).setAutoFinishSeconds(1);
        tx.commit();
    }

    private static String hello(long campaign, String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\",\"language\":\"en\"}";
    }

    @Test
    @Order(2)
    @RunAsClient
    void outOfHoursTheCustomerLeavesAnOfflineMessage() throws Exception {
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(CLOSED, "Olga"));
            JsonObject refused = customer.await("refused");
            assertEquals("out-of-hours", refused.getString("reason"));
            assertEquals("Closed: we are closed", refused.getString("text"));
            assertTrue(refused.getBoolean("offlineMessage"));
            customer.send("{\"type\":\"message\",\"clientId\":\"off-1\",\"text\":\"Please call me back tomorrow\"}");
            assertEquals("OFFLINE", customer.await("welcome").getString("state"));
            assertEquals(1, customer.await("ack").getJsonNumber("seq").longValue());
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void aFullQueueAnswersUnavailable() throws Exception {
        try (SocketClient first = SocketClient.customer(base); SocketClient second = SocketClient.customer(base)) {
            first.send(hello(TINY, "First"));
            assertEquals("QUEUED", first.await("welcome").getString("state"));
            second.send(hello(TINY, "Second"));
            JsonObject refused = second.await("refused");
            assertEquals("queue-full", refused.getString("reason"));
            assertEquals("Tiny: nobody can attend you now", refused.getString("text"));
            first.send("{\"type\":\"end\"}");
            first.await(f -> "ENDED".equals(f.getString("state", null)), "end");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void pastMaxTimeAWaitingCustomerIsAbandonedWithTheUnavailableMessage() throws Exception {
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(IMPATIENT, "Ivo"));
            assertEquals("QUEUED", customer.await("welcome").getString("state"));
            JsonObject unavailable = customer.await(f -> "message".equals(f.getString("type", "")), "the Unavailable message");
            assertEquals("Impatient: nobody can attend you now", unavailable.getString("text"));
            assertEquals("system", unavailable.getString("from"));
            JsonObject ended = customer.await(f -> "ENDED".equals(f.getString("state", null)), "the end");
            assertEquals("ABANDONED", ended.getString("endReason"));
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void aDisabledCampaignAndAMissingRequiredEmailAreRefused() throws Exception {
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(DISABLED, "Dora"));
            assertEquals("campaign-disabled", customer.await("refused").getString("reason"));
            customer.send(hello(STRICT, "Sam"));
            assertEquals("email-required", customer.await("refused").getString("reason"));
            customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + STRICT + ",\"name\":\"Sam\",\"email\":\"sam@example.com\"}");
            assertEquals("QUEUED", customer.await("welcome").getString("state"));
            customer.send("{\"type\":\"end\"}");
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void aChatWhoseCustomerStaysAwayEndsAndTheCustomerMayRateIt() throws Exception {
        String token;
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(BRIEF, "Bruno"));
            JsonObject welcome = customer.await("welcome");
            assertEquals("QUEUED", welcome.getString("state"));
            token = welcome.getString("token");
        }
        Thread.sleep(5000); // Auto finish is 1 s; the engine looks every 3 s
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + BRIEF + ",\"token\":\"" + token + "\"}");
            assertEquals("ENDED", customer.await("welcome").getString("state"), "ADV-07: the chat ended while the customer was away");
            customer.send("{\"type\":\"feedback\",\"rating\":4,\"comment\":\"Quick\"}");
            assertEquals(4, customer.await("rated").getInt("rating"));
            customer.send("{\"type\":\"feedback\",\"rating\":1}");
            assertEquals("no-feedback", customer.await("error").getString("code"), "one rating per chat");
        }
    }

    @Test
    @Order(7)
    void whatTheCustomersLeftIsStored() {
        Interaction offline = single(CLOSED);
        assertEquals(InteractionState.OFFLINE, offline.getState());
        assertTrue(offline.isOffline());
        assertEquals("Olga", offline.getCustomer().getName());
        List<ChatMessage> messages = em.createQuery("select m from ChatMessage m where m.interaction.id = :id", ChatMessage.class)
                .setParameter("id", offline.getId()).getResultList();
        assertEquals("Please call me back tomorrow", messages.get(0).getText().orElseThrow());

        List<Interaction> tiny = all(TINY);
        assertTrue(tiny.stream().anyMatch(i -> i.getEndReason().orElse(null) == EndReason.UNAVAILABLE
                && "Second".equals(i.getCustomer().getName())), "the refusal of a full queue is kept for the figures");
        assertEquals(EndReason.ABANDONED, single(IMPATIENT).getEndReason().orElseThrow());
        assertEquals(0, all(DISABLED).size(), "a disabled campaign stores nothing");
        // Spec §6: the customer who gave up counts as abandoned, the refusal of the full queue not at all.
        ServiceLevel tinyFigures = figures.serviceLevel(TINY, Instant.now().minusSeconds(3600), Instant.now()).orElseThrow();
        assertEquals(0, tinyFigures.answered());
        assertEquals(1, tinyFigures.abandoned());
        assertTrue(tinyFigures.percent().isEmpty(), "no answered chat: no service level to show");
        assertEquals(100.0, tinyFigures.percentWithAbandoned().orElseThrow(), 0.001, "abandoned within the service level");

        Interaction brief = single(BRIEF);
        assertEquals(EndReason.AUTO_FINISH, brief.getEndReason().orElseThrow());
        assertEquals(4, em.createQuery("select f.rating from CustomerFeedback f where f.interaction.id = :id", Integer.class)
                .setParameter("id", brief.getId()).getSingleResult());
    }

    private List<Interaction> all(long campaign) {
        return em.createQuery("select i from Interaction i where i.campaign.id = :c order by i.id", Interaction.class)
                .setParameter("c", campaign).getResultList();
    }

    private Interaction single(long campaign) {
        List<Interaction> found = all(campaign);
        assertEquals(1, found.size());
        return found.get(0);
    }
}
