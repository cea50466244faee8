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
import java.util.stream.Stream;
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
import org.webchat.agent.BreakType;
import org.webchat.agent.SecurityGroup;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.it.ConsoleSession;
import org.webchat.it.Deployments;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 12, points 4, 5 and 7, through the real supervisor socket: the spy gets the agent's chat with its history and
 * then its messages both ways live; a whisper reaches the agent only, a barge-in message the customer too; pause, info
 * and log out; a supervisor of another group is refused every act by id; every act is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorActsSocketIT {

    private static final long CAMPAIGN = 202_201;
    private static final long OTHER = 202_202;
    private static final String PASSWORD = "wire-pw";
    private static final String SUPERVISOR = "wire-sup";
    private static final String OTHER_SUPERVISOR = "wire-other";
    private static final String AGENT = "wire-0";
    private static final String WHISPER = "Offer the yearly plan";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SupervisorActsSocketIT.class, SocketClient.class, ConsoleSession.class,
                TestCampaigns.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoGroupsEachWithASupervisorACampaignAndABreak() throws Exception {
        tx.begin();
        SecurityGroup group = TestCampaigns.supervisedGroup(em, "Wire A", SUPERVISOR, PASSWORD);
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Wire", true);
        campaign.setSecurityGroup(group);
        campaign.setDefaultLanguage(Language.EN);
        TestCampaigns.addAgents(em, campaign, "wire", 1, PASSWORD, group);
        em.persist(new BreakType("wire-Coaching", "pi pi-book", group));
        SecurityGroup other = TestCampaigns.supervisedGroup(em, "Wire B", OTHER_SUPERVISOR, PASSWORD);
        TestCampaigns.create(em, OTHER, "Wire other", true).setSecurityGroup(other);
        tx.commit();
    }

    private String own() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private SocketClient dashboard(String login) throws Exception {
        SocketClient board = SocketClient.supervisorFrom(base, ConsoleSession.signIn(base, login, PASSWORD), own());
        board.await("hello");
        return board;
    }

    private static Predicate<JsonObject> frame(String type, Predicate<JsonObject> wanted) {
        return f -> type.equals(f.getString("type", "")) && wanted.test(f);
    }

    private static Predicate<JsonObject> message(String text) {
        return frame("message", f -> text.equals(f.getString("text", "")));
    }

    private static Stream<JsonObject> objects(JsonObject frame, String list) {
        return frame.getJsonArray(list).stream().map(JsonObject.class::cast);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSupervisorSpiesWhispersBargesInPausesReadsInfoAndLogsOutAndAnotherGroupIsRefusedById() throws Exception {
        String agentCookie = ConsoleSession.signIn(base, AGENT, PASSWORD);
        try (SocketClient desk = SocketClient.agentFrom(base, agentCookie, own());
             SocketClient customer = SocketClient.customer(base);
             SocketClient board = dashboard(SUPERVISOR);
             SocketClient stranger = dashboard(OTHER_SUPERVISOR)) {
            desk.await("hello");
            customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Quentin\"}");
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            desk.await("assigned");
            customer.send("{\"type\":\"message\",\"clientId\":\"c-1\",\"text\":\"I want to cancel\"}");
            customer.await("ack");
            board.send("{\"type\":\"watch\",\"campaigns\":[]}");
            long agent = objects(board.await("board"), "agents").filter(a -> AGENT.equals(a.getString("login")))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            board.send("{\"type\":\"break-types\",\"agent\":" + agent + "}");
            JsonObject breaks = board.await("break-types");
            assertEquals(List.of("wire-Coaching"), objects(breaks, "breaks").map(b -> b.getString("name")).toList(),
                    "SUP-14: the agent's group's breaks");
            long coaching = breaks.getJsonArray("breaks").getJsonObject(0).getJsonNumber("id").longValue();

            // ADM-02: another group's supervisor is refused by id, and nothing happens.
            for (String act : List.of("spy", "break-types", "logout", "info")) {
                stranger.send("{\"type\":\"" + act + "\",\"agent\":" + agent + "}");
                JsonObject refused = stranger.await("error");
                assertEquals("not-yours", refused.getString("code"), act);
                assertEquals(agent, refused.getJsonNumber("agent").longValue(), act + ": refused by id");
            }
            stranger.send("{\"type\":\"pause\",\"agent\":" + agent + ",\"breakType\":" + coaching + "}");
            assertEquals(agent, stranger.await("error").getJsonNumber("agent").longValue(), "pause refused by id");
            stranger.send("{\"type\":\"whisper\",\"interaction\":" + chat + ",\"clientId\":\"x-1\",\"text\":\"psst\"}");
            JsonObject whisperRefused = stranger.await("error");
            assertEquals("not-yours", whisperRefused.getString("code"));
            assertEquals(chat, whisperRefused.getJsonNumber("interaction").longValue());
            assertEquals("x-1", whisperRefused.getString("clientId"));

            // SUP-11: the chat with its history, then its messages both ways live.
            board.send("{\"type\":\"spy\",\"agent\":" + agent + "}");
            JsonObject spy = board.await("spy");
            JsonObject spied = spy.getJsonArray("chats").getJsonObject(0);
            assertEquals("Quentin", spied.getString("customer"));
            assertTrue(objects(spied, "messages").anyMatch(m -> "I want to cancel".equals(m.getString("text", ""))),
                    "with what was said before");
            customer.send("{\"type\":\"message\",\"clientId\":\"c-2\",\"text\":\"Are you there?\"}");
            assertEquals("customer", board.await(message("Are you there?"), "the customer's message live").getString("from"));
            desk.send("{\"type\":\"message\",\"interaction\":" + chat + ",\"clientId\":\"a-1\",\"text\":\"Yes, one moment\"}");
            assertEquals("agent", board.await(message("Yes, one moment"), "the agent's message live").getString("from"));

            // Whisper: the agent reads it marked, the customer never.
            board.send("{\"type\":\"whisper\",\"interaction\":" + chat + ",\"clientId\":\"w-1\",\"text\":\"" + WHISPER + "\"}");
            assertEquals("w-1", board.await("ack").getString("clientId"));
            JsonObject whispered = desk.await(message(WHISPER), "the whisper at the agent");
            assertTrue(whispered.getBoolean("internal", false));
            assertEquals("supervisor", whispered.getString("from"));
            assertTrue(board.await(message(WHISPER), "the whisper at the spy").getBoolean("internal", false));

            // Barge-in: the customer reads the supervisor's name and message.
            board.send("{\"type\":\"barge-message\",\"interaction\":" + chat + ",\"clientId\":\"b-1\",\"text\":\"I can help\"}");
            assertEquals("b-1", board.await("ack").getString("clientId"));
            JsonObject barged = customer.await(message("I can help"), "the barge-in at the customer");
            assertEquals("Supervisor " + SUPERVISOR, barged.getString("name"));
            assertFalse(barged.getBoolean("internal", false));
            assertTrue(customer.received().stream().noneMatch(f -> WHISPER.equals(f.getString("text", ""))),
                    "the customer never gets the whisper");

            // SUP-14 and SUP-13.
            board.send("{\"type\":\"pause\",\"agent\":" + agent + ",\"breakType\":" + coaching + "}");
            assertEquals("pause", board.await("done").getString("act"));
            JsonObject paused = desk.await(frame("agent-state", f -> "ON_BREAK".equals(f.getString("state"))), "the break");
            assertEquals("wire-Coaching", paused.getString("breakName"));
            assertEquals("Supervisor " + SUPERVISOR, paused.getString("pausedBy"));
            board.send("{\"type\":\"info\",\"agent\":" + agent + ",\"zone\":\"Europe/Madrid\"}");
            JsonObject info = board.await("info");
            assertEquals(AGENT, info.getString("login"));
            assertEquals("Wire A", info.getString("group"));
            assertEquals("ON_BREAK", info.getString("state"));
            assertEquals(List.of("Wire"), objects(info, "campaigns").map(c -> c.getString("name")).toList());
            assertTrue(objects(info.getJsonObject("today"), "states").anyMatch(s -> ("Supervisor " + SUPERVISOR)
                    .equals(s.getString("changedBy", ""))), "the state history names who paused it");

            // Unspied: nothing more is relayed.
            board.send("{\"type\":\"unspy\",\"agent\":" + agent + "}");
            assertEquals("unspy", board.await("done").getString("act"));
            customer.send("{\"type\":\"message\",\"clientId\":\"c-3\",\"text\":\"Hello again\"}");
            desk.await(message("Hello again"), "the customer's message at the agent");
            Thread.sleep(300);
            assertTrue(board.pending(message("Hello again")).isEmpty(), "no longer relayed to the dashboard");

            // SUP-15, with a spy still open when the dashboard closes.
            board.send("{\"type\":\"spy\",\"agent\":" + agent + "}");
            board.await("spy");
            board.send("{\"type\":\"logout\",\"agent\":" + agent + "}");
            assertEquals("logout", board.await("done").getString("act"));
            assertEquals(1008, desk.awaitClose(), "the agent's workspace signs in again");
        }
    }

    @Test
    @Order(3)
    void everyActIsInTheAuditTrailAndTheSpyLeftOpenClosedWithItsDashboard() throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> kinds;
        do {
            Thread.sleep(100);
            kinds = em.createQuery("select a.kind from SupervisionAct a where a.agent.login = :agent order by a.id",
                    SupervisionAct.Kind.class).setParameter("agent", AGENT).getResultStream().map(Enum::name).toList();
        } while (kinds.stream().filter("SPY_CLOSED"::equals).count() < 2 && System.nanoTime() < deadline);
        assertEquals(List.of("SPY_OPENED", "WHISPER", "BARGE_IN", "PAUSE", "SPY_CLOSED", "SPY_OPENED", "LOG_OUT",
                "SPY_CLOSED"), kinds);
    }
}
