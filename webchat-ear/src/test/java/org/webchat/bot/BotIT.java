package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.SecurityGroup;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Interaction;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 15 through the real sockets (BOT-01, BOT-02): a flow bot converses with buttons, checked answers and a request
 * step, then hands the chat to an agent who reads its lines and what it collected, its wait counted from the
 * hand-off; an external bot served by a small HTTP server in this test converses through the bot API and hands
 * off; the same bot failing hands off with the reason; the customer asks for a person; the bot's timeout ends the
 * chat with its message; an end bot's survey keeps its answers; a token opens only its bot's chats; a bot whose node
 * died is taken over by a live one, its request in flight sent again (issue 17).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BotIT {

    private static final long FLOW = 215_001;
    private static final long EXTERNAL = 215_002;
    private static final long FAILING = 215_003;
    private static final long NO_PERSON = 215_004;
    private static final long SURVEYED = 215_005;
    static final String TOKEN = "botit-token-0123456789abcdefghijklmnop";
    static final String OTHER_TOKEN = "botit-other-0123456789abcdefghijklmnop";

    /** The test's bot services: on a port of this run's own, which the server and this JVM both know. */
    static int servicePort() {
        return 18_080 + Integer.parseInt(System.getProperty("it.port.offset", "100"));
    }


    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    static final String FLOW_JSON = """
            {"steps": [
              {"id": "hi", "type": "say", "text": {"en": "Hi {name}, I am the test bot."}},
              {"id": "topic", "type": "ask", "variable": "topic", "text": {"en": "What about?"},
               "options": [{"value": "billing", "label": {"en": "Billing"}}, {"value": "other", "label": {"en": "Other"}}]},
              {"id": "mail", "type": "ask", "variable": "mail", "check": "email", "text": {"en": "Your e-mail?"},
               "retry": {"en": "That is no e-mail, again?"}},
              {"id": "crm", "type": "request", "url": "http://127.0.0.1:%d/crm", "timeoutSeconds": 5},
              {"id": "human", "type": "transfer", "summary": {"en": "Topic {topic}, plan {plan}"}}
            ]}""";

    /** The bots' security group (ADM-02); the test's campaigns, made as the chat tests make them, have none. */
    private SecurityGroup group;

    private Bot bot(String name, BotKind kind, String url, String token) {
        Bot bot = new Bot(name, kind, group);
        bot.setDisplayName(name + " shown");
        if (kind == BotKind.FLOW) {
            bot.setFlowDefinition(FLOW_JSON.formatted(servicePort()));
        } else {
            bot.setEndpointUrl(url);
            bot.setApiTokenHash(Bot.tokenHash(token));
        }
        bot.setTimeoutMessage(LocalText.of(null, "Nobody there? Bye.", null).toJson());
        em.persist(bot);
        return bot;
    }

    @Test
    @Order(1)
    void campaignsWithBots() throws Exception {
        tx.begin();
        group = new SecurityGroup("Botit group", null);
        em.persist(group);
        String services = "http://127.0.0.1:" + servicePort();
        Campaign flow = TestCampaigns.create(em, FLOW, "Flow bot", true);
        flow.setStartBot(bot("Botit flow", BotKind.FLOW, null, null));
        TestCampaigns.addAgents(em, flow, "botit", 1, "botit-pw");
        Campaign external = TestCampaigns.create(em, EXTERNAL, "External bot", true);
        external.setStartBot(bot("Botit external", BotKind.ENDPOINT, services + "/external", TOKEN));
        TestCampaigns.addAgents(em, external, "botext", 1, "botit-pw");
        Campaign failing = TestCampaigns.create(em, FAILING, "Failing bot", true);
        failing.setStartBot(bot("Botit failing", BotKind.ENDPOINT, services + "/failing", OTHER_TOKEN));
        TestCampaigns.addAgents(em, failing, "botfail", 1, "botit-pw");
        Campaign noPerson = TestCampaigns.create(em, NO_PERSON, "No person", true);
        noPerson.setStartBot(flow.getStartBot());
        noPerson.setBotPersonAllowed(false);
        Campaign surveyed = TestCampaigns.create(em, SURVEYED, "Surveyed", true);
        Bot survey = new Bot("Botit survey", BotKind.FLOW, group);
        survey.setFlowDefinition("""
                {"steps": [{"id": "score", "type": "ask", "variable": "score", "text": "How did we do?",
                            "options": [{"value": "5", "label": "Well"}, {"value": "1", "label": "Badly"}]},
                           {"id": "bye", "type": "end", "text": "Thanks!"}]}""");
        em.persist(survey);
        surveyed.setEndBot(survey);
        TestCampaigns.addAgents(em, surveyed, "botsurvey", 1, "botit-pw");
        tx.commit();
    }

    // ---- frames ----

    private static Predicate<JsonObject> botLine(String text) {
        return f -> "message".equals(f.getString("type", "")) && "bot".equals(f.getString("from", ""))
                && text.equals(f.getString("text", ""));
    }

    private static Predicate<JsonObject> state(String state) {
        return f -> ("state".equals(f.getString("type", "")) || "welcome".equals(f.getString("type", "")))
                && state.equals(f.getString("state", ""));
    }

    private static String hello(long campaign, String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\",\"language\":\"en\"}";
    }

    private static String says(String clientId, String text) {
        return "{\"type\":\"message\",\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    @Order(2)
    @RunAsClient
    void aFlowBotAsksWithButtonsChecksAnAnswerCallsAServiceAndHandsTheChatToAnAgent() throws Exception {
        BotServices.serve(base);
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(FLOW, "Vera"));
            JsonObject welcome = customer.await(state("BOT"), "the bot's welcome");
            assertTrue(welcome.getBoolean("person", false), "the customer may ask for a person");
            assertFalse(welcome.containsKey("position"), "no queue while the bot talks");
            JsonObject hi = customer.await(botLine("Hi Vera, I am the test bot."), "the bot's greeting");
            assertEquals("Botit flow shown", hi.getString("name"));
            JsonObject question = customer.await(botLine("What about?"), "the question");
            assertEquals(List.of("Billing", "Other"), question.getJsonArray("options").getValuesAs(
                    jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

            customer.send(says("v-1", "Billing"));
            customer.await("ack");
            customer.await(botLine("Your e-mail?"), "the next question");
            customer.send(says("v-2", "no address"));
            customer.await(botLine("That is no e-mail, again?"), "the question asked again");
            customer.send(says("v-3", "vera@example.com"));
            customer.await(botLine("Found you, vera@example.com"), "the service's message");
            customer.await(state("QUEUED"), "the hand-off to the queue");
            assertEquals("vera@example.com", BotServices.received.get("crm").get(0).getJsonObject("variables").getString("mail"));

            String cookie = ConsoleSession.signIn(base, "botit-0", "botit-pw");
            try (SocketClient agent = SocketClient.agent(base, cookie)) {
                agent.await("hello");
                JsonObject assigned = agent.await("assigned");
                assertTrue(assigned.getInt("waitedSeconds") < 30, "the wait counts from the hand-off: " + assigned);
                customer.await(state("ASSIGNED"), "the agent");
                // Issue 15, point 5: the agent's chat says which bot talked, how it handed over and what it collected.
                JsonObject bot = assigned.getJsonObject("bot");
                assertEquals("Botit flow shown", bot.getString("name"));
                assertEquals("HANDED_OFF", bot.getString("outcome"));
                assertEquals("Topic billing, plan gold", bot.getString("summary"));
                assertFalse(bot.containsKey("reason"), "the flow chose to hand over");
                assertEquals(Map.of("initialMessage", "Billing", "topic", "billing", "mail", "vera@example.com",
                        "plan", "gold"), variables(bot));
                assertEquals(List.of("initialMessage", "topic", "mail", "plan"), List.copyOf(variables(bot).keySet()),
                        "in the order the bot collected them");
                // The same in another window (or after a reload): the hello lists the chat with its bot's part.
                try (SocketClient window = SocketClient.agent(base, cookie)) {
                    JsonObject listed = window.await("hello").getJsonArray("chats").getJsonObject(0);
                    assertEquals("Topic billing, plan gold", listed.getJsonObject("bot").getString("summary"));
                }
            }
        }
    }

    private static Map<String, String> variables(JsonObject bot) {
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        bot.getJsonArray("variables").getValuesAs(JsonObject.class)
                .forEach(v -> variables.put(v.getString("name"), v.getString("value")));
        return variables;
    }

    @Test
    @Order(3)
    void theAgentReadsTheBotsLinesAndWhatItCollected() {
        Interaction chat = em.createQuery("select i from Interaction i where i.campaign.id = :c", Interaction.class)
                .setParameter("c", FLOW).getSingleResult();
        assertEquals(BotOutcome.HANDED_OFF, chat.getBotOutcome().orElseThrow());
        assertTrue(chat.getBotEndedAt() != null && chat.getQueuedAt().equals(chat.getBotEndedAt()));
        List<String> internal = em.createQuery("select m.text from ChatMessage m where m.interaction.id = :id"
                + " and m.internal = true", String.class).setParameter("id", chat.getId()).getResultList();
        assertEquals(List.of("Topic billing, plan gold"), internal, "the summary, for the agents only");
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        em.createQuery("select v from BotVariable v where v.key.interactionId = :id order by v.ordinal", BotVariable.class)
                .setParameter("id", chat.getId()).getResultList().forEach(v -> kept.put(v.getName(), v.getValue()));
        assertEquals(Map.of("initialMessage", "Billing", "topic", "billing", "mail", "vera@example.com", "plan", "gold"), kept);
    }

    @Test
    @Order(4)
    @RunAsClient
    void anExternalBotConversesThroughTheBotApiAndHandsOff() throws Exception {
        BotServices.serve(base);
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(EXTERNAL, "Otto"));
            long chat = customer.await(state("BOT"), "the bot").getJsonNumber("interaction").longValue();
            JsonObject hello = customer.await(botLine("Hello from outside, Otto"), "the external bot's first line");
            assertEquals(2, hello.getJsonArray("options").size());
            customer.send(says("o-1", "Is it raining?"));
            customer.await(botLine("You said: Is it raining?"), "its answer");

            assertEquals(401, BotServices.api("/api/bot/v1/interactions/" + chat + "/messages", "wrong-token-0123456789abcdef",
                    "{\"text\": \"x\"}").statusCode(), "no token, no API");
            assertEquals(404, BotServices.api("/api/bot/v1/interactions/" + chat + "/messages", OTHER_TOKEN,
                    "{\"text\": \"x\"}").statusCode(), "another bot's token opens nothing of this chat");
            assertEquals(400, BotServices.api("/api/bot/v1/interactions/" + chat + "/messages", TOKEN, "{\"text\": \"\"}").statusCode());

            customer.send(says("o-2", "Person"));
            customer.await(state("QUEUED"), "the hand-off");
            List<JsonObject> events = BotServices.received.get("external");
            assertEquals(List.of("start", "message", "message"), events.stream().map(e -> e.getString("event")).toList());
            assertEquals(404, BotServices.api("/api/bot/v1/interactions/" + chat + "/messages", TOKEN, "{\"text\": \"late\"}")
                    .statusCode(), "once handed off, the bot's token opens the chat no more");
            try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "botext-0", "botit-pw"))) {
                agent.await("hello");
                agent.await("assigned");
            }
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void aFailingExternalBotIsTriedAgainThenAPersonTakesOverWithTheReason() throws Exception {
        BotServices.serve(base);
        String cookie = ConsoleSession.signIn(base, "botfail-0", "botit-pw");
        try (SocketClient customer = SocketClient.customer(base); SocketClient agent = SocketClient.agent(base, cookie)) {
            agent.await("hello");
            customer.send(hello(FAILING, "Fay"));
            long chat = customer.await(state("BOT"), "the bot").getJsonNumber("interaction").longValue();
            customer.await(state("ASSIGNED"), "a person, once the bot's service failed");
            assertEquals(BotCalls.ATTEMPTS, BotServices.failures.get(), "tried " + BotCalls.ATTEMPTS + " times");
            // Issue 15, point 5: the agent's chat names the bot and why it handed over.
            JsonObject bot = agent.await("assigned").getJsonObject("bot");
            assertEquals("Botit failing shown", bot.getString("name"));
            assertEquals("The bot's service failed (HTTP 503); the bot handed the chat over.", bot.getString("reason"));
            assertFalse(bot.containsKey("summary"));
            assertEquals(Map.of(), variables(bot), "the customer wrote nothing: nothing collected");
            // What the agent's workspace reads when it opens the chat.
            JsonObject transcript = BotServices.get(base, "agent/api/interactions/" + chat, cookie);
            JsonObject reason = transcript.getJsonArray("messages").getJsonObject(0);
            assertEquals("bot", reason.getString("from"));
            assertTrue(reason.getBoolean("internal"), "for the agents only");
            assertEquals("The bot's service failed (HTTP 503); the bot handed the chat over.", reason.getString("text"));
            assertTrue(customer.pending(f -> f.getString("text", "").contains("HTTP 503")).isEmpty(),
                    "the customer never reads it");
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void theCustomerAsksForAPersonWhereTheCampaignAllowsIt() throws Exception {
        BotServices.serve(base);
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(NO_PERSON, "Nora"));
            JsonObject welcome = customer.await(state("BOT"), "the bot");
            assertFalse(welcome.getBoolean("person", false));
            customer.send("{\"type\":\"person\"}");
            customer.await(f -> "error".equals(f.getString("type", "")) && "no-person".equals(f.getString("code", "")),
                    "the refusal");
        }
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(FLOW, "Pia"));
            customer.await(botLine("What about?"), "the question");
            customer.send("{\"type\":\"person\"}");
            customer.await(state("QUEUED"), "a person asked for");
        }
    }

    @Test
    @Order(7)
    void aBotsTimeoutIsDueNow() throws Exception {
        tx.begin();
        Interaction nora = em.createQuery("select i from Interaction i where i.campaign.id = :c", Interaction.class)
                .setParameter("c", NO_PERSON).getSingleResult();
        assertTrue(nora.getBotDueAt().isAfter(Instant.now()), "the bot waits for an answer until its timeout");
        nora.setBotDueAt(Instant.now().minusSeconds(1)); // as if its minutes had passed, also across a restart
        tx.commit();
    }

    @Test
    @Order(8)
    void theTimeoutEndedTheChatWithItsMessage() throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Interaction nora;
        do {
            Thread.sleep(500);
            em.clear();
            nora = em.createQuery("select i from Interaction i where i.campaign.id = :c", Interaction.class)
                    .setParameter("c", NO_PERSON).getSingleResult();
        } while (nora.getState() != org.webchat.interaction.InteractionState.ENDED && System.nanoTime() < deadline);
        assertEquals(org.webchat.interaction.EndReason.BOT_TIMEOUT, nora.getEndReason().orElseThrow());
        assertEquals(BotOutcome.TIMED_OUT, nora.getBotOutcome().orElseThrow());
        assertEquals("Nobody there? Bye.", em.createQuery("select m.text from ChatMessage m where m.interaction.id = :id"
                + " order by m.seq desc", String.class).setParameter("id", nora.getId()).setMaxResults(1).getSingleResult());
    }

    @Test
    @Order(9)
    @RunAsClient
    void theEndBotsSurveyFollowsTheAgentsEndAndKeepsItsAnswers() throws Exception {
        try (SocketClient customer = SocketClient.customer(base);
             SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "botsurvey-0", "botit-pw"))) {
            agent.await("hello");
            customer.send(hello(SURVEYED, "Sam"));
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            agent.await("assigned");
            customer.await(state("ASSIGNED"), "the agent");
            agent.send("{\"type\":\"end\",\"interaction\":" + chat + "}");
            customer.await(state("SURVEY"), "the survey instead of the end");
            customer.await(botLine("How did we do?"), "the survey's question");
            customer.send(says("s-1", "Well"));
            customer.await(botLine("Thanks!"), "its end");
            JsonObject ended = customer.await(state("ENDED"), "the chat's end, after the survey");
            assertEquals("AGENT", ended.getString("endReason"));
            assertTrue(customer.pending(state("ENDED")).isEmpty());
        }
    }

    @Test
    @Order(10)
    void theSurveysAnswersAreKept() {
        Interaction sam = em.createQuery("select i from Interaction i where i.campaign.id = :c", Interaction.class)
                .setParameter("c", SURVEYED).getSingleResult();
        assertEquals(org.webchat.interaction.EndReason.AGENT, sam.getEndReason().orElseThrow());
        assertTrue(sam.getBot().isEmpty(), "the survey is over");
        BotVariable score = em.createQuery("select v from BotVariable v where v.key.interactionId = :id"
                + " and v.key.phase = :phase and v.key.name = 'score'", BotVariable.class)
                .setParameter("id", sam.getId()).setParameter("phase", BotVariable.Phase.END).getSingleResult();
        assertEquals("5", score.getValue());
        // Only the survey's answers: not the customer's first line it was given (issue 15, point 5).
        assertEquals(List.of("score"), em.createQuery("select v.key.name from BotVariable v where v.key.interactionId"
                + " = :id and v.key.phase = :phase", String.class)
                .setParameter("id", sam.getId()).setParameter("phase", BotVariable.Phase.END).getResultList());
    }

    @Test
    @Order(11)
    @RunAsClient
    void thePreChatFormsFirstMessageIsTheInitialMessageNotAnAnswer() throws Exception {
        // BOT-02: the widget says in its hello that the form's first message follows; the flow asks only after it.
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(NO_PERSON, "Fiona").replace("}", ",\"first\":true}"));
            customer.await(state("BOT"), "the bot's welcome");
            customer.send(says("f-1", "Hello, my order is late"));
            customer.await("ack");
            customer.await(botLine("Hi Fiona, I am the test bot."), "the bot's greeting, after the first message");
            customer.await(botLine("What about?"), "the question");
            customer.send(says("f-2", "Billing"));
            customer.await(botLine("Your e-mail?"), "the next question: the button was the answer");
            assertTrue(customer.pending(botLine("What about?")).isEmpty(), "the first message was not taken as an answer");
        }
    }

    @Test
    @Order(12)
    void theFirstMessageIsKeptAsTheInitialMessage() {
        Interaction fiona = em.createQuery("select i from Interaction i where i.campaign.id = :c"
                + " and i.customer.name = 'Fiona'", Interaction.class).setParameter("c", NO_PERSON).getSingleResult();
        BotState state = BotState.parse(fiona.getBotState());
        assertEquals("Hello, my order is late", state.variables().get("initialMessage"));
        assertEquals("billing", state.variables().get("topic"));
    }

    @Test
    @Order(13)
    @RunAsClient
    void aBotWhoseNodeDiedIsTakenOverAndItsRequestInFlightSentAgain() throws Exception {
        // Issue 17: the node a bot's request was in flight on died; once its lease lapsed (here: a node that holds
        // none), a live node takes the bot over and sends the request again. Played on the database, as that node
        // would have left the chat: the customer's last line taken in, its request to the external bot not sent.
        BotServices.serve(base);
        try (SocketClient customer = SocketClient.customer(base);
             Connection db = DriverManager.getConnection(System.getProperty("it.postgresql.url"),
                     System.getProperty("it.postgresql.user"), System.getProperty("it.postgresql.password"))) {
            customer.send(hello(EXTERNAL, "Tess"));
            long chat = customer.await(state("BOT"), "the bot").getJsonNumber("interaction").longValue();
            customer.await(botLine("Hello from outside, Tess"), "the external bot's first line");
            customer.send(says("t-1", "Still there?"));
            customer.await(botLine("You said: Still there?"), "its answer");
            long sent = BotServices.received.get("external").stream()
                    .filter(e -> "Still there?".equals(e.getJsonObject("message") == null ? null
                            : e.getJsonObject("message").getString("text"))).count();
            assertEquals(1, sent);

            leftInFlight(db, chat, "botit-gone/1");
            customer.await(botLine("You said: Still there?"), "its answer again, once the request was sent again", 60);
            assertEquals(2, BotServices.received.get("external").stream()
                    .filter(e -> "Still there?".equals(e.getJsonObject("message") == null ? null
                            : e.getJsonObject("message").getString("text"))).count(), "sent again, once");
            try (PreparedStatement node = db.prepareStatement("SELECT bot_node FROM interaction WHERE id = ?")) {
                node.setLong(1, chat);
                try (ResultSet row = node.executeQuery()) {
                    assertTrue(row.next());
                    assertFalse("botit-gone/1".equals(row.getString(1)), "taken over by a live node");
                }
            }
        }
    }

    /** The chat's bot as {@code node} leaves it when it dies: its last request not answered, not even sent. */
    private static void leftInFlight(Connection db, long chat, String node) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            String state;
            try (PreparedStatement read = db.prepareStatement("SELECT bot_state FROM interaction WHERE id = ?")) {
                read.setLong(1, chat);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    state = row.getString(1);
                }
            }
            JsonObject parsed = Json.createReader(new StringReader(state)).readObject();
            // Once the live request is answered (it may still be, after the bot's line): the state is then at rest.
            if (!parsed.containsKey("request")) {
                try (PreparedStatement write = db.prepareStatement("UPDATE interaction SET bot_state = ?, bot_node = ?"
                        + " WHERE id = ? AND bot_state = ?")) {
                    // As the bot stood once it had taken the last line in and before its service had it.
                    write.setString(1, Json.createObjectBuilder(parsed).add("step", "message").add("waiting", "SERVICE")
                            .add("request", "botit-in-flight").build().toString());
                    write.setString(2, node);
                    write.setLong(3, chat);
                    write.setString(4, state);
                    if (write.executeUpdate() == 1) {
                        return;
                    }
                }
            }
            assertTrue(System.nanoTime() < deadline, "the bot's state comes to rest");
            Thread.sleep(100);
        }
    }
}
