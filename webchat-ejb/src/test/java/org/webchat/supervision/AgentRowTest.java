package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.webchat.supervision.AgentStatusTest.presence;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.Thresholds;
import org.webchat.routing.AgentPresence.Presence;

/** SUP-01..09: an agent's row, with the instants its colours and its idle alert change. */
class AgentRowTest {

    /** Presence since T (see {@link AgentStatusTest#presence}). */
    private static final Instant T = Instant.parse("2025-03-03T15:00:00Z");
    /** Chat time bands 120 / 300 / 600 s. */
    private static final Thresholds BANDS = new Thresholds(20, 60, 120, 300, 600, 10);
    /** Bands 10 / 20 / 30 s, of a second campaign. */
    private static final Thresholds SHORT = new Thresholds(5, 15, 10, 20, 30, 10);
    private static final AgentRow.Agent ANA = new AgentRow.Agent(1, "Ana", "ana", 9L);

    private static AgentRow.Work work(List<AgentRow.OpenChat> chats, Instant lastEnded) {
        return new AgentRow.Work(chats, lastEnded, 4, List.of(100L), 3, BANDS, null);
    }

    private static AgentRow.OpenChat chat(long id, Instant assignedAt, Thresholds thresholds) {
        return new AgentRow.OpenChat(id, 100, "Customer " + id, assignedAt, thresholds);
    }

    @Test
    @DisplayName("SUP-08: each chat changes colour at its own campaign's bands, from when the agent took it")
    void eachChatWithTheInstantsItsColourChanges() {
        AgentRow row = AgentRow.of(ANA, presence(1, false, false, false), null, work(List.of(
                chat(11, T.plusSeconds(100), SHORT), chat(10, T.plusSeconds(60), BANDS)), null));

        assertEquals(AgentStatus.BUSY, row.status());
        assertEquals(List.of(10L, 11L), row.chats().stream().map(AgentRow.ActiveChat::interactionId).toList(),
                "the longest first");
        AgentRow.ActiveChat first = row.chats().get(0);
        assertEquals(T.plusSeconds(60 + 120), first.yellowAt());
        assertEquals(T.plusSeconds(60 + 300), first.redAt());
        assertEquals(T.plusSeconds(100 + 10), row.chats().get(1).yellowAt());
        assertEquals(T.plusSeconds(100 + 20), row.chats().get(1).redAt());
        assertEquals(Channel.WEBCHAT, first.channel(), "SUP-02: a web chat's channel");
        assertEquals(T.plusSeconds(60), row.since(), "SUP-07: busy since its first chat came");
        assertNull(row.idleAlertAt(), "busy: no idle alert");
    }

    @Test
    @DisplayName("SUP-07, SUP-09: a free agent is free since its last chat ended, and raises the alert just past band 3")
    void aFreeAgentRaisesTheIdleAlertPastTheThirdBand() {
        Instant ended = T.plusSeconds(500);

        AgentRow row = AgentRow.of(ANA, presence(1, false, false, false), null, work(List.of(), ended));

        assertEquals(AgentStatus.FREE, row.status());
        assertEquals(ended, row.since());
        assertEquals(ended.plusSeconds(600).plusMillis(1), row.idleAlertAt());
        assertEquals(ended.plusSeconds(600).plusMillis(1), IdleAlert.raisedAt(ended, BANDS), "the rule's own instant");
    }

    @Test
    @DisplayName("SUP-09: a free agent whose last chat ended before its last state change is idle since that change")
    void idleSinceTheLaterChange() {
        AgentRow row = AgentRow.of(ANA, presence(1, false, false, false), null, work(List.of(), T.minusSeconds(900)));

        assertEquals(T, row.since());
        assertEquals(T.plusSeconds(600).plusMillis(1), row.idleAlertAt());
    }

    @Test
    @DisplayName("SUP-09: no alert on a break, on a call, or disconnected")
    void noAlertOtherwise() {
        assertNull(AgentRow.of(ANA, presence(1, true, false, false), "pi pi-apple", work(List.of(), null)).idleAlertAt());
        assertNull(AgentRow.of(ANA, presence(1, false, true, false), null, work(List.of(), null)).idleAlertAt());
        assertNull(AgentRow.of(ANA, presence(0, false, false, false), null, work(List.of(), null)).idleAlertAt());
        assertNull(AgentRow.of(ANA, null, null, work(List.of(), null)).idleAlertAt());
    }

    @Test
    @DisplayName("SUP-01, SUP-03: on a break with a chat left: busy in break, with the break's icon and name")
    void busyInBreak() {
        Presence lunch = presence(1, true, false, false);

        AgentRow row = AgentRow.of(ANA, lunch, "pi pi-apple", work(List.of(chat(10, T.minusSeconds(30), BANDS)), null));

        assertEquals(AgentStatus.BUSY_IN_BREAK, row.status());
        assertEquals("pi pi-apple", row.icon());
        assertEquals("Lunch", row.breakName());
        assertEquals(T, row.since(), "the break started after its chat: in this state since the break");
        assertEquals(1, row.chats().size());
        assertEquals(3, row.cap());
        assertEquals(4, row.completedToday());
    }

    @Test
    @DisplayName("SUP-07: an agent the presence has not seen since the start is disconnected since its last recorded state")
    void disconnectedSinceItsLastRecordedState() {
        AgentRow.Work work = new AgentRow.Work(List.of(), T.plusSeconds(5), 0, List.of(), null, null, T.minusSeconds(3600));

        AgentRow row = AgentRow.of(ANA, null, null, work);

        assertEquals(AgentStatus.DISCONNECTED, row.status());
        assertEquals(T.minusSeconds(3600), row.since());
        assertEquals("pi pi-power-off", row.icon());
    }
}
