package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.live.LiveEvent;

/**
 * What the sockets say of a supervisor's acts (issue 12): the whisper's mark, the supervisor who paused the agent; and
 * of a chat's start bot, for the agent who takes it (issue 15, point 5).
 */
class FramesTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static JsonObject read(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }

    @Test
    @DisplayName("a whisper is marked internal and names the supervisor; a barge-in message carries no mark")
    void theWhisperIsMarked() {
        JsonObject whisper = read(Frames.message(new LiveEvent.MessagePosted(5, 1, 7L, 3, "w-1", "SUPERVISOR", "Sara",
                "offer the discount", null, AT, true)));
        assertEquals("supervisor", whisper.getString("from"));
        assertEquals("Sara", whisper.getString("name"));
        assertTrue(whisper.getBoolean("internal"));

        JsonObject said = read(Frames.message(new LiveEvent.MessagePosted(5, 1, 7L, 4, "b-1", "SUPERVISOR", "Sara",
                "hello", null, AT)));
        assertFalse(said.containsKey("internal"), "the customer reads it like any other message");
    }

    @Test
    @DisplayName("pausedBy goes with a break only (SUP-14)")
    void pausedByOnABreakOnly() {
        JsonObject paused = Frames.agentState(Frames.of("agent-state"), "ON_BREAK", "Lunch", "Sara").build();
        assertEquals("Sara", paused.getString("pausedBy"));
        assertEquals("Lunch", paused.getString("breakName"));
        JsonObject out = Frames.agentState(Frames.of("agent-state"), "LOGGED_OUT", null, "Sara").build();
        assertEquals("LOGGED_OUT", out.getString("state"));
        assertFalse(out.containsKey("pausedBy"));
        assertFalse(Frames.agentState(Frames.of("agent-state"), "ON_BREAK", "Lunch", null).build().containsKey("pausedBy"),
                "a break the agent took itself");
    }

    @Test
    @DisplayName("a chat a bot talked in carries the bot's name, summary, reason and variables in order; another none")
    void theBotsPartOfAChat() {
        LiveEvent.BotPart bot = new LiveEvent.BotPart("Demo assistant", "HANDED_OFF", "Order 42 is late",
                "The customer asked for a person.", java.util.List.of(new LiveEvent.Variable("topic", "billing"),
                new LiveEvent.Variable("note", "<b>not markup</b>")));
        JsonObject chat = Frames.chat(Frames.of("assigned"), new LiveEvent.ChatInfo(41, 7, "Sales", "Quentin", null, null,
                null, null, null, "en", AT, AT, 3, null, null, false, bot)).build();
        JsonObject part = chat.getJsonObject("bot");
        assertEquals("Demo assistant", part.getString("name"));
        assertEquals("HANDED_OFF", part.getString("outcome"));
        assertEquals("Order 42 is late", part.getString("summary"));
        assertEquals("The customer asked for a person.", part.getString("reason"));
        assertEquals("topic", part.getJsonArray("variables").getJsonObject(0).getString("name"));
        assertEquals("<b>not markup</b>", part.getJsonArray("variables").getJsonObject(1).getString("value"));

        JsonObject plain = Frames.chat(Frames.of("assigned"), new LiveEvent.ChatInfo(42, 7, "Sales", "Rita", null, null,
                null, null, null, "en", AT, AT, 3, null, null, false)).build();
        assertFalse(plain.containsKey("bot"), "no bot talked in it");
    }
}
