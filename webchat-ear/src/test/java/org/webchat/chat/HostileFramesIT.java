package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 11, points 1 and 3, through the real sockets: a page of another site cannot open the agent's socket with the
 * agent's cookie (cross-site WebSocket hijacking); inputs that once failed deep in the server, were answered
 * {@code retry} and wrote kilobytes of stack trace each are refused at the edge with a code, counted as bad frames,
 * and leave the log alone; a message on an ended chat gets a definite answer.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileFramesIT {

    private static final long CAMPAIGN = 201_101;
    private static final String AGENT = "hostile-0";
    private static final String PASSWORD = "hostile-pass";
    /** The protocol's limit (package-info of org.webchat.chat): ten bad frames close the socket. */
    private static final int BAD_FRAMES_THAT_CLOSE = 10;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignWithOneAgent() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Hostile", true);
        TestCampaigns.addAgents(em, campaign, "hostile", 1, PASSWORD);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAgentSocketOpensOnlyForTheConsolesOwnPages() throws Exception {
        String cookie = ConsoleSession.signIn(base, AGENT, PASSWORD);
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        for (String foreign : List.of("http://evil.example", "http://" + base.getHost() + ":" + (base.getPort() + 1), "null")) {
            try (SocketClient hijacked = SocketClient.agentFrom(base, cookie, foreign)) {
                assertEquals(1008, hijacked.awaitClose(), "a page of " + foreign + " is refused");
                assertEquals(List.of(), hijacked.received(), "not a single frame reaches a page of " + foreign);
            }
        }
        try (SocketClient workspace = SocketClient.agentFrom(base, cookie, own)) {
            JsonObject hello = workspace.await("hello");
            assertEquals("Agent hostile 0", hello.getString("name"));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void hostileInputsAreRefusedAtTheEdgeCountedAndNotLogged() throws Exception {
        String hello = "{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN;
        List<String> hostile = List.of(
                hello + "}",                                                        // no name (to open a chat)
                hello + ",\"name\":\"Eve\",\"email\":\"a\\\"b@x.example\"}",        // an e-mail the entity refused
                "{\"type\":\"hello\",\"v\":1,\"campaign\":1e9999999999,\"name\":\"Eve\"}",
                "{\"type\":\"hello\",\"v\":1,\"campaign\":" + "7".repeat(1100) + ",\"name\":\"Eve\"}",
                "{\"type\":\"hello\",\"v\":1,\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}");
        List<String> codes = List.of("missing-field", "bad-email", "bad-json", "bad-field", "bad-json");
        Path log = Path.of(System.getProperty("it.server.dir"), "log", "server.log");
        long before = Files.size(log);
        int sent = 0;
        for (int round = 0; round < 12; round++) {
            try (SocketClient customer = SocketClient.customer(base)) {
                for (int i = 0; i < hostile.size(); i++) {
                    customer.send(hostile.get(i));
                    assertEquals(codes.get(i), customer.await("error").getString("code"), hostile.get(i).substring(0, 40));
                    sent++;
                }
            }
        }
        long written = Files.size(log) - before;
        System.out.printf("Log bytes written for %d hostile frames: %d (%.1f a frame)%n", sent, written, written / (double) sent);
        assertTrue(written < 2048, "hostile frames leave the log alone; it grew by " + written + " bytes");

        try (SocketClient persistent = SocketClient.customer(base)) {
            for (int i = 0; i < BAD_FRAMES_THAT_CLOSE; i++) {
                persistent.send(hostile.get(i % hostile.size()));
            }
            assertEquals(1008, persistent.awaitClose(), "each is counted as a bad frame: ten close the socket");
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aMessageOnAnEndedChatIsRefusedForGood() throws Exception {
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Ana\"}");
            customer.await("welcome");
            customer.send("{\"type\":\"message\",\"clientId\":\"before-end\",\"text\":\"hello\"}");
            long seq = customer.await("ack").getJsonNumber("seq").longValue();
            customer.send("{\"type\":\"end\"}");
            customer.await(f -> "state".equals(f.getString("type", "")) && "ENDED".equals(f.getString("state", "")), "the end");

            customer.send("{\"type\":\"message\",\"clientId\":\"after-end\",\"text\":\"are you there?\"}");
            JsonObject refused = customer.await("error");
            assertEquals("chat-ended", refused.getString("code"), "a definite answer, not retry");
            assertEquals("after-end", refused.getString("clientId"), "naming the message the client must drop");

            customer.send("{\"type\":\"message\",\"clientId\":\"before-end\",\"text\":\"hello\"}");
            assertEquals(seq, customer.await("ack").getJsonNumber("seq").longValue(),
                    "a resend of a message stored before the end still gets its ack");
        }
    }
}
