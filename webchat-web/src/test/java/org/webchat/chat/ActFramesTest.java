package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webchat.interaction.SenderKind;
import org.webchat.interaction.StoredMessage;
import org.webchat.live.LiveEvent;
import org.webchat.supervision.AgentDay;
import org.webchat.supervision.SupervisorActs;

/** The frames answering a supervisor's acts (issue 12): what the page reads, and nothing it should not. */
class ActFramesTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

    private static JsonObject read(String frame) {
        return Json.createReader(new StringReader(frame)).readObject();
    }

    @Test
    void theSpyHoldsEachChatWithItsHistoryAndTheWhisperMarked() {
        LiveEvent.ChatInfo info = new LiveEvent.ChatInfo(41, 7, "Sales", "Quentin", null, null, null, null, null, "en",
                AT, AT, 3, null, null, false);
        List<StoredMessage> messages = List.of(
                new StoredMessage(41, 1, "c-1", SenderKind.CUSTOMER, "Quentin", "I want to cancel", null, AT, false, false),
                new StoredMessage(41, 2, "w-1", SenderKind.SUPERVISOR, "Sara", "Offer the plan", null, AT, false, true));
        JsonObject spy = read(ActFrames.spy(new SupervisorActs.Spy(5, "Ana", List.of(
                new SupervisorActs.SpiedChat(info, 5L, "Ana", messages)))));
        assertEquals("spy", spy.getString("type"));
        assertEquals(5, spy.getInt("agent"));
        JsonObject chat = spy.getJsonArray("chats").getJsonObject(0);
        assertEquals(41, chat.getInt("interaction"));
        assertEquals("Quentin", chat.getString("customer"));
        assertEquals("Ana", chat.getString("agentName"));
        assertFalse(chat.getJsonArray("messages").getJsonObject(0).containsKey("internal"));
        assertTrue(chat.getJsonArray("messages").getJsonObject(1).getBoolean("internal"), "the whisper, marked");
    }

    @Test
    void infoLeavesOutWhatIsNotKnownAndCountsTheAverageInSeconds() {
        AgentDay day = new AgentDay(List.of(new AgentDay.StatePeriod("ON_BREAK", "Coaching", AT, null, "Sara")), 2,
                Duration.ofSeconds(95));
        JsonObject info = read(ActFrames.info(new SupervisorActs.AgentInfo(5, "ana", "Ana", null, "ON_BREAK",
                "Coaching", "Sara", null, List.of(new SupervisorActs.Membership(7, "Sales", 2)), day)));
        assertFalse(info.containsKey("group"));
        assertFalse(info.containsKey("since"));
        assertEquals("Sara", info.getString("pausedBy"));
        assertEquals(2, info.getJsonArray("campaigns").getJsonObject(0).getInt("penalty"));
        JsonObject today = info.getJsonObject("today");
        assertEquals(95, today.getInt("averageChatSeconds"));
        JsonObject period = today.getJsonArray("states").getJsonObject(0);
        assertFalse(period.containsKey("to"), "still on it");
        assertEquals("Sara", period.getString("changedBy"));
    }

    @Test
    void aRefusalNamesItsAgentOrChatAndTheMessage() {
        JsonObject refused = read(ActFrames.refused("not-yours", "No chat 41 in your security group", "interaction", 41, "w-1"));
        assertEquals("not-yours", refused.getString("code"));
        assertEquals(41, refused.getInt("interaction"));
        assertEquals("w-1", refused.getString("clientId"));
        assertFalse(read(ActFrames.refused("agent-away", "away", "agent", 5, null)).containsKey("clientId"));
    }
}
