package org.webchat.call;

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
import org.webchat.campaign.Campaign;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 14 through the real sockets (AV-01..03, AGT-04): a call rings, is answered in one window of the agent, and
 * its signalling reaches the other side's endpoint only, rebuilt from checked fields; the agent is on a call while it
 * is up; every end (hang-up, decline, no answer, a closed socket, the chat's end) is stored with its reason and leaves
 * a line in the chat; calls of another agent's chat are refused by id; a campaign without ADV-12 refuses them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallIT {

    private static final long CALLS = 214_001;
    private static final long OTHER = 214_002;
    private static final long NO_CALLS = 214_003;
    private static final long NOBODY = 214_004;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void campaignsWithAndWithoutCalls() throws Exception {
        tx.begin();
        Campaign calls = TestCampaigns.create(em, CALLS, "Calls", true);
        calls.setAudioVideoAllowed(true);
        TestCampaigns.addAgents(em, calls, "caller", 1, "caller-pw");
        Campaign other = TestCampaigns.create(em, OTHER, "Other calls", true);
        other.setAudioVideoAllowed(true);
        TestCampaigns.addAgents(em, other, "othercaller", 1, "caller-pw");
        Campaign none = TestCampaigns.create(em, NO_CALLS, "No calls", true);
        TestCampaigns.addAgents(em, none, "nocaller", 1, "caller-pw");
        Campaign nobody = TestCampaigns.create(em, NOBODY, "Nobody", true);
        nobody.setAudioVideoAllowed(true);
        tx.commit();
    }

    private static Predicate<JsonObject> type(String type) {
        return f -> type.equals(f.getString("type", ""));
    }

    private static Predicate<JsonObject> call(String state) {
        return f -> "call-state".equals(f.getString("type", "")) && state.equals(f.getString("state", ""));
    }

    private static Predicate<JsonObject> call(long id, String state) {
        return call(state).and(f -> f.getJsonNumber("call").longValue() == id);
    }

    private static Predicate<JsonObject> error(String code) {
        return f -> "error".equals(f.getString("type", "")) && code.equals(f.getString("code", ""));
    }

    private static Predicate<JsonObject> line(String text) {
        return f -> "message".equals(f.getString("type", "")) && "system".equals(f.getString("from", ""))
                && text.equals(f.getString("text", ""));
    }

    /** A customer of {@code campaign} whose chat its agent took; returns the chat's id. */
    private static long chatWith(SocketClient customer, SocketClient agent, long campaign, String name) throws Exception {
        customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\",\"language\":\"en\"}");
        long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
        agent.await(f -> "assigned".equals(f.getString("type", "")) && f.getJsonNumber("interaction").longValue() == chat,
                "the chat of " + name);
        customer.await(f -> "state".equals(f.getString("type", "")) && "ASSIGNED".equals(f.getString("state", ""))
                || "welcome".equals(f.getString("type", "")) && "ASSIGNED".equals(f.getString("state", "")), "the agent");
        return chat;
    }

    @Test
    @Order(2)
    @RunAsClient
    void aVideoCallRingsIsAnsweredInOneWindowAndItsSignallingReachesOnlyTheOtherEndpoint() throws Exception {
        String cookie = ConsoleSession.signIn(base, "caller-0", "caller-pw");
        try (SocketClient desk = SocketClient.agent(base, cookie); SocketClient window = SocketClient.agent(base, cookie);
             SocketClient customer = SocketClient.customer(base)) {
            assertTrue(desk.await("hello").getJsonArray("chats").isEmpty());
            window.await("hello");
            long chat = chatWith(customer, desk, CALLS, "Vera");
            JsonObject assigned = window.await(type("assigned"), "the chat in the second window");
            assertTrue(assigned.getBoolean("calls"), "ADV-12 on: the workspace may call");

            customer.send("{\"type\":\"call-start\",\"kind\":\"video\"}");
            JsonObject ringing = customer.await(call("RINGING"), "the customer's ring");
            assertTrue(ringing.getBoolean("here"), "the caller's socket is its endpoint");
            assertEquals("video", ringing.getString("kind"));
            assertEquals("customer", ringing.getString("from"));
            assertTrue(ringing.containsKey("expiresAt") && !ringing.containsKey("ice"), ringing.toString());
            long id = ringing.getJsonNumber("call").longValue();
            JsonObject rings = desk.await(call("RINGING"), "the ring at the agent");
            assertFalse(rings.getBoolean("here"));
            assertEquals(chat, rings.getJsonNumber("interaction").longValue());
            window.await(call("RINGING"), "the ring in the other window");

            customer.send("{\"type\":\"call-start\",\"kind\":\"audio\"}");
            customer.await(error("call-busy"), "a second call of the chat");

            window.send("{\"type\":\"call-answer\",\"call\":" + id + "}");
            JsonObject up = window.await(call("ACTIVE"), "the call up where it was answered");
            assertTrue(up.getBoolean("here"));
            assertEquals("all", up.getJsonObject("ice").getString("iceTransportPolicy"));
            JsonObject elsewhere = desk.await(call("ACTIVE"), "the call up, seen from the first window");
            assertFalse(elsewhere.getBoolean("here"));
            assertFalse(elsewhere.containsKey("ice"), "only the endpoints get the ICE servers");
            JsonObject customerUp = customer.await(call("ACTIVE"), "the call up at the customer");
            assertTrue(customerUp.getBoolean("here") && customerUp.containsKey("ice"));
            assertEquals("ON_CALL", desk.await(f -> "agent-state".equals(f.getString("type", ""))
                    && "ON_CALL".equals(f.getString("state", "")), "the agent on a call").getString("state"));

            // The caller offers; extra fields are never relayed.
            customer.send("{\"type\":\"call-signal\",\"call\":" + id + ",\"x\":\"<script>\",\"description\":"
                    + "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\n\",\"evil\":1}}");
            JsonObject offer = window.await(type("call-signal"), "the offer at the answering window");
            assertEquals("offer", offer.getJsonObject("description").getString("type"));
            assertEquals("v=0\r\n", offer.getJsonObject("description").getString("sdp"));
            assertFalse(offer.containsKey("x") || offer.getJsonObject("description").containsKey("evil"), offer.toString());
            window.send("{\"type\":\"call-signal\",\"call\":" + id + ",\"candidates\":[{\"candidate\":"
                    + "\"candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}]}");
            JsonObject candidates = customer.await(type("call-signal"), "the candidates at the customer");
            assertEquals("0", candidates.getJsonArray("candidates").getJsonObject(0).getString("sdpMid"));
            desk.send("{\"type\":\"call-signal\",\"call\":" + id + ",\"candidates\":[{\"candidate\":\"\"}]}");
            desk.await(error("not-yours"), "signalling from a window that is not the call's");
            window.send("{\"type\":\"call-signal\",\"call\":" + id + ",\"description\":{\"type\":\"pranswer\",\"sdp\":\"x\"}}");
            window.await(error("bad-field"), "a description that is neither offer nor answer");
            Thread.sleep(300);
            assertTrue(desk.pending(type("call-signal")).isEmpty(), "signalling reaches the other endpoint only");

            int statesBefore = desk.pending(type("agent-state")).size();
            customer.send("{\"type\":\"call-hangup\",\"call\":" + id + "}");
            JsonObject ended = window.await(call(id, "ENDED"), "the end at the agent");
            assertEquals("HUNG_UP", ended.getString("endReason"));
            assertEquals("customer", ended.getString("endedBy"));
            customer.await(call("ENDED"), "the end at the customer");
            String said = customer.await(f -> "message".equals(f.getString("type", ""))
                    && f.getString("text", "").startsWith("Video call · "), "the call's line").getString("text");
            assertTrue(said.matches("Video call · 0:0\\d"), said);
            desk.await(line(said), "the same line in the workspace");
            offTheCall(desk, statesBefore);

            // The agent calls the customer, who declines.
            desk.send("{\"type\":\"call-start\",\"interaction\":" + chat + ",\"kind\":\"audio\"}");
            JsonObject ring = customer.await(call("RINGING").and(f -> "agent".equals(f.getString("from"))),
                    "the agent's call at the customer");
            assertEquals("agent", ring.getString("from"));
            long declined = ring.getJsonNumber("call").longValue();
            customer.send("{\"type\":\"call-decline\",\"call\":" + declined + "}");
            assertEquals("DECLINED", desk.await(call(declined, "ENDED"), "declined").getString("endReason"));
            desk.await(line("Audio call declined"), "the declined call's line");

            // Up again, then the customer's socket goes: the call ends, DISCONNECTED.
            customer.send("{\"type\":\"call-start\",\"kind\":\"audio\"}");
            customer.await(call("ENDED"), "the declined call's end at the customer");
            long third = customer.await(call("RINGING"), "a third call").getJsonNumber("call").longValue();
            desk.send("{\"type\":\"call-answer\",\"call\":" + third + "}");
            customer.await(call(third, "ACTIVE"), "the third call up");
            customer.close();
            JsonObject dropped = desk.await(call(third, "ENDED"), "the drop");
            assertEquals("DISCONNECTED", dropped.getString("endReason"));
        }
    }

    /** A new agent-state after the {@code before} ones pending, and it is not ON_CALL. */
    private static void offTheCall(SocketClient desk, int before) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<JsonObject> states = desk.pending(type("agent-state"));
        while (states.size() <= before && System.nanoTime() < deadline) {
            Thread.sleep(100);
            states = desk.pending(type("agent-state"));
        }
        assertTrue(states.size() > before, "the agent's state changed after the call: " + states);
        assertFalse("ON_CALL".equals(states.get(states.size() - 1).getString("state")), "off the call: " + states);
    }

    @Test
    @Order(3)
    @RunAsClient
    void callsOfAnotherAgentsChatAreRefusedByIdAndCampaignsWithoutCallsRefuseThem() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "caller-0", "caller-pw"));
             SocketClient stranger = SocketClient.agent(base, ConsoleSession.signIn(base, "othercaller-0", "caller-pw"));
             SocketClient customer = SocketClient.customer(base)) {
            agent.await("hello");
            stranger.await("hello");
            long chat = chatWith(customer, agent, CALLS, "Olga");
            customer.send("{\"type\":\"call-start\",\"kind\":\"video\"}");
            long id = customer.await(call("RINGING"), "the ring").getJsonNumber("call").longValue();
            assertTrue(stranger.pending(call("RINGING")).isEmpty(), "another agent hears no ring");

            stranger.send("{\"type\":\"call-start\",\"interaction\":" + chat + ",\"kind\":\"audio\"}");
            stranger.await(error("not-yours"), "a call in another agent's chat");
            stranger.send("{\"type\":\"call-answer\",\"call\":" + id + "}");
            stranger.await(error("call-gone"), "answering another agent's call by its id");
            stranger.send("{\"type\":\"call-hangup\",\"call\":" + id + "}");
            stranger.await(error("call-gone"), "hanging up another agent's call by its id");
            stranger.send("{\"type\":\"call-signal\",\"call\":" + id + ",\"candidates\":[{\"candidate\":\"\"}]}");
            stranger.await(error("call-gone"), "signalling into another agent's call");
            customer.send("{\"type\":\"call-answer\",\"call\":" + id + "}");
            customer.await(error("call-gone"), "the caller cannot answer its own call");

            agent.send("{\"type\":\"end\",\"interaction\":" + chat + "}");
            assertEquals("CHAT_ENDED", customer.await(call("ENDED"), "the chat's end ends its call").getString("endReason"));
        }
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "nocaller-0", "caller-pw"));
             SocketClient customer = SocketClient.customer(base)) {
            agent.await("hello");
            chatWith(customer, agent, NO_CALLS, "Nina");
            customer.send("{\"type\":\"call-start\",\"kind\":\"video\"}");
            customer.await(error("calls-off"), "ADV-12 off");
        }
        try (SocketClient waiting = SocketClient.customer(base)) {
            waiting.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + NOBODY + ",\"name\":\"Wanda\"}");
            waiting.await("welcome");
            waiting.send("{\"type\":\"call-start\",\"kind\":\"video\"}");
            waiting.await(error("no-agent"), "no call before an agent attends");
        }
    }

    @Test
    @Order(4)
    void aShortRingTime() {
        System.setProperty("webchat.call.ring-seconds", "5");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aCallNobodyAnswersEndsWhenItsRingLapses() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "caller-0", "caller-pw"));
             SocketClient customer = SocketClient.customer(base)) {
            agent.await("hello");
            chatWith(customer, agent, CALLS, "Lara");
            customer.send("{\"type\":\"call-start\",\"kind\":\"video\"}");
            customer.await(call("RINGING"), "the ring");
            long started = System.nanoTime();
            assertEquals("NO_ANSWER", customer.await(call("ENDED"), "the lapse").getString("endReason"));
            assertTrue(System.nanoTime() - started > 3_000_000_000L, "it rang its time");
            customer.await(line("Missed video call"), "the missed call's line");
            agent.await(line("Missed video call"), "the line in the workspace");
        }
    }

    @Test
    @Order(6)
    void everyCallIsStoredWithItsReason() {
        System.clearProperty("webchat.call.ring-seconds");
        List<Call> calls = em.createQuery("select c from Call c where c.interaction.campaign.id = :campaign order by c.id",
                Call.class).setParameter("campaign", CALLS).getResultList();
        assertEquals(List.of(CallEnd.HUNG_UP, CallEnd.DECLINED, CallEnd.DISCONNECTED, CallEnd.CHAT_ENDED, CallEnd.NO_ANSWER),
                calls.stream().map(c -> c.getEndReason().orElseThrow()).toList());
        Call first = calls.get(0);
        assertEquals(CallKind.VIDEO, first.getKind());
        assertEquals(CallSide.CUSTOMER, first.getStartedBy());
        assertEquals(CallSide.CUSTOMER, first.getEndedBy().orElseThrow());
        assertTrue(first.getAnsweredAt().isPresent() && first.duration(first.getEndedAt().orElseThrow()).isPresent());
        assertEquals(CallSide.AGENT, calls.get(1).getStartedBy());
        assertTrue(calls.get(1).getAnsweredAt().isEmpty(), "a declined call was never answered");
        assertTrue(calls.stream().allMatch(c -> c.getState() == CallState.ENDED && c.getAgent().isPresent()));
    }
}
