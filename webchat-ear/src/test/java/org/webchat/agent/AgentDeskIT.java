package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.webchat.campaign.Language;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionTransfer;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;
import org.webchat.quality.QualityModel;

/**
 * What the agent workspace reads and does through its socket (issue 5, AGT-01..09): the chat's details, the
 * customer's earlier conversations, canned responses, files sent by the agent, the quality model after the end,
 * breaks, and transfers to an agent or a campaign with their return when nobody takes them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentDeskIT {

    private static final long DESK = 200_401;
    private static final long OTHER = 200_402;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignWithCannedResponsesAQualityModelAndAShortTransferTime() throws Exception {
        tx.begin();
        Campaign desk = TestCampaigns.create(em, DESK, "Help desk", true);
        desk.setMaxTransferSeconds(3);
        desk.setDefaultLanguage(Language.EN);
        desk.addCannedResponse("hello", "Greeting", "Good morning, how can I help?", Language.EN);
        desk.addCannedResponse("hola", "Saludo", "Buenos días, ¿en qué puedo ayudarle?", Language.ES);
        desk.addCannedResponse("bye", "Goodbye", "Thank you for writing to us.", null);
        QualityModel model = new QualityModel("Service", "How the chat went");
        model.addQuestion("Solved the problem", 2, 1, 5);
        model.addQuestion("Was polite", 1, 1, 5);
        em.persist(model);
        desk.setQualityModel(model);
        TestCampaigns.addAgents(em, desk, "desk", 2, "desk-pw");
        TestCampaigns.create(em, OTHER, "Sales", true);
        TestCampaigns.breakType(em, "Lunch", "pi pi-apple");
        tx.commit();
    }

    private SocketClient agent(String login) throws Exception {
        return SocketClient.agent(base, ConsoleSession.signIn(base, login, "desk-pw"));
    }

    private static String hello(String name, String email) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + DESK + ",\"name\":\"" + name + "\",\"email\":\"" + email
                + "\",\"extra\":\"ID 4471\",\"language\":\"en\",\"pageUrl\":\"https://shop.example.com/cart\"}";
    }

    private static Predicate<JsonObject> frame(String type, long interaction) {
        return f -> type.equals(f.getString("type", "")) && f.containsKey("interaction")
                && f.getJsonNumber("interaction").longValue() == interaction;
    }

    private static String on(String type, long interaction) {
        return "{\"type\":\"" + type + "\",\"interaction\":" + interaction + "}";
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAgentSeesWhoWritesFromWhereTheirEarlierChatsAndTheCannedResponses() throws Exception {
        try (SocketClient desk = agent("desk-0")) {
            JsonObject hello = desk.await("hello");
            assertEquals("Agent desk 0", hello.getString("name"));
            assertEquals("AVAILABLE", hello.getString("state"));
            long first;
            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send(hello("Rosa", "rosa@example.com"));
                first = customer.await("welcome").getJsonNumber("interaction").longValue();
                JsonObject assigned = desk.await(frame("assigned", first), "the first chat");
                assertEquals("Rosa", assigned.getString("customer"));
                assertEquals("rosa@example.com", assigned.getString("email"));
                assertEquals("ID 4471", assigned.getString("extra"), "ADV-14's field");
                assertEquals("https://shop.example.com/cart", assigned.getString("pageUrl"), "AGT-09");
                assertEquals("Help desk", assigned.getString("campaignName"));
                assertTrue(assigned.getJsonNumber("waitedSeconds").longValue() >= 0, "AGT-03");
                desk.send("{\"type\":\"message\",\"interaction\":" + first + ",\"clientId\":\"d-1\",\"text\":\"Your order left today\"}");
                desk.await("ack");
                customer.send("{\"type\":\"page\",\"url\":\"https://shop.example.com/orders\"}");
                assertEquals("https://shop.example.com/orders", desk.await(frame("page", first), "the page").getString("url"));
                desk.send(on("end", first));
                desk.await(frame("ended", first), "the end");
            }
            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send(hello("Rosa", "ROSA@example.com"));
                long second = customer.await("welcome").getJsonNumber("interaction").longValue();
                desk.await(frame("assigned", second), "the second chat");
                desk.send(on("history", second));
                JsonObject history = desk.await(frame("history", second), "the history");
                assertEquals(1, history.getJsonArray("items").size(), "AGT-06: the earlier chat, matched by e-mail");
                JsonObject earlier = history.getJsonArray("items").getJsonObject(0);
                assertEquals(first, earlier.getJsonNumber("interaction").longValue());
                assertTrue(earlier.getJsonArray("messages").stream().map(JsonObject.class::cast)
                        .anyMatch(m -> "Your order left today".equals(m.getString("text", null))));

                desk.send(on("canned", second));
                List<String> shortcuts = desk.await(frame("canned", second), "the canned responses").getJsonArray("responses")
                        .stream().map(JsonObject.class::cast).map(r -> r.getString("shortcut")).sorted().toList();
                assertEquals(List.of("bye", "hello"), shortcuts, "the chat's language and every language, not Spanish");

                desk.send(on("history", first));
                assertEquals("not-yours", desk.await("error").getString("code"), "an ended chat is nobody's to read from here");

                String cookie = ConsoleSession.signIn(base, "desk-1", "desk-pw");
                assertEquals(403, upload(cookie, second).statusCode(), "desk-1 cannot send into desk-0's chat");
                HttpResponse<String> sent = upload(ConsoleSession.signIn(base, "desk-0", "desk-pw"), second);
                assertEquals(200, sent.statusCode(), sent.body());
                JsonObject file = customer.await(f -> "message".equals(f.getString("type", "")) && f.containsKey("attachment"),
                        "the agent's file").getJsonObject("attachment");
                assertEquals("terms.pdf", file.getString("name"));

                desk.send(on("end", second));
                JsonObject ended = desk.await(frame("ended", second), "the end with the quality model");
                JsonObject quality = ended.getJsonObject("quality");
                assertEquals("Service", quality.getString("name"));
                long solved = quality.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
                long polite = quality.getJsonArray("questions").getJsonObject(1).getJsonNumber("id").longValue();
                desk.send("{\"type\":\"evaluate\",\"interaction\":" + second + ",\"answers\":[{\"question\":" + solved + ",\"value\":5}]}");
                assertEquals("bad-evaluation", desk.await("error").getString("code"), "every question is answered");
                desk.send("{\"type\":\"evaluate\",\"interaction\":" + second + ",\"answers\":[{\"question\":" + solved
                        + ",\"value\":5},{\"question\":" + polite + ",\"value\":3}]}");
                JsonObject evaluated = desk.await(frame("evaluated", second), "the score");
                assertTrue(evaluated.getJsonNumber("score").doubleValue() > 0);
            }
        }
    }

    private HttpResponse<String> upload(String cookie, long interaction) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                        + "/agent/api/attachments"))
                .header("Cookie", cookie).header("X-Webchat-Interaction", String.valueOf(interaction))
                .header("X-Webchat-Client-Id", "file-" + interaction).header("X-Webchat-File-Name", "terms.pdf")
                .header("X-Webchat-Kind", "file").header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 terms", StandardCharsets.US_ASCII)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(3)
    @RunAsClient
    void aChatTransferredToAnotherAgentIsTheirsOnceTheyAcceptAndARefusedOneStays() throws Exception {
        try (SocketClient desk0 = agent("desk-0"); SocketClient customer = SocketClient.customer(base)) {
            desk0.await("hello");
            customer.send(hello("Tomás", "tomas@example.com"));
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            desk0.await(frame("assigned", chat), "the chat");
            try (SocketClient desk1 = agent("desk-1")) {
                long desk1Id = desk1.await("hello").getJsonNumber("agent").longValue();
                desk0.send(on("targets", chat));
                JsonObject targets = desk0.await(frame("targets", chat), "the targets");
                assertTrue(targets.getJsonArray("agents").stream().map(JsonObject.class::cast)
                        .anyMatch(a -> a.getJsonNumber("id").longValue() == desk1Id), "desk-1 is signed in");
                assertTrue(targets.getJsonArray("campaigns").stream().map(JsonObject.class::cast)
                        .anyMatch(c -> c.getJsonNumber("id").longValue() == OTHER));

                desk0.send("{\"type\":\"transfer\",\"interaction\":" + chat + ",\"agent\":" + desk1Id + "}");
                desk0.await(frame("transfer-requested", chat), "the request");
                assertEquals("Agent desk 0", desk1.await(frame("transfer-offer", chat), "the offer").getString("fromName"));
                desk1.send(on("decline-transfer", chat));
                desk0.await(frame("transfer-returned", chat), "the refusal");

                desk0.send("{\"type\":\"transfer\",\"interaction\":" + chat + ",\"agent\":" + desk1Id + "}");
                desk1.await(frame("transfer-offer", chat), "the second offer");
                desk1.send(on("accept-transfer", chat));
                JsonObject assigned = desk1.await(frame("assigned", chat), "the chat, now desk-1's");
                assertEquals("Tomás", assigned.getString("customer"));
                desk0.await(frame("transferred", chat), "the chat left desk-0");
                assertEquals("Agent desk 1", customer.await(f -> "ASSIGNED".equals(f.getString("state", null))
                        && "Agent desk 1".equals(f.getString("agentName", null)), "the new agent").getString("agentName"));
                desk0.send("{\"type\":\"message\",\"interaction\":" + chat + ",\"clientId\":\"late\",\"text\":\"Still here?\"}");
                assertEquals("not-yours", desk0.await("error").getString("code"));
                desk1.send(on("end", chat));
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void aChatTransferredToACampaignWhereNobodyTakesItReturnsAfterTheMaxTransferTime() throws Exception {
        try (SocketClient desk0 = agent("desk-0"); SocketClient customer = SocketClient.customer(base)) {
            desk0.await("hello");
            customer.send(hello("Ugo", "ugo@example.com"));
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            desk0.await(frame("assigned", chat), "the chat");
            desk0.send("{\"type\":\"transfer\",\"interaction\":" + chat + ",\"campaign\":" + OTHER + "}");
            desk0.await(frame("transferred", chat), "the chat went to Sales");
            customer.await(f -> "QUEUED".equals(f.getString("state", null)), "waiting in Sales");
            desk0.await(frame("assigned", chat), "back after the max transfer time (3 s), nobody in Sales took it");
            desk0.await(frame("transfer-returned", chat), "the return");
            desk0.send("{\"type\":\"message\",\"interaction\":" + chat + ",\"clientId\":\"back\",\"text\":\"I am back with you\"}");
            desk0.await("ack");
            desk0.send(on("end", chat));
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void aBreakIsTakenAndToldToTheWorkspace() throws Exception {
        try (SocketClient desk0 = agent("desk-0")) {
            JsonObject hello = desk0.await("hello");
            long lunch = hello.getJsonArray("breakTypes").stream().map(JsonObject.class::cast)
                    .filter(b -> "Lunch".equals(b.getString("name"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
            desk0.send("{\"type\":\"state\",\"breakType\":" + lunch + "}");
            JsonObject state = desk0.await(f -> "agent-state".equals(f.getString("type", ""))
                    && "ON_BREAK".equals(f.getString("state")), "the break");
            assertEquals("Lunch", state.getString("breakName"));
            desk0.send("{\"type\":\"state\",\"breakType\":999999}");
            assertEquals("unknown-break", desk0.await("error").getString("code"));
        }
    }

    @Test
    @Order(6)
    void aTransferWhoseTimerWasLostInARestartReturnsThroughTheEnginesSweep() throws Exception {
        tx.begin();
        Interaction chat = em.createQuery("select i from Interaction i where i.campaign.id = :c order by i.id",
                Interaction.class).setParameter("c", DESK).setMaxResults(1).getSingleResult();
        User from = em.createQuery("select u from User u where u.login = 'desk-0'", User.class).getSingleResult();
        User to = em.createQuery("select u from User u where u.login = 'desk-1'", User.class).getSingleResult();
        // Requested an hour ago, with no timer behind it: as after a restart.
        InteractionTransfer lost = new InteractionTransfer(chat, from, to, null, Instant.now().minus(Duration.ofHours(1)));
        em.persist(lost);
        tx.commit();
        long id = lost.getId();
        Instant deadline = Instant.now().plusSeconds(15);
        while (em.find(InteractionTransfer.class, id).isPending() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            em.clear();
        }
        assertTrue(em.find(InteractionTransfer.class, id).getReturnedAt() != null,
                "AGT-08: past the max transfer time it returns, timer or not");
    }
}
