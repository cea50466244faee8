package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.MessageWriter;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.StalledSocket;
import org.webchat.it.TestCampaigns;

/**
 * Issue 16, the message path under load, through the real sockets: messages are stored by group commit and read
 * without waiting for their commit, yet a resend is stored once however it races, nothing is acknowledged before
 * its commit, each chat keeps its order under concurrent writers, frames that queue while the server is held up
 * do not look like a flood, and a client that stops reading delays no other chat.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagePathIT {

    private static final long CAMPAIGN = 216_001;
    private static final String PASSWORD = "path-pass";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    private static String hello(String name, String token) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"" + name + "\",\"language\":\"en\""
                + (token == null ? "" : ",\"token\":\"" + token + "\",\"lastSeq\":0") + "}";
    }

    private static String message(String clientId, String text) {
        return "{\"type\":\"message\",\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}";
    }

    private static Predicate<JsonObject> ack(String clientId) {
        return f -> "ack".equals(f.getString("type", "")) && clientId.equals(f.getString("clientId", ""));
    }

    private static Predicate<JsonObject> messageOf(String clientId) {
        return f -> "message".equals(f.getString("type", "")) && clientId.equals(f.getString("clientId", ""));
    }

    private static long seq(JsonObject frame) {
        return frame.getJsonNumber("seq").longValue();
    }

    /** A customer of the test campaign with its chat open: its welcome taken, its token and interaction kept. */
    private record Chat(SocketClient socket, String token, long interaction) {
        static Chat open(URL base, String name) throws Exception {
            SocketClient socket = SocketClient.customer(base);
            socket.send(hello(name, null));
            JsonObject welcome = socket.await("welcome");
            return new Chat(socket, welcome.getString("token"), welcome.getJsonNumber("interaction").longValue());
        }

        /** The customer ends the chat (no agent is to find it waiting) and closes. */
        void end() throws Exception {
            socket.send("{\"type\":\"end\"}");
            socket.await(f -> "ENDED".equals(f.getString("state", null)), "the end");
            socket.close();
        }

        /** Another tab of the same chat. */
        SocketClient tab(URL base) throws Exception {
            SocketClient tab = SocketClient.customer(base);
            tab.send(hello("Tab", token));
            tab.await("welcome");
            return tab;
        }
    }

    private long stored(long interaction, String clientId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM chat_message WHERE interaction_id = ?1 AND client_id = ?2")
                .setParameter(1, interaction).setParameter(2, clientId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> storedMessages(long interaction) {
        return em.createNativeQuery("SELECT seq, client_id FROM chat_message WHERE interaction_id = ?1 ORDER BY seq")
                .setParameter(1, interaction).getResultList();
    }

    @Test
    @Order(1)
    void aCampaignWithOneAgent() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Message path", true);
        TestCampaigns.addAgents(em, campaign, "path", 1, PASSWORD);
        tx.commit();
    }

    @Test
    @Order(2)
    void concurrentResendsOfOneClientIdAreStoredOnceAndAllAcknowledgedWithItsSeq() throws Exception {
        Chat chat = Chat.open(base, "Resending Rosa");
        List<SocketClient> tabs = new ArrayList<>(List.of(chat.socket()));
        for (int i = 0; i < 5; i++) {
            tabs.add(chat.tab(base));
        }
        ExecutorService senders = Executors.newFixedThreadPool(tabs.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> sent = new ArrayList<>();
            for (SocketClient tab : tabs) { // the same message from six tabs at once: lost acks, resent everywhere
                sent.add(senders.submit(() -> {
                    go.await();
                    for (int r = 0; r < 3; r++) {
                        tab.send(message("once-1", "Stored once"));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
            Set<Long> seqs = new HashSet<>();
            for (SocketClient tab : tabs) {
                for (int r = 0; r < 3; r++) {
                    seqs.add(seq(tab.await(ack("once-1"), "ack " + r)));
                }
            }
            assertEquals(1, seqs.size(), "every resend is acknowledged with the first one's seq: " + seqs);
            assertEquals(1, stored(chat.interaction(), "once-1"));
            assertEquals(1, storedMessages(chat.interaction()).size(), "nothing else was stored");
        } finally {
            senders.shutdownNow();
            tabs.subList(1, tabs.size()).forEach(SocketClient::close);
            chat.end();
        }
    }

    @Test
    @Order(3)
    void aFailedTransactionAcknowledgesNothingAndTheResendThenSucceeds() throws Exception {
        // A rule of the database's that refuses one text: the transaction storing it fails at its commit's statements.
        tx.begin();
        em.createNativeQuery("ALTER TABLE chat_message ADD CONSTRAINT ck_path_test_refuses CHECK (text <> 'Refused once')")
                .executeUpdate();
        tx.commit();
        Chat failing = Chat.open(base, "Failing Fabio");
        Chat other = Chat.open(base, "Other Olga");
        try {
            failing.socket().send(message("f-0", "Before"));
            long before = seq(failing.socket().await(ack("f-0"), "the first ack"));
            // Sent together with another chat's message, which may share its transaction: that one is stored anyway.
            failing.socket().send(message("f-1", "Refused once"));
            other.socket().send(message("o-1", "Fine"));
            JsonObject error = failing.socket().await(f -> "error".equals(f.getString("type", "")), "the refusal");
            assertEquals("f-1", error.getString("clientId"), "the client learns which message was not stored");
            other.socket().await(ack("o-1"), "the other chat's ack");
            Thread.sleep(500);
            assertTrue(failing.socket().pending(ack("f-1")).isEmpty(), "no ack for what was not committed");
            assertTrue(failing.socket().pending(messageOf("f-1")).isEmpty(), "nor was it relayed");
            assertEquals(0, stored(failing.interaction(), "f-1"));

            tx.begin();
            em.createNativeQuery("ALTER TABLE chat_message DROP CONSTRAINT ck_path_test_refuses").executeUpdate();
            tx.commit();
            failing.socket().send(message("f-1", "Refused once"));
            assertEquals(before + 1, seq(failing.socket().await(ack("f-1"), "the resend's ack")),
                    "the resend is stored with the next seq: the failure left no gap");
            failing.socket().await(messageOf("f-1"), "the resend relayed");
            assertEquals(1, stored(failing.interaction(), "f-1"));
        } finally {
            failing.end();
            other.end();
        }
    }

    @Test
    @Order(4)
    void eachChatKeepsTheOrderOfItsWritersUnderConcurrentWriters() throws Exception {
        String cookie = ConsoleSession.signIn(base, "path-0", PASSWORD);
        try (SocketClient agent = SocketClient.agent(base, cookie)) {
            agent.await("hello");
            Chat chat = Chat.open(base, "Busy Bruno");
            long interaction = chat.interaction();
            agent.await(f -> "assigned".equals(f.getString("type", "")) && f.getJsonNumber("interaction").longValue()
                    == interaction, "the assignment");
            List<SocketClient> writers = new ArrayList<>(List.of(chat.socket(), chat.tab(base), chat.tab(base), agent));
            int each = 25;
            ExecutorService senders = Executors.newFixedThreadPool(writers.size());
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> sent = new ArrayList<>();
                for (int w = 0; w < writers.size(); w++) {
                    SocketClient writer = writers.get(w);
                    String prefix = "w" + w + "-";
                    boolean isAgent = writer == agent;
                    sent.add(senders.submit(() -> {
                        go.await();
                        for (int i = 0; i < each; i++) { // not waiting for acks: a burst within the flood guard's 30
                            writer.send(isAgent ? "{\"type\":\"message\",\"interaction\":" + interaction + ",\"clientId\":\""
                                    + prefix + i + "\",\"text\":\"line " + i + "\"}" : message(prefix + i, "line " + i));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : sent) {
                    f.get();
                }
                for (int w = 0; w < writers.size(); w++) {
                    long last = 0;
                    for (int i = 0; i < each; i++) {
                        long seq = seq(writers.get(w).await(ack("w" + w + "-" + i), "ack " + w + "-" + i));
                        assertTrue(seq > last, "writer " + w + ": message " + i + " after the one before it");
                        last = seq;
                    }
                }
                List<Object[]> rows = storedMessages(interaction);
                for (int i = 0; i < rows.size(); i++) {
                    assertEquals(i + 1L, ((Number) rows.get(i)[0]).longValue(), "seqs without gap or repeat");
                }
                Map<String, Long> seqOf = new java.util.HashMap<>();
                rows.stream().filter(r -> r[1] != null).forEach(r -> seqOf.put((String) r[1], ((Number) r[0]).longValue()));
                for (int w = 0; w < writers.size(); w++) {
                    for (int i = 1; i < each; i++) {
                        assertTrue(seqOf.get("w" + w + "-" + i) > seqOf.get("w" + w + "-" + (i - 1)), "stored in the order sent");
                    }
                }
                long seen = 0;
                for (int n = 0; n < writers.size() * each; n++) {
                    long seq = seq(agent.await(f -> "message".equals(f.getString("type", "")) && f.getString("clientId", "")
                            .startsWith("w"), "relayed message " + n));
                    assertTrue(seq > seen, "the agent receives the chat in its order");
                    seen = seq;
                }
            } finally {
                senders.shutdownNow();
                writers.stream().filter(w -> w != agent).forEach(SocketClient::close);
            }
        }
        Thread.sleep(1000); // the agent's logout follows its socket's close: the next chats wait in the queue
    }

    @Test
    @Order(5)
    void framesQueuedWhileTheServerIsHeldUpWithinTheLimitsDoNotCloseTheCustomer() throws Exception {
        Chat chat = Chat.open(base, "Patient Paula");
        int frames = 36; // four a second for nine seconds: within the documented 10 a second after a burst of 30
        tx.begin();
        try {
            // Another transaction holds the chat's row: none of these messages can be stored until it ends.
            em.createNativeQuery("SELECT id FROM interaction WHERE id = ?1 FOR UPDATE").setParameter(1, chat.interaction())
                    .getResultList();
            for (int i = 0; i < frames; i++) {
                chat.socket().send(message("q-" + i, "queued " + i));
                Thread.sleep(250);
            }
            assertTrue(chat.socket().pending(ack("q-0")).isEmpty(), "nothing acknowledged while it cannot be stored");
        } finally {
            tx.commit();
        }
        long last = 0;
        for (int i = 0; i < frames; i++) {
            long seq = seq(chat.socket().await(ack("q-" + i), "ack " + i));
            assertTrue(seq > last);
            last = seq;
        }
        assertTrue(chat.socket().isOpen(), "the customer was not taken for a flood");
        chat.socket().close();
    }

    @Test
    @Order(6)
    void aClientThatStopsReadingDelaysNoOtherChat() throws Exception {
        Chat flooded = Chat.open(base, "Frozen Fran");
        List<SocketClient> opened = new ArrayList<>();
        Chat neighbour = null;
        // A chat whose messages are stored by the same writer as the frozen one's: it would wait if that writer did.
        while (neighbour == null) {
            Chat candidate = Chat.open(base, "Neighbour Nora");
            opened.add(candidate.socket());
            if (Math.floorMod(candidate.interaction(), MessageWriter.LANES)
                    == Math.floorMod(flooded.interaction(), MessageWriter.LANES)) {
                neighbour = candidate;
            }
        }
        List<SocketClient> tabs = new ArrayList<>();
        try (StalledSocket frozen = StalledSocket.customer(base, hello("Frozen Fran", flooded.token()))) {
            for (int t = 0; t < 6; t++) {
                tabs.add(flooded.tab(base));
            }
            String big = "x".repeat(7000);
            // 150 messages of 7 KB, each relayed to every tab: 1 MB at the frozen one. 25 a tab: with its hello, within
            // the flood guard's burst of 30 however fast they go.
            for (int i = 0; i < 25; i++) {
                for (int t = 0; t < tabs.size(); t++) {
                    tabs.get(t).send(message("big-" + t + "-" + i, big));
                }
            }
            neighbour.socket().send(message("n-1", "Still here?"));
            assertEquals(1, seq(neighbour.socket().await(ack("n-1"), "the neighbour's ack")));
            neighbour.socket().await(messageOf("n-1"), "the neighbour's message relayed");
            for (int i = 0; i < 25; i++) { // the frozen tab's chat goes on in its other tabs too
                for (int t = 0; t < tabs.size(); t++) {
                    tabs.get(0).await(messageOf("big-" + t + "-" + i), "message " + t + "-" + i + " in a live tab");
                }
            }
            assertFalse(tabs.get(0).pending(f -> "error".equals(f.getString("type", ""))).iterator().hasNext());
            assertTrue(tabs.stream().allMatch(SocketClient::isOpen), "no live tab was closed");
        } finally {
            tabs.forEach(SocketClient::close);
            opened.forEach(SocketClient::close);
            flooded.socket().close();
        }
    }
}
