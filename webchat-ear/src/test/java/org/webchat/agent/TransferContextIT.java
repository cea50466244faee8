package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
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
import org.webchat.campaign.Language;
import org.webchat.interaction.InteractionTransfer;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 11, point 17 (AGT-08), through the sockets: a transfer carries context. The agent who asks writes a note that
 * the receiving agent reads in the offer and with the chat; the customer and both agents read who took over, in the
 * chat's language, named only where the campaign shows agent names (ADV-08); and the receiving agent sees the
 * customer's own wait (AGT-03), not the time since the transfer.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransferContextIT {

    private static final long SUPPORT = 201_701;
    private static final long BILLING = 201_702;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignThatNamesItsAgentsAndOneThatDoesNot() throws Exception {
        tx.begin();
        Campaign support = TestCampaigns.create(em, SUPPORT, "Soporte", true);
        support.setDefaultLanguage(Language.ES);
        TestCampaigns.addAgents(em, support, "ctx", 2, "ctx-pw");
        Campaign billing = TestCampaigns.create(em, BILLING, "Facturación", true);
        billing.setDefaultLanguage(Language.ES);
        billing.setShowAgentName(false);
        TestCampaigns.addAgents(em, billing, "bill", 1, "ctx-pw");
        tx.commit();
    }

    private SocketClient agent(String login) throws Exception {
        return SocketClient.agent(base, ConsoleSession.signIn(base, login, "ctx-pw"));
    }

    private static String hello(String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + SUPPORT + ",\"name\":\"" + name + "\",\"language\":\"es\"}";
    }

    private static Predicate<JsonObject> frame(String type, long interaction) {
        return f -> type.equals(f.getString("type", "")) && f.containsKey("interaction")
                && f.getJsonNumber("interaction").longValue() == interaction;
    }

    private static Predicate<JsonObject> systemLine(long interaction, String text) {
        return f -> frame("message", interaction).test(f) && "system".equals(f.getString("from", ""))
                && text.equals(f.getString("text", ""));
    }

    private static String transfer(long interaction, String target, long id, String note) {
        return Json.createObjectBuilder().add("type", "transfer").add("interaction", interaction).add(target, id)
                .add("note", note).build().toString();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAgentWhoTakesAChatReadsTheNoteAndTheCustomersOwnWaitAndEveryoneReadsWhoTookOver() throws Exception {
        try (SocketClient ctx0 = agent("ctx-0"); SocketClient customer = SocketClient.customer(base)) {
            ctx0.await("hello");
            customer.send(hello("Rita"));
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            long waited = ctx0.await(frame("assigned", chat), "the chat").getJsonNumber("waitedSeconds").longValue();
            // The first agent keeps the chat a while: a wait counted up to the transfer would be longer.
            Thread.sleep(2_100);
            try (SocketClient ctx1 = agent("ctx-1")) {
                long ctx1Id = ctx1.await("hello").getJsonNumber("agent").longValue();
                ctx0.send(transfer(chat, "agent", ctx1Id, "  Wants a refund of order 4471; already checked the address.  "));
                ctx0.await(frame("transfer-requested", chat), "the request");
                JsonObject offer = ctx1.await(frame("transfer-offer", chat), "the offer");
                assertEquals("Wants a refund of order 4471; already checked the address.", offer.getString("note"),
                        "issue 11, point 17 (AGT-08): the note reaches the agent asked, in the offer");
                ctx1.send("{\"type\":\"accept-transfer\",\"interaction\":" + chat + "}");
                JsonObject assigned = ctx1.await(frame("assigned", chat), "the chat, now ctx-1's");
                assertEquals(waited, assigned.getJsonNumber("waitedSeconds").longValue(),
                        "issue 11, point 17 (AGT-03): the customer's own wait, not the transfer's");
                JsonObject context = assigned.getJsonObject("transfer");
                assertEquals("Agent ctx 0", context.getString("fromName"));
                assertEquals("Wants a refund of order 4471; already checked the address.", context.getString("note"),
                        "the note stays with the chat once taken");

                String line = "Agent ctx 1 ha tomado su chat";
                customer.await(systemLine(chat, line), "the customer reads who took over, in Spanish");
                ctx1.await(systemLine(chat, line), "the new agent reads it in the conversation");
                assertEquals("Agent ctx 1", ctx0.await(frame("transferred", chat), "the chat left ctx-0")
                        .getString("takenBy"), "the agent who asked reads who took over");

                // A reload of the receiving workspace finds the note and the wait again.
                try (SocketClient again = agent("ctx-1")) {
                    JsonObject mine = again.await("hello").getJsonArray("chats").stream().map(JsonObject.class::cast)
                            .filter(c -> c.getJsonNumber("interaction").longValue() == chat).findFirst().orElseThrow();
                    assertEquals("Wants a refund of order 4471; already checked the address.",
                            mine.getJsonObject("transfer").getString("note"));
                    assertEquals(waited, mine.getJsonNumber("waitedSeconds").longValue());
                }
                ctx1.send("{\"type\":\"end\",\"interaction\":" + chat + "}");
            }
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void aChatTakenInAnotherCampaignThatHidesAgentNamesSaysAnotherAgentTookOver() throws Exception {
        try (SocketClient ctx0 = agent("ctx-0"); SocketClient customer = SocketClient.customer(base)) {
            ctx0.await("hello");
            customer.send(hello("Sara"));
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            ctx0.await(frame("assigned", chat), "the chat");
            try (SocketClient bill = agent("bill-0")) {
                bill.await("hello");
                ctx0.send(transfer(chat, "campaign", BILLING, "Invoice 88 was charged twice"));
                JsonObject assigned = bill.await(frame("assigned", chat), "the chat, taken in Billing");
                assertEquals("Invoice 88 was charged twice", assigned.getJsonObject("transfer").getString("note"),
                        "issue 11, point 17 (AGT-08): the note reaches whoever takes it in the campaign");
                assertEquals("Agent ctx 0", assigned.getJsonObject("transfer").getString("fromName"));
                customer.await(systemLine(chat, "Otro agente ha tomado su chat"),
                        "ADV-08: Billing hides its agents' names, so does the line");
                assertTrue(customer.pending(f -> "system".equals(f.getString("from", ""))
                        && f.getString("text", "").contains("Agent bill")).isEmpty(), "the name is never told");
                assertEquals("Agent bill 0", ctx0.await(f -> frame("transferred", chat).test(f) && f.containsKey("takenBy"),
                        "who took it, told to the agent who asked").getString("takenBy"));
                bill.send("{\"type\":\"end\",\"interaction\":" + chat + "}");
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aNoteLongerThanFiveHundredCharactersIsRefusedAndNothingIsTransferred() throws Exception {
        try (SocketClient ctx0 = agent("ctx-0"); SocketClient customer = SocketClient.customer(base)) {
            ctx0.await("hello");
            customer.send(hello("Tea"));
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            ctx0.await(frame("assigned", chat), "the chat");
            ctx0.send(transfer(chat, "campaign", BILLING, "x".repeat(InteractionTransfer.NOTE_MAX + 1)));
            assertEquals("too-long", ctx0.await("error").getString("code"), "validated at the edge");
            ctx0.send("{\"type\":\"message\",\"interaction\":" + chat + ",\"clientId\":\"still-mine\",\"text\":\"Hola\"}");
            ctx0.await(f -> "ack".equals(f.getString("type", "")) && "still-mine".equals(f.getString("clientId", "")),
                    "the chat is still this agent's");
            assertFalse(ctx0.received().stream().anyMatch(frame("transferred", chat)));
            ctx0.send("{\"type\":\"end\",\"interaction\":" + chat + "}");
        }
    }
}
