package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.agent.AgentState;

/** The agent state of SUP-03 follows from the agent's situation, the strongest first. */
class AgentPresenceTest {

    private static AgentPresence.Presence presence(int sockets, Long breakType, boolean onCall, boolean busy) {
        return new AgentPresence.Presence(7, sockets, breakType, breakType == null ? null : "Lunch", onCall, busy,
                Instant.EPOCH);
    }

    @Test
    @DisplayName("without an open workspace the agent is logged out, whatever else was true")
    void noSocketIsLoggedOut() {
        AgentPresence.Presence gone = presence(0, 3L, true, true);
        assertEquals(AgentState.LOGGED_OUT, gone.state());
        assertFalse(gone.loggedIn());
        assertFalse(gone.onBreak(), "a logged-out agent is on no break");
    }

    @Test
    @DisplayName("a break outranks a call and STR-01 busy; a call outranks busy")
    void breakThenCallThenBusy() {
        assertEquals(AgentState.ON_BREAK, presence(1, 3L, true, true).state());
        assertEquals(AgentState.ON_CALL, presence(1, null, true, true).state());
        assertEquals(AgentState.BUSY, presence(2, null, false, true).state());
        assertEquals(AgentState.AVAILABLE, presence(1, null, false, false).state());
        assertTrue(presence(1, 3L, false, false).onBreak());
    }
}
