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
import org.webchat.agent.SecurityGroup;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.it.ConsoleSession;
import org.webchat.it.Deployments;
import org.webchat.it.LiveBoard;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 12, points 6 and 7, through the real supervisor socket: only the console's own pages open it, a supervisor
 * of another security group sees none of a group's campaigns and agents and is refused them by id (ADM-02), and a
 * customer who starts waiting reaches an open board within a second, then moves to its agent's active chats.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorBoardIT {

    private static final long BOARD = 202_001;
    private static final long OTHER = 202_002;
    private static final String PASSWORD = "board-pw";
    private static final String SUPERVISOR = "board-sup";
    private static final String OTHER_SUPERVISOR = "board-other";
    private static final String AGENT = "board-0";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SupervisorBoardIT.class, SocketClient.class, LiveBoard.class, ConsoleSession.class, TestCampaigns.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoGroupsEachWithASupervisorAndACampaign() throws Exception {
        tx.begin();
        SecurityGroup watchedGroup = TestCampaigns.supervisedGroup(em, "Board A", SUPERVISOR, PASSWORD);
        Campaign watched = TestCampaigns.create(em, BOARD, "Board watched", true);
        watched.setSecurityGroup(watchedGroup);
        watched.setDefaultLanguage(Language.EN);
        TestCampaigns.addAgents(em, watched, "board", 1, PASSWORD, watchedGroup);
        SecurityGroup otherGroup = TestCampaigns.supervisedGroup(em, "Board B", OTHER_SUPERVISOR, PASSWORD);
        Campaign other = TestCampaigns.create(em, OTHER, "Board other", true);
        other.setSecurityGroup(otherGroup);
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

    @Test
    @Order(2)
    @RunAsClient
    void theSocketOpensOnlyForTheConsolesOwnPagesAndOnlyForASupervisor() throws Exception {
        String cookie = ConsoleSession.signIn(base, SUPERVISOR, PASSWORD);
        for (String foreign : List.of("http://evil.example", "http://" + base.getHost() + ":" + (base.getPort() + 1), "null")) {
            try (SocketClient hijacked = SocketClient.supervisorFrom(base, cookie, foreign)) {
                assertEquals(1008, hijacked.awaitClose(), "a page of " + foreign + " is refused");
                assertEquals(List.of(), hijacked.received(), "not a single frame reaches a page of " + foreign);
            }
        }
        try (SocketClient board = SocketClient.supervisorFrom(base, cookie, own())) {
            JsonObject hello = board.await("hello");
            assertEquals("Supervisor " + SUPERVISOR, hello.getString("name"));
            assertEquals(List.of("Board watched"), objects(hello, "campaigns").map(c -> c.getString("name")).toList(),
                    "the campaigns of its own group, for its picker");
        }
        String agentCookie = ConsoleSession.signIn(base, AGENT, PASSWORD);
        assertThrows(Exception.class, () -> SocketClient.supervisorFrom(base, agentCookie, own()),
                "an agent's session cannot open the supervisor socket");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aSupervisorOfAnotherGroupSeesNoneOfItAndIsRefusedItById() throws Exception {
        try (SocketClient board = SocketClient.supervisorFrom(base, ConsoleSession.signIn(base, OTHER_SUPERVISOR, PASSWORD), own())) {
            JsonObject hello = board.await("hello");
            assertEquals(List.of(OTHER), objects(hello, "campaigns").map(c -> c.getJsonNumber("id").longValue()).toList());

            board.send("{\"type\":\"watch\",\"campaigns\":[" + BOARD + "]}");
            JsonObject refused = board.await("error");
            assertEquals("not-yours", refused.getString("code"));
            assertEquals(BOARD, refused.getJsonNumber("campaign").longValue(), "refused by id");
            board.send("{\"type\":\"watch\",\"campaigns\":[" + OTHER + "," + BOARD + "]}");
            assertEquals("not-yours", board.await("error").getString("code"), "one foreign id refuses the whole watch");
            assertTrue(board.pending(f -> "board".equals(f.getString("type", ""))).isEmpty(), "nothing was watched");

            board.send("{\"type\":\"watch\",\"campaigns\":[]}");
            JsonObject all = board.await("board");
            assertEquals(List.of(OTHER), objects(all, "campaigns").map(c -> c.getJsonNumber("id").longValue()).toList(),
                    "all of its own group's, none of the other's");
            assertTrue(agent(all, AGENT).isEmpty(), "nor the other group's agents");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aWaitingCustomerReachesTheBoardWithinASecondThenItsAgentsActiveChats() throws Exception {
        String agentCookie = ConsoleSession.signIn(base, AGENT, PASSWORD);
        try (SocketClient board = SocketClient.supervisorFrom(base, ConsoleSession.signIn(base, SUPERVISOR, PASSWORD), own());
             SocketClient customer = SocketClient.customer(base)) {
            board.await("hello");
            board.send("{\"type\":\"watch\",\"campaigns\":[" + BOARD + "]}");
            LiveBoard live = new LiveBoard(board);
            JsonObject first = live.await(f -> true, "the whole board");
            assertEquals(0, campaign(first, BOARD).orElseThrow().getJsonObject("waiting").getInt("value"));
            assertEquals("DISCONNECTED", agent(first, AGENT).orElseThrow().getString("state"), "SUP-03: not signed in");

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
                JsonObject taken = live.await(f -> agent(f, AGENT).map(a -> a.getInt("active") == 1).orElse(false)
                        && campaign(f, BOARD).map(c -> c.getJsonArray("queue").isEmpty()).orElse(false),
                        "a board with the customer with its agent");
                JsonObject row = agent(taken, AGENT).orElseThrow();
                assertEquals("BUSY", row.getString("state"));
                assertEquals(3, row.getInt("cap"), "nocall: Max interactions per agent");
                JsonObject chat = row.getJsonArray("chats").getJsonObject(0);
                assertEquals("Wanda", chat.getString("customer"));
                assertEquals("WEBCHAT", chat.getString("channel"));
                assertFalse(row.containsKey("idleAlertAt"), "busy: no idle alert");
                assertEquals(1, campaign(taken, BOARD).orElseThrow().getInt("active"));
                assertEquals(1, taken.getJsonObject("agentsByState").getInt("BUSY"));

                customer.send("{\"type\":\"end\"}");
                JsonObject ended = live.await(f -> agent(f, AGENT).map(a -> a.getInt("completedToday") == 1).orElse(false)
                        && campaign(f, BOARD).map(c -> c.getJsonObject("today").getInt("completed") == 1).orElse(false),
                        "a board with the chat ended");
                JsonObject free = agent(ended, AGENT).orElseThrow();
                assertEquals("FREE", free.getString("state"));
                assertEquals(0, free.getInt("active"));
                assertTrue(free.containsKey("idleAlertAt"), "SUP-09: a free agent's alert instant");
                assertEquals(1, campaign(ended, BOARD).orElseThrow().getJsonObject("today").getInt("completed"));
            }
        }
    }
}
