package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * SUP-12 through the real sockets: a supervisor's watch asks every workspace window of an agent who allows screen
 * monitoring; the window that shares offers its screen and the signalling goes between it and the dashboard only;
 * a workspace that has not shared says so; either side stops it, and a closed window stops it; an agent without the
 * setting, or of another group, is refused; the watch is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenWatchIT {

    private static final long CAMPAIGN = 214_010;
    private static final long OTHER = 214_011;
    private static final String PASSWORD = "screen-pw";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void anAgentWhoAllowsScreenMonitoringOneWhoDoesNotAndOneOfAnotherGroup() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, CAMPAIGN, "Screens", "screen-Group", "screen-sup", PASSWORD);
        TestCampaigns.addAgents(em, campaign, "screen", 2, PASSWORD);
        Campaign other = TestCampaigns.supervisedCampaign(em, OTHER, "Other screens", "screen-Other", "screen-other-sup",
                PASSWORD);
        TestCampaigns.addAgents(em, other, "screenb", 1, PASSWORD);
        em.flush();
        em.createQuery("update User u set u.securityGroup = :g where u.login like 'screen-_'")
                .setParameter("g", campaign.getSecurityGroup()).executeUpdate();
        em.createQuery("update User u set u.securityGroup = :g, u.screenMonitoringAllowed = true where u.login = 'screenb-0'")
                .setParameter("g", other.getSecurityGroup()).executeUpdate();
        em.createQuery("update User u set u.screenMonitoringAllowed = true where u.login = 'screen-0'").executeUpdate();
        tx.commit();
    }

    private static Predicate<JsonObject> type(String type) {
        return f -> type.equals(f.getString("type", ""));
    }

    private static Predicate<JsonObject> stopped(String reason) {
        return f -> "screen-stopped".equals(f.getString("type", "")) && reason.equals(f.getString("reason", ""));
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theWindowThatSharesCarriesTheWatchUntilASideStopsIt() throws Exception {
        String agentCookie = ConsoleSession.signIn(base, "screen-0", PASSWORD);
        try (SocketClient shared = SocketClient.agent(base, agentCookie); SocketClient other = SocketClient.agent(base, agentCookie);
             SocketClient board = SocketClient.supervisorFrom(base, ConsoleSession.signIn(base, "screen-sup", PASSWORD), origin())) {
            JsonObject hello = shared.await("hello");
            assertTrue(hello.getBoolean("screenMonitoring"), "the workspace knows it may be asked for its screen");
            long agent = hello.getJsonNumber("agent").longValue();
            other.await("hello");
            board.await("hello");

            board.send("{\"type\":\"screen\",\"agent\":" + agent + "}");
            JsonObject opened = board.await("screen");
            String watch = opened.getString("watch");
            assertEquals("all", opened.getJsonObject("ice").getString("iceTransportPolicy"));
            JsonObject asked = shared.await("screen-watch");
            assertEquals(watch, asked.getString("watch"));
            assertEquals("Supervisor screen-sup", asked.getString("supervisor"), "the agent reads who watches");
            other.await("screen-watch");

            other.send("{\"type\":\"screen-unavailable\",\"watch\":\"" + watch + "\"}");
            shared.send("{\"type\":\"screen-signal\",\"watch\":\"" + watch + "\",\"description\":{\"type\":\"offer\","
                    + "\"sdp\":\"v=0\\r\\n\"},\"extra\":\"<b>\"}");
            JsonObject offer = board.await("screen-signal");
            assertEquals("offer", offer.getJsonObject("description").getString("type"));
            assertFalse(offer.containsKey("extra"), "only checked fields are relayed");
            board.send("{\"type\":\"screen-signal\",\"watch\":\"" + watch + "\",\"description\":{\"type\":\"answer\","
                    + "\"sdp\":\"v=0\\r\\n\"}}");
            assertEquals("answer", shared.await("screen-signal").getJsonObject("description").getString("type"));
            Thread.sleep(300);
            assertTrue(other.pending(type("screen-signal")).isEmpty(), "the other window is out of it");

            board.send("{\"type\":\"screen-stop\",\"watch\":\"" + watch + "\"}");
            shared.await(stopped("supervisor"), "the stop at the agent");
            board.await(stopped("supervisor"), "the stop at the dashboard");

            // No window shares: the watch stops as unavailable.
            board.send("{\"type\":\"screen\",\"agent\":" + agent + "}");
            String second = board.await("screen").getString("watch");
            shared.await(type("screen-watch").and(f -> second.equals(f.getString("watch"))), "the second ask");
            other.await(type("screen-watch").and(f -> second.equals(f.getString("watch"))), "the second ask, elsewhere");
            shared.send("{\"type\":\"screen-unavailable\",\"watch\":\"" + second + "\"}");
            other.send("{\"type\":\"screen-unavailable\",\"watch\":\"" + second + "\"}");
            board.await(stopped("unavailable"), "nothing shared");

            // The sharing window closes while watched.
            board.send("{\"type\":\"screen\",\"agent\":" + agent + "}");
            String third = board.await("screen").getString("watch");
            shared.await(type("screen-watch").and(f -> third.equals(f.getString("watch"))), "the third ask");
            shared.send("{\"type\":\"screen-signal\",\"watch\":\"" + third + "\",\"candidates\":[{\"candidate\":\"\"}]}");
            board.await("screen-signal");
            shared.close();
            board.await(stopped("agent-away"), "the window gone");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void anAgentWithoutTheSettingOrOfAnotherGroupIsRefused() throws Exception {
        try (SocketClient without = SocketClient.agent(base, ConsoleSession.signIn(base, "screen-1", PASSWORD));
             SocketClient foreign = SocketClient.agent(base, ConsoleSession.signIn(base, "screenb-0", PASSWORD));
             SocketClient board = SocketClient.supervisorFrom(base, ConsoleSession.signIn(base, "screen-sup", PASSWORD), origin())) {
            long notAllowed = without.await("hello").getJsonNumber("agent").longValue();
            long otherGroup = foreign.await("hello").getJsonNumber("agent").longValue();
            board.await("hello");
            board.send("{\"type\":\"screen\",\"agent\":" + notAllowed + "}");
            JsonObject off = board.await(type("error"), "a refusal");
            assertEquals("screen-off", off.getString("code"));
            assertEquals(notAllowed, off.getJsonNumber("agent").longValue());
            board.send("{\"type\":\"screen\",\"agent\":" + otherGroup + "}");
            assertEquals("not-yours", board.await(type("error"), "a refusal by id").getString("code"));
            assertTrue(without.pending(type("screen-watch")).isEmpty() && foreign.pending(type("screen-watch")).isEmpty(),
                    "neither agent was asked");
            board.send("{\"type\":\"screen-stop\",\"watch\":\"not-a-watch-of-yours\"}");
            board.await(stopped("gone"), "another's or no watch");
        }
    }

    @Test
    @Order(4)
    void eachWatchIsInTheAuditTrail() {
        List<SupervisionAct.Kind> kinds = em.createQuery("select a.kind from SupervisionAct a where a.supervisor.login ="
                + " 'screen-sup' order by a.id", SupervisionAct.Kind.class).getResultList();
        assertEquals(List.of(SupervisionAct.Kind.SCREEN_OPENED, SupervisionAct.Kind.SCREEN_CLOSED,
                SupervisionAct.Kind.SCREEN_OPENED, SupervisionAct.Kind.SCREEN_CLOSED,
                SupervisionAct.Kind.SCREEN_OPENED, SupervisionAct.Kind.SCREEN_CLOSED), kinds);
        assertTrue(em.find(User.class, em.createQuery("select u.id from User u where u.login = 'screen-0'", Long.class)
                .getSingleResult()).isScreenMonitoringAllowed());
    }
}
