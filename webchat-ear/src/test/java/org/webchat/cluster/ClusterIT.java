package org.webchat.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.webchat.it.ConsoleSession;
import org.webchat.it.LiveBoard;
import org.webchat.it.ServedChats;
import org.webchat.it.SocketClient;

/**
 * Issue 17, on two nodes behind the balancer ({@link Cluster}), with the demo's campaign and agents and copies of it
 * ({@link ClusterData}): a customer on one node chats with an agent on the other; 200 customers arriving through both
 * nodes are served by 10 agents on both within their caps, first in first out; a node dies under a chat and its
 * customer and agent come back through the balancer to the other one and go on, nothing acknowledged lost and nothing
 * twice, a customer who waited there is given up at its Max time by the survivor, a supervisor on the survivor saw it
 * all, and the administrator signed in through the dead node is still signed in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** A copy of the demo campaign served by ten agents of its own, five on each node. */
    private static final long ARRIVALS = 900;
    private static final int ARRIVING = 200;
    private static final int CAP = 3;
    /** A copy of the demo campaign with no agent, whose customers wait until its Max time. */
    private static final long WAITING = 901;
    private static final int MAX_TIME_SECONDS = 30;

    @BeforeAll
    static void theClusterRuns() throws Exception {
        Cluster.start();
    }

    private static String hello(String name, String token, long lastSeq) {
        return hello(ClusterData.DEMO_CAMPAIGN, name, token, lastSeq);
    }

    private static String hello(long campaign, String name, String token, long lastSeq) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\",\"email\":\""
                + name.toLowerCase() + "@example.com\",\"language\":\"en\""
                + (token == null ? "" : ",\"token\":\"" + token + "\",\"lastSeq\":" + lastSeq) + "}";
    }

    private static String message(String clientId, String text) {
        return "{\"type\":\"message\",\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}";
    }

    private static String agentMessage(long interaction, String clientId, String text) {
        return "{\"type\":\"message\",\"interaction\":" + interaction + ",\"clientId\":\"" + clientId + "\",\"text\":\""
                + text + "\"}";
    }

    private static boolean isMessage(JsonObject frame, long interaction, String text) {
        return "message".equals(frame.getString("type", "")) && frame.getJsonNumber("interaction").longValue() == interaction
                && text.equals(frame.getString("text", ""));
    }

    private static SocketClient kept(List<SocketClient> sockets, SocketClient socket) {
        sockets.add(socket);
        return socket;
    }

    /** How many customers the board says wait at {@code campaign}; -1 when it does not show the campaign. */
    private static int waiting(JsonObject board, long campaign) {
        return board.getJsonArray("campaigns").stream().map(JsonObject.class::cast)
                .filter(c -> c.getJsonNumber("id").longValue() == campaign).findFirst()
                .map(c -> c.getJsonObject("waiting").getInt("value")).orElse(-1);
    }

    private static long assigned(SocketClient agent) throws InterruptedException {
        return agent.await(f -> "assigned".equals(f.getString("type", "")), "the chat assigned", 30)
                .getJsonNumber("interaction").longValue();
    }

    @Test
    @Order(1)
    void aCustomerOnOneNodeAndAnAgentOnTheOtherChatBothWays() throws Exception {
        try (SocketClient agent = SocketClient.agent(Cluster.node(2), ConsoleSession.signIn(Cluster.node(2), "agent1", "agent1"));
             SocketClient customer = SocketClient.customer(Cluster.node(1))) {
            agent.await("hello");
            customer.send(hello("Nodeone", null, 0));
            customer.await("welcome");
            long chat = assigned(agent);
            customer.send(message("c-1", "From node one"));
            customer.await("ack");
            agent.await(f -> isMessage(f, chat, "From node one"), "the customer's line, from the other node");
            agent.send(agentMessage(chat, "a-1", "From node two"));
            agent.await("ack");
            customer.await(f -> isMessage(f, chat, "From node two"), "the agent's line, from the other node");
            customer.send("{\"type\":\"end\"}");
            customer.await(f -> "ENDED".equals(f.getString("state", null)), "the end");
        }
    }

    @Test
    @Order(2)
    void twoHundredCustomersThroughBothNodesAreServedOnceByTenAgentsOnBothWithinTheirCapsFirstInFirstOut()
            throws Exception {
        ClusterData.copyOfTheDemo(ARRIVALS, "Cluster arrivals", ARRIVING, 3600, CAP);
        List<String> logins = ClusterData.agents(ARRIVALS, "cl-agent", 10);
        List<SocketClient> agents = new ArrayList<>();
        try {
            for (int i = 0; i < logins.size(); i++) {
                URL node = Cluster.node(1 + i % 2);
                SocketClient agent = SocketClient.agent(node,
                        ConsoleSession.signIn(node, logins.get(i), ClusterData.PASSWORD));
                agent.await("hello");
                agents.add(agent);
            }
            long started = System.nanoTime();
            ServedChats.serve(agents, n -> Cluster.node(1 + n % 2), ARRIVALS, ARRIVING);
            System.out.printf("ClusterIT: %d customers served through both nodes in %d ms%n", ARRIVING,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            agents.forEach(SocketClient::close);
        }
        assertEquals(ARRIVING, ClusterData.interactions(ARRIVALS), "none lost, none refused");
        List<ServedChats.Served> served = ClusterData.served(ARRIVALS);
        assertEquals(ARRIVING, served.size(), "every one ended after an agent took it");
        ServedChats.assertCapsAndFirstInFirstOut(served, CAP);
    }

    @Test
    @Order(3)
    void aNodeDiesUnderAChatItsCustomersAndAgentGoOnThroughTheOtherWhereASupervisorSawItAll() throws Exception {
        ClusterData.copyOfTheDemo(WAITING, "Cluster waiting", 50, MAX_TIME_SECONDS, CAP);
        URL dying = Cluster.node(1);
        URL surviving = Cluster.node(2);
        String agentCookie = ConsoleSession.signInKept(dying, "agent2", "agent2");
        String adminCookie = ConsoleSession.signInKept(dying, "admin", "admin");
        List<SocketClient> sockets = new ArrayList<>();
        try {
            SocketClient agent = kept(sockets, SocketClient.agent(dying, agentCookie));
            SocketClient customer = kept(sockets, SocketClient.customer(dying));
            agent.await("hello");

            // A supervisor on the node that survives watches both campaigns and spies on the agent of the other.
            SocketClient supervisor = kept(sockets, SocketClient.supervisorFrom(surviving,
                    ConsoleSession.signIn(surviving, "supervisor", "supervisor"),
                    surviving.getProtocol() + "://" + surviving.getHost() + ":" + surviving.getPort()));
            supervisor.await("hello");
            supervisor.send("{\"type\":\"watch\",\"campaigns\":[" + ClusterData.DEMO_CAMPAIGN + "," + WAITING + "]}");
            LiveBoard board = new LiveBoard(supervisor);
            board.await(f -> waiting(f, WAITING) == 0, "the whole board");
            supervisor.send("{\"type\":\"spy\",\"agent\":" + ClusterData.userId("agent2") + "}");
            supervisor.await("spy");

            customer.send(hello("Survivor", null, 0));
            String token = customer.await("welcome").getString("token");
            long chat = assigned(agent);
            supervisor.await(f -> "spied-chat".equals(f.getString("type", ""))
                    && f.getJsonNumber("interaction").longValue() == chat,
                    "the chat the spied agent took on the other node");
            customer.send(message("c-1", "Before the death"));
            long firstSeq = customer.await("ack").getJsonNumber("seq").longValue();
            agent.await(f -> isMessage(f, chat, "Before the death"), "the customer's line before");
            agent.send(agentMessage(chat, "a-1", "Answered before"));
            agent.await("ack");
            customer.await(f -> isMessage(f, chat, "Answered before"), "the agent's line before");
            // The agent writes once more; the node dies before the customer may have read it.
            agent.send(agentMessage(chat, "a-2", "Sent as it died"));
            long lastAcked = agent.await(f -> "ack".equals(f.getString("type", ""))
                    && "a-2".equals(f.getString("clientId", "")),
                    "the line acknowledged").getJsonNumber("seq").longValue();
            long seenByCustomer = customer.received().stream().filter(f -> "message".equals(f.getString("type", "")))
                    .mapToLong(f -> f.getJsonNumber("seq").longValue()).max().orElseThrow();
            for (String line : List.of("Before the death", "Answered before", "Sent as it died")) {
                supervisor.await(f -> isMessage(f, chat, line), "the spied line, from the other node: " + line);
            }

            // A customer waits on the dying node, with no agent: its Max time is the survivor's to keep.
            SocketClient waiter = kept(sockets, SocketClient.customer(dying));
            waiter.send(hello(WAITING, "Waiter", null, 0));
            JsonObject waiting = waiter.await("welcome");
            assertEquals("QUEUED", waiting.getString("state"));
            board.await(f -> waiting(f, WAITING) == 1, "the customer waiting on the other node");

            long died = System.nanoTime();
            Cluster.kill(1);
            customer.awaitClose();
            agent.awaitClose();
            waiter.awaitClose();
            SocketClient waiterBack = kept(sockets, SocketClient.customer(Cluster.balancer()));
            waiterBack.send(hello(WAITING, "Waiter", waiting.getString("token"), 0));
            assertEquals("QUEUED", waiterBack.await("welcome").getString("state"), "still waiting, on the survivor");

            try (SocketClient back = SocketClient.customer(Cluster.balancer());
                 SocketClient agentBack = SocketClient.agent(Cluster.balancer(), agentCookie)) {
                back.send(hello("Survivor", token, seenByCustomer));
                back.await("welcome");
                long resumed = System.nanoTime();
                System.out.printf("ClusterIT: customer resumed %d ms after its node died%n",
                        (resumed - died) / 1_000_000);
                if (seenByCustomer < lastAcked) {
                    back.await(f -> isMessage(f, chat, "Sent as it died"), "the line it had not read yet");
                }
                agentBack.await("hello");
                back.send(message("c-2", "After the death"));
                back.await(f -> "ack".equals(f.getString("type", "")) && "c-2".equals(f.getString("clientId", "")),
                        "ack");
                agentBack.await(f -> isMessage(f, chat, "After the death"), "the customer's line after, at the agent");
                agentBack.send(agentMessage(chat, "a-3", "Answered after"));
                back.await(f -> isMessage(f, chat, "Answered after"), "the agent's line after, at the customer");

                List<Long> seqs = back.received().stream().filter(f -> "message".equals(f.getString("type", "")))
                        .map(f -> f.getJsonNumber("seq").longValue()).toList();
                assertEquals(seqs.stream().distinct().count(), seqs.size(), "nothing twice: " + seqs);
                assertTrue(seqs.stream().allMatch(seq -> seq > seenByCustomer), "only what it had not seen: " + seqs);
                assertTrue(firstSeq < lastAcked);
                for (String line : List.of("After the death", "Answered after")) {
                    supervisor.await(f -> isMessage(f, chat, line), "the spied line, after the death: " + line);
                }
            }

            // A page whose session sticks to the dead node is served by the survivor. The balancer may not know yet that
            // the node died, so a refusal is asked again, as a browser's reload would, for 5 s at most (HTTP/2 to the
            // nodes once made that 10 to 45 s of 503: balancer.cli).
            HttpResponse<byte[]> console = ConsoleSession.get(Cluster.balancer(), "admin/index.xhtml", adminCookie);
            long askedFrom = System.nanoTime();
            while (console.statusCode() == 503 && System.nanoTime() - askedFrom < 5_000_000_000L) {
                Thread.sleep(500);
                console = ConsoleSession.get(Cluster.balancer(), "admin/index.xhtml", adminCookie);
            }
            System.out.printf("ClusterIT: the administrator's page served %d ms after the first ask%n",
                    (System.nanoTime() - askedFrom) / 1_000_000);
            String page = new String(console.body(), StandardCharsets.UTF_8);
            assertEquals(200, console.statusCode());
            assertTrue(page.contains("id=\"shell:signOut\""), "still signed in after its node died");
            assertFalse(page.contains("id=\"login:username\""));

            // The waiting customer came back through the balancer; its Max time comes on the survivor, on time (its
            // sweep looks every 3 s), and the survivor's board sees it go.
            JsonObject ended = waiterBack.await(f -> "ENDED".equals(f.getString("state", null)), "the Max time",
                    MAX_TIME_SECONDS + 30);
            assertEquals("ABANDONED", ended.getString("endReason"));
            long interaction = waiting.getJsonNumber("interaction").longValue();
            Duration waited = Duration.between(ClusterData.queuedAt(interaction), ClusterData.endedAt(interaction));
            assertTrue(waited.compareTo(Duration.ofSeconds(MAX_TIME_SECONDS)) >= 0
                    && waited.compareTo(Duration.ofSeconds(MAX_TIME_SECONDS + 15)) <= 0,
                    "given up at its Max time of " + MAX_TIME_SECONDS + " s, not after " + waited);
            board.await(f -> waiting(f, WAITING) == 0, "nobody waiting any more");
        } finally {
            sockets.forEach(SocketClient::close);
        }
    }
}
