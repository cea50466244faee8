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
    @DisplayName("another break, or the same break by a supervisor's pause (SUP-14), is a new period; another window is not")
    void whatMakesANewPeriod() {
        AgentPresence.Presence lunch = presence(1, 3L, false, false);
        assertFalse(lunch.withSockets(2).differsFrom(lunch), "a second workspace window changes no state");
        assertFalse(lunch.withCall(true).differsFrom(lunch), "on a break whether on a call or not");
        assertTrue(new AgentPresence.Presence(7, 1, 4L, "Meeting", false, false, Instant.EPOCH).differsFrom(lunch),
                "from one break to another");
        AgentPresence.Presence paused = new AgentPresence.Presence(7, 1, 3L, "Lunch", false, false, Instant.EPOCH, "Sara");
        assertTrue(paused.differsFrom(lunch), "the supervisor's pause names the supervisor");
        assertEquals("Sara", paused.withCall(true).pausedBy(), "still paused by Sara on a call");
        assertTrue(presence(1, null, false, false).differsFrom(null), "the first state of all");
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
