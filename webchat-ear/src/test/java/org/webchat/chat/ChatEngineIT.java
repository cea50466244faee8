package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;

/**
 * The chat engine through its real sockets (issue 3): a customer of the demo campaign is queued, handed to
 * the only agent signed in, and both see every message in order; a reconnect with resume gets exactly what it
 * missed; a resend is stored once; an agent cannot write into another agent's chat; bad frames are refused
 * without disturbing other sessions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatEngineIT {

    /** The demo campaign is the first one the first start creates. */
    private static final long DEMO_CAMPAIGN = 1;

    @ArquillianResource
    URL base;

    private static String hello(String name, String token, long lastSeq) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + DEMO_CAMPAIGN + ",\"name\":\"" + name + "\",\"email\":\""
                + name.toLowerCase() + "@example.com\",\"language\":\"en\",\"pageUrl\":\"https://shop.example.com/cart\""
                + (token == null ? "" : ",\"token\":\"" + token + "\",\"lastSeq\":" + lastSeq) + "}";
    }

    private static String message(String clientId, String text) {
        return "{\"type\":\"message\",\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}";
    }

    private static String agentMessage(long interaction, String clientId, String text) {
        return "{\"type\":\"message\",\"interaction\":" + interaction + ",\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}";
    }

    private static boolean isMessage(JsonObject frame, long interaction) {
        return "message".equals(frame.getString("type", "")) && frame.getJsonNumber("interaction").longValue() == interaction;
    }

    @Test
    void aCustomerAndAnAgentChatBothWaysAndAResumeGetsExactlyWhatWasMissed() throws Exception {
        String agentCookie = ConsoleSession.signIn(base, "agent1", "agent1");
        try (SocketClient agent = SocketClient.agent(base, agentCookie)) {
            agent.await("hello");
            String token;
            long interaction;
            long seenByCustomer;
            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send(hello("Ana", null, 0));
                JsonObject welcome = customer.await("welcome");
                assertEquals("QUEUED", welcome.getString("state"));
                assertEquals("Hello! An agent will be with you shortly.", welcome.getString("text"), "MSG-01 in English");
                token = welcome.getString("token");
                interaction = welcome.getJsonNumber("interaction").longValue();

                JsonObject assigned = agent.await(f -> "assigned".equals(f.getString("type", ""))
                        && f.getJsonNumber("interaction").longValue() == interaction, "assignment");
                assertEquals(DEMO_CAMPAIGN, assigned.getJsonNumber("campaign").longValue());
                JsonObject state = customer.await(f -> "ASSIGNED".equals(f.getString("state", null)), "assigned state");
                assertEquals("Ana Agent", state.getString("agentName"));
                JsonObject automatic = customer.await(f -> isMessage(f, interaction), "automatic message");
                assertEquals("agent", automatic.getString("from"));
                assertEquals("Hi, I am your agent. How can I help you?", automatic.getString("text"), "MSG-04");
                agent.await(f -> isMessage(f, interaction) && f.getJsonNumber("seq").longValue() == 1, "automatic message");

                customer.send(message("c-1", "<b>Hi</b> & hello 👋"));
                JsonObject ack = customer.await("ack");
                assertEquals("c-1", ack.getString("clientId"));
                assertEquals(2, ack.getJsonNumber("seq").longValue());
                JsonObject atAgent = agent.await(f -> isMessage(f, interaction) && f.getJsonNumber("seq").longValue() == 2, "customer message");
                assertEquals("<b>Hi</b> & hello 👋", atAgent.getString("text"), "customer text arrives as text");
                assertEquals("customer", atAgent.getString("from"));

                agent.send(agentMessage(interaction, "a-1", "How can I help?"));
                assertEquals(3, agent.await("ack").getJsonNumber("seq").longValue());
                JsonObject reply = customer.await(f -> isMessage(f, interaction) && f.getJsonNumber("seq").longValue() == 3, "reply");
                assertEquals("How can I help?", reply.getString("text"));
                seenByCustomer = 3;
            }

            // The customer is gone (a reload, a dropped network); the agent goes on writing.
            agent.send(agentMessage(interaction, "a-2", "Are you there?"));
            agent.send(agentMessage(interaction, "a-3", "I will wait."));
            agent.await("ack");
            agent.await("ack");

            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send(hello("Ana", token, seenByCustomer));
                JsonObject welcome = customer.await("welcome");
                assertEquals(interaction, welcome.getJsonNumber("interaction").longValue(), "the same interaction resumes");
                assertEquals("ASSIGNED", welcome.getString("state"));
                JsonObject first = customer.await(f -> isMessage(f, interaction), "first missed message");
                JsonObject second = customer.await(f -> isMessage(f, interaction), "second missed message");
                assertEquals(List.of(4L, 5L), List.of(first.getJsonNumber("seq").longValue(), second.getJsonNumber("seq").longValue()));
                assertEquals("Are you there?", first.getString("text"));
                assertEquals("I will wait.", second.getString("text"));

                // The first message's ack was lost: the widget resends it, and it is stored once.
                customer.send(message("c-1", "<b>Hi</b> & hello 👋"));
                assertEquals(2, customer.await("ack").getJsonNumber("seq").longValue(), "a resend gets the first seq");
                customer.send(message("c-2", "Yes, here"));
                assertEquals(6, customer.await("ack").getJsonNumber("seq").longValue(), "nothing was stored twice");
                Thread.sleep(300);
                assertTrue(customer.pending(f -> isMessage(f, interaction) && f.getJsonNumber("seq").longValue() <= 5
                        && f.getJsonNumber("seq").longValue() != 2).isEmpty(), "nothing already seen is sent again");

                customer.send("{\"type\":\"end\"}");
                customer.await(f -> "ENDED".equals(f.getString("state", null)), "end");
                agent.await(f -> "ended".equals(f.getString("type", "")) && f.getJsonNumber("interaction").longValue() == interaction, "end");
            }
        }
    }

    @Test
    void anAgentCannotWriteIntoAnotherAgentsChat() throws Exception {
        String firstCookie = ConsoleSession.signIn(base, "agent1", "agent1");
        try (SocketClient first = SocketClient.agent(base, firstCookie);
             SocketClient customer = SocketClient.customer(base)) {
            first.await("hello");
            customer.send(hello("Bea", null, 0));
            long interaction = customer.await("welcome").getJsonNumber("interaction").longValue();
            first.await(f -> "assigned".equals(f.getString("type", "")) && f.getJsonNumber("interaction").longValue() == interaction, "assignment");

            String secondCookie = ConsoleSession.signIn(base, "agent2", "agent2");
            try (SocketClient second = SocketClient.agent(base, secondCookie)) {
                second.await("hello");
                second.send(agentMessage(interaction, "x-1", "I read your chat"));
                assertEquals("not-yours", second.await("error").getString("code"));
                second.send("{\"type\":\"resume\",\"interaction\":" + interaction + ",\"lastSeq\":0}");
                assertEquals("not-yours", second.await("error").getString("code"), "nor read it by guessing its id");
            }
            customer.send("{\"type\":\"end\"}");
            customer.await(f -> "ENDED".equals(f.getString("state", null)), "end");
        }
    }

    @Test
    void badFramesAreRefusedClearlyAndOtherSessionsGoOn() throws Exception {
        try (SocketClient calm = SocketClient.customer(base);
             SocketClient clumsy = SocketClient.customer(base);
             SocketClient flood = SocketClient.customer(base);
             SocketClient huge = SocketClient.customer(base)) {
            clumsy.send("this is not json");
            assertEquals("bad-json", clumsy.await("error").getString("code"));
            clumsy.send("{\"type\":\"dance\"}");
            assertEquals("unknown-type", clumsy.await("error").getString("code"));
            clumsy.send(message("m-1", "before hello"));
            assertEquals("no-chat", clumsy.await("error").getString("code"));
            clumsy.send("{\"type\":\"hello\",\"v\":1,\"campaign\":999999,\"name\":\"Ana\"}");
            assertEquals("unknown-campaign", clumsy.await("refused").getString("reason"));
            assertTrue(clumsy.isOpen(), "a few bad frames do not close the socket");

            for (int i = 0; i < 60 && flood.isOpen(); i++) {
                flood.send("{\"type\":\"ping\"}");
            }
            assertEquals(1008, flood.awaitClose(), "a flood closes its own socket as a policy violation");

            huge.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(20_000) + "\"}");
            assertEquals(1009, huge.awaitClose(), "an oversized frame closes with 'too big'");

            calm.send("{\"type\":\"ping\"}");
            calm.await("pong");
            calm.send(hello("Cal", null, 0));
            assertEquals("QUEUED", calm.await("welcome").getString("state"), "the other sessions go on");
            calm.send("{\"type\":\"end\"}");
            calm.await(f -> "ENDED".equals(f.getString("state", null)), "end");
        }
    }

}
