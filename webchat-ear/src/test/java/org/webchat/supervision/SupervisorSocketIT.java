package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.BreakType;
import org.webchat.campaign.Campaign;
import org.webchat.it.ConsoleSession;
import org.webchat.it.LiveBoard;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 12 through the real supervisor socket, the board and the acts each on two security groups of their own, in one
 * deployment.
 *
 * <p>The board (points 6 and 7): only the console's own pages open the socket, a supervisor of another security group
 * sees none of a group's campaigns and agents and is refused them by id (ADM-02), and a customer who starts waiting
 * reaches an open board within a second, then moves to its agent's active chats.
 *
 * <p>The acts (points 4, 5 and 7): the spy gets the agent's chat with its history and then its messages both ways live;
 * a whisper reaches the agent only, a barge-in message the customer too; pause, info and log out; a supervisor of
 * another group is refused every act by id; every act is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorSocketIT {

    private static final String PASSWORD = "socket-pw";

    /** The board's watched campaign and its agent board-0, and the other group's campaign. */
    private static final long BOARD = 202_001;
    private static final long BOARD_OTHER = 202_002;
    private static final String BOARD_SUPERVISOR = "board-sup";
    private static final String BOARD_OTHER_SUPERVISOR = "board-other";
    private static final String BOARD_AGENT = "board-0";

    /** The acts' campaign and its agent wire-0, and the other group's campaign. */
    private static final long WIRE = 202_201;
    private static final long WIRE_OTHER = 202_202;
    private static final String WIRE_SUPERVISOR = "wire-sup";
    private static final String WIRE_OTHER_SUPERVISOR = "wire-other";
    private static final String WIRE_AGENT = "wire-0";
    private static final String WHISPER = "Offer the yearly plan";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void fourGroupsEachWithASupervisorAndACampaignTwoWithAnAgentOneWithABreak() throws Exception {
        tx.begin();
        Campaign watched = TestCampaigns.supervisedCampaign(em, BOARD, "Board watched", "Board A", BOARD_SUPERVISOR,
                PASSWORD);
        TestCampaigns.addAgents(em, watched, "board", 1, PASSWORD, watched.getSecurityGroup());
        TestCampaigns.supervisedCampaign(em, BOARD_OTHER, "Board other", "Board B", BOARD_OTHER_SUPERVISOR, PASSWORD);

        Campaign wire = TestCampaigns.supervisedCampaign(em, WIRE, "Wire", "Wire A", WIRE_SUPERVISOR, PASSWORD);
        TestCampaigns.addAgents(em, wire, "wire", 1, PASSWORD, wire.getSecurityGroup());
        em.persist(new BreakType("wire-Coaching", "pi pi-book", wire.getSecurityGroup()));
        TestCampaigns.supervisedCampaign(em, WIRE_OTHER, "Wire other", "Wire B", WIRE_OTHER_SUPERVISOR, PASSWORD);
        tx.commit();
    }

    private String own() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static Stream<JsonObject> objects(JsonObject frame, String list) {
        return frame.getJsonArray(list).stream().map(JsonObject.class::cast);
    }

    private static Optional<JsonObject> campaign(JsonObject board, long id) {
        return objects(board, "campaigns").filter(c -> c.getJsonNumber("id").longValue() == id).findFirst();
    }

    private static Optional<JsonObject> agent(JsonObject board, String login) {
        return objects(board, "agents").filter(a -> login.equals(a.getString("login"))).findFirst();
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

    // ---- the board -----------------------------------------------------------------------------------

    @Test
    @Order(2)
    @RunAsClient
    void theSocketOpensOnlyForTheConsolesOwnPagesAndOnlyForASupervisor() throws Exception {
        String cookie = ConsoleSession.signIn(base, BOARD_SUPERVISOR, PASSWORD);
        for (String foreign : List.of("http://evil.example", "http://" + base.getHost() + ":" + (base.getPort() + 1), "null")) {
            try (SocketClient hijacked = SocketClient.supervisorFrom(base, cookie, foreign)) {
                assertEquals(1008, hijacked.awaitClose(), "a page of " + foreign + " is refused");
                assertEquals(List.of(), hijacked.received(), "not a single frame reaches a page of " + foreign);
            }
        }
        try (SocketClient board = SocketClient.supervisorFrom(base, cookie, own())) {
            JsonObject hello = board.await("hello");
            assertEquals("Supervisor " + BOARD_SUPERVISOR, hello.getString("name"));
            assertEquals(List.of("Board watched"), objects(hello, "campaigns").map(c -> c.getString("name")).toList(),
                    "the campaigns of its own group, for its picker");
        }
        String agentCookie = ConsoleSession.signIn(base, BOARD_AGENT, PASSWORD);
        assertThrows(Exception.class, () -> SocketClient.supervisorFrom(base, agentCookie, own()),
                "an agent's session cannot open the supervisor socket");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aSupervisorOfAnotherGroupSeesNoneOfItAndIsRefusedItById() throws Exception {
        String cookie = ConsoleSession.signIn(base, BOARD_OTHER_SUPERVISOR, PASSWORD);
        try (SocketClient board = SocketClient.supervisorFrom(base, cookie, own())) {
            JsonObject hello = board.await("hello");
            assertEquals(List.of(BOARD_OTHER),
                    objects(hello, "campaigns").map(c -> c.getJsonNumber("id").longValue()).toList());

            board.send("{\"type\":\"watch\",\"campaigns\":[" + BOARD + "]}");
            JsonObject refused = board.await("error");
            assertEquals("not-yours", refused.getString("code"));
            assertEquals(BOARD, refused.getJsonNumber("campaign").longValue(), "refused by id");
            board.send("{\"type\":\"watch\",\"campaigns\":[" + BOARD_OTHER + "," + BOARD + "]}");
            assertEquals("not-yours", board.await("error").getString("code"), "one foreign id refuses the whole watch");
            assertTrue(board.pending(f -> "board".equals(f.getString("type", ""))).isEmpty(), "nothing was watched");

            board.send("{\"type\":\"watch\",\"campaigns\":[]}");
            JsonObject all = board.await("board");
            assertEquals(List.of(BOARD_OTHER),
                    objects(all, "campaigns").map(c -> c.getJsonNumber("id").longValue()).toList(),
                    "all of its own group's, none of the other's");
            assertTrue(agent(all, BOARD_AGENT).isEmpty(), "nor the other group's agents");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aWaitingCustomerReachesTheBoardWithinASecondThenItsAgentsActiveChats() throws Exception {
        String agentCookie = ConsoleSession.signIn(base, BOARD_AGENT, PASSWORD);
        String cookie = ConsoleSession.signIn(base, BOARD_SUPERVISOR, PASSWORD);
        try (SocketClient board = SocketClient.supervisorFrom(base, cookie, own());
             SocketClient customer = SocketClient.customer(base)) {
            board.await("hello");
            board.send("{\"type\":\"watch\",\"campaigns\":[" + BOARD + "]}");
            LiveBoard live = new LiveBoard(board);
            JsonObject first = live.await(f -> true, "the whole board");
            assertEquals(0, campaign(first, BOARD).orElseThrow().getJsonObject("waiting").getInt("value"));
            assertEquals("DISCONNECTED", agent(first, BOARD_AGENT).orElseThrow().getString("state"),
                    "SUP-03: not signed in");

            customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + BOARD + ",\"name\":\"Wanda\",\"email\":\"wanda@example.com\"}");
            customer.await("welcome");
            long welcomed = System.nanoTime();
            JsonObject waiting = live.await(f -> campaign(f, BOARD).map(c -> c.getJsonArray("queue").size() == 1)
                    .orElse(false), "a board with the customer waiting");
            long millis = (System.nanoTime() - welcomed) / 1_000_000;
            System.out.println("A new waiting customer reached the open board in " + millis + " ms");
            assertTrue(millis < 1000, "issue 12, point 6: in under a second, not " + millis + " ms");
            JsonObject queued = campaign(waiting, BOARD).orElseThrow();
            JsonObject wanda = queued.getJsonArray("queue").getJsonObject(0);
            assertEquals("Wanda", wanda.getString("name"));
            assertEquals("wanda@example.com", wanda.getString("email"));
            assertEquals(1, wanda.getInt("position"));
            assertTrue(wanda.getString("queuedAt").compareTo(wanda.getString("yellowAt")) < 0, "SUP-10: instants, not durations");
            assertTrue(queued.containsKey("longestWait"));
            assertEquals(1, waiting.getJsonObject("total").getInt("waiting"));
            JsonObject change = live.lastFrame();
            assertEquals("changes", change.getString("type"), "after the whole board, only what changed");
            assertTrue(change.getJsonArray("agents").isEmpty(), "the agent's row did not change, so it is not sent");
            assertEquals(1, change.getJsonArray("agentIds").size(), "the ids of every row shown still are");

            try (SocketClient desk = SocketClient.agentFrom(base, agentCookie, own())) {
                desk.await("assigned");
                JsonObject taken = live.await(f -> agent(f, BOARD_AGENT).map(a -> a.getInt("active") == 1).orElse(false)
                        && campaign(f, BOARD).map(c -> c.getJsonArray("queue").isEmpty()).orElse(false),
                        "a board with the customer with its agent");
                JsonObject row = agent(taken, BOARD_AGENT).orElseThrow();
                assertEquals("BUSY", row.getString("state"));
                assertEquals(3, row.getInt("cap"), "nocall: Max interactions per agent");
                JsonObject chat = row.getJsonArray("chats").getJsonObject(0);
                assertEquals("Wanda", chat.getString("customer"));
                assertEquals("WEBCHAT", chat.getString("channel"));
                assertFalse(row.containsKey("idleAlertAt"), "busy: no idle alert");
                assertEquals(1, campaign(taken, BOARD).orElseThrow().getInt("active"));
                assertEquals(1, taken.getJsonObject("agentsByState").getInt("BUSY"));

                customer.send("{\"type\":\"end\"}");
                JsonObject ended = live.await(f -> agent(f, BOARD_AGENT).map(a -> a.getInt("completedToday") == 1)
                        .orElse(false)
                        && campaign(f, BOARD).map(c -> c.getJsonObject("today").getInt("completed") == 1).orElse(false),
                        "a board with the chat ended");
                JsonObject free = agent(ended, BOARD_AGENT).orElseThrow();
                assertEquals("FREE", free.getString("state"));
                assertEquals(0, free.getInt("active"));
                assertTrue(free.containsKey("idleAlertAt"), "SUP-09: a free agent's alert instant");
                assertEquals(1, campaign(ended, BOARD).orElseThrow().getJsonObject("today").getInt("completed"));
            }
        }
    }

    // ---- the acts ------------------------------------------------------------------------------------

    @Test
    @Order(5)
    @RunAsClient
    void theSupervisorSpiesWhispersBargesInPausesReadsInfoAndLogsOutAndAnotherGroupIsRefusedById() throws Exception {
        String agentCookie = ConsoleSession.signInKept(base, WIRE_AGENT, PASSWORD);
        try (SocketClient desk = SocketClient.agentFrom(base, agentCookie, own());
             SocketClient customer = SocketClient.customer(base);
             SocketClient board = dashboard(WIRE_SUPERVISOR);
             SocketClient stranger = dashboard(WIRE_OTHER_SUPERVISOR)) {
            desk.await("hello");
            customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + WIRE + ",\"name\":\"Quentin\"}");
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            desk.await("assigned");
            customer.send("{\"type\":\"message\",\"clientId\":\"c-1\",\"text\":\"I want to cancel\"}");
            customer.await("ack");
            board.send("{\"type\":\"watch\",\"campaigns\":[]}");
            long agent = objects(board.await("board"), "agents").filter(a -> WIRE_AGENT.equals(a.getString("login")))
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
            assertEquals("Supervisor " + WIRE_SUPERVISOR, barged.getString("name"));
            assertFalse(barged.getBoolean("internal", false));
            assertTrue(customer.received().stream().noneMatch(f -> WHISPER.equals(f.getString("text", ""))),
                    "the customer never gets the whisper");

            // SUP-14 and SUP-13.
            board.send("{\"type\":\"pause\",\"agent\":" + agent + ",\"breakType\":" + coaching + "}");
            assertEquals("pause", board.await("done").getString("act"));
            JsonObject paused = desk.await(frame("agent-state", f -> "ON_BREAK".equals(f.getString("state"))), "the break");
            assertEquals("wire-Coaching", paused.getString("breakName"));
            assertEquals("Supervisor " + WIRE_SUPERVISOR, paused.getString("pausedBy"));
            board.send("{\"type\":\"info\",\"agent\":" + agent + ",\"zone\":\"Europe/Madrid\"}");
            JsonObject info = board.await("info");
            assertEquals(WIRE_AGENT, info.getString("login"));
            assertEquals("Wire A", info.getString("group"));
            assertEquals("ON_BREAK", info.getString("state"));
            assertEquals(List.of("Wire"), objects(info, "campaigns").map(c -> c.getString("name")).toList());
            assertTrue(objects(info.getJsonObject("today"), "states").anyMatch(s -> ("Supervisor " + WIRE_SUPERVISOR)
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
        // Its sign-in kept for a server restart ended too (issue 16).
        String workspace = new String(ConsoleSession.get(base, "agent/index.xhtml", ConsoleSession.keptOnly(agentCookie))
                .body(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(workspace.contains("id=\"workspace\""), "the login page, not the workspace");
    }

    @Test
    @Order(6)
    void everyActIsInTheAuditTrailAndTheSpyLeftOpenClosedWithItsDashboard() throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> kinds;
        do {
            Thread.sleep(100);
            kinds = em.createQuery("select a.kind from SupervisionAct a where a.agent.login = :agent order by a.id",
                    SupervisionAct.Kind.class).setParameter("agent", WIRE_AGENT).getResultStream().map(Enum::name)
                    .toList();
        } while (kinds.stream().filter("SPY_CLOSED"::equals).count() < 2 && System.nanoTime() < deadline);
        assertEquals(List.of("SPY_OPENED", "WHISPER", "BARGE_IN", "PAUSE", "SPY_CLOSED", "SPY_OPENED", "LOG_OUT",
                "SPY_CLOSED"), kinds);
    }
}
