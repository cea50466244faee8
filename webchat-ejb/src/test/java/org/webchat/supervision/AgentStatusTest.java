package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.webchat.routing.AgentPresence.Presence;

/** SUP-03: an agent's state from its presence and its chats; SUP-01: its icon. */
class AgentStatusTest {

    private static final Instant T = Instant.parse("2025-03-03T15:00:00Z");

    /** A presence: open sockets, on a break (type 7 "Lunch"), on a call, busy with an incall chat. */
    static Presence presence(int sockets, boolean onBreak, boolean onCall, boolean busy) {
        return new Presence(1, sockets, onBreak ? 7L : null, onBreak ? "Lunch" : null, onCall, busy, T);
    }

    @ParameterizedTest(name = "sockets {0}, break {1}, call {2}, incall {3}, chats {4}: {5}")
    @CsvSource({
        "0, false, false, false, 0, DISCONNECTED",
        "0, false, false, false, 2, DISCONNECTED",
        "1, false, false, false, 0, FREE",
        "2, false, false, false, 1, BUSY",
        "1, false, true, false, 0, BUSY",
        "1, false, false, true, 0, BUSY",
        "1, true, false, false, 0, FREE_IN_BREAK",
        "1, true, false, false, 1, BUSY_IN_BREAK",
        "1, true, true, false, 0, BUSY_IN_BREAK"
    })
    void stateFromPresenceAndChats(int sockets, boolean onBreak, boolean onCall, boolean busy, int chats,
                                   AgentStatus expected) {
        assertEquals(expected, AgentStatus.of(presence(sockets, onBreak, onCall, busy), chats));
    }

    @Test
    @DisplayName("SUP-03: an agent the presence never saw since the server started is disconnected")
    void neverSeen() {
        assertEquals(AgentStatus.DISCONNECTED, AgentStatus.of(null, 0));
    }

    @Test
    @DisplayName("SUP-01: a phone on a call, the break's own icon on a break, the pause icon for a break without one")
    void icons() {
        assertEquals(AgentStatus.PHONE, AgentStatus.BUSY.icon(true, null));
        assertEquals(AgentStatus.PHONE, AgentStatus.BUSY_IN_BREAK.icon(true, "pi pi-apple"));
        assertEquals("pi pi-apple", AgentStatus.FREE_IN_BREAK.icon(false, "pi pi-apple"));
        assertEquals(AgentStatus.BREAK, AgentStatus.FREE_IN_BREAK.icon(false, null));
        assertEquals(AgentStatus.BREAK, AgentStatus.BUSY_IN_BREAK.icon(false, "x\" onclick=\"evil"),
                "only PrimeIcons classes reach the page");
        assertEquals("pi pi-check-circle", AgentStatus.FREE.icon(false, null));
        assertEquals("pi pi-comments", AgentStatus.BUSY.icon(false, null));
        assertEquals("pi pi-power-off", AgentStatus.DISCONNECTED.icon(false, null));
    }
}
