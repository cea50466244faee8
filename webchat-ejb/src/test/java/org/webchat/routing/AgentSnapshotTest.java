package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.webchat.routing.Member.agent;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentSnapshotTest {

    private static final Instant NINE = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant TEN = Instant.parse("2025-03-03T10:00:00Z");

    @Test
    void aPenaltyOutside0To100IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> agent(1).penalty(-1).build());
        assertThrows(IllegalArgumentException.class, () -> agent(1).penalty(101).build());
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> agent(1).active(-1).build());
        assertThrows(IllegalArgumentException.class, () -> agent(1).offers(-1).build());
        assertThrows(IllegalArgumentException.class, () -> agent(1).completedToday(-1).build());
    }

    @Test
    void idleSinceIsTheLaterOfBecomingFreeAndTheLastAssignment() {
        assertEquals(TEN, agent(1).freeSince(NINE).lastAssignedAt(TEN).build().idleSince());
        assertEquals(TEN, agent(1).freeSince(TEN).lastAssignedAt(NINE).build().idleSince());
        assertEquals(NINE, agent(1).freeSince(NINE).build().idleSince());
        assertEquals(NINE, agent(1).lastAssignedAt(NINE).build().idleSince());
        assertNull(agent(1).build().idleSince());
    }

    @Test
    void anAssignmentCountsOneMoreAndRecordsItsTime() {
        AgentSnapshot after = agent(1).active(2).build().withAssignment(TEN, false);
        assertEquals(3, after.activeInteractions());
        assertEquals(TEN, after.lastAssignedAt());
        assertEquals(false, after.busy());
        assertEquals(true, agent(1).build().withAssignment(TEN, true).busy());
    }
}
