package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.webchat.interaction.EndReason;

/** A row's wait and duration (AGT-03) and its supervisors' grades (REC-05). */
class RecordingRowTest {

    private static final Instant CREATED = Instant.parse("2026-03-10T10:00:00Z");

    private static RecordingRow row(Instant started, Instant ended, boolean offline) {
        return new RecordingRow(1, "Sales", null, "Ann", null, CREATED, CREATED, started, ended,
                ended == null ? null : EndReason.CUSTOMER, offline, false, null, 0, null, null, null);
    }

    @Test
    void aTakenChatWaitedUntilTakenAndLastedUntilItsEnd() {
        RecordingRow row = row(CREATED.plusSeconds(30), CREATED.plusSeconds(330), false);
        assertEquals(Optional.of(Duration.ofSeconds(30)), row.waited());
        assertEquals(Optional.of(Duration.ofMinutes(5)), row.duration());
    }

    @Test
    void anAbandonedChatWaitedUntilItEndedAndLastedNothing() {
        RecordingRow row = row(null, CREATED.plusSeconds(90), false);
        assertEquals(Optional.of(Duration.ofSeconds(90)), row.waited());
        assertEquals(Optional.empty(), row.duration());
    }

    @Test
    void anOfflineMessageNeitherWaitsNorLasts() {
        RecordingRow row = row(null, null, true);
        assertEquals(Optional.empty(), row.waited());
        assertEquals(Optional.empty(), row.duration());
    }

    @Test
    void theGradesOfTheRowAreItsCountAndAverageRounded() {
        Object[] columns = {7L, "Sales", "Agent A", "Ann", "ann@example.com", CREATED, CREATED, null, null, null, true,
                false, 4, "+1 555", "Good"};
        RecordingRow graded = RecordingRow.of(columns, Map.of(7L, RecordingRow.Grades.of(2L, 66.666)));
        assertEquals(2, graded.grades());
        assertEquals(new BigDecimal("66.67"), graded.average());
        assertEquals(4, graded.rating());
        assertEquals("+1 555", graded.phone());
        assertEquals("Good", graded.comment());
        assertTrue(graded.isGraded());
        RecordingRow none = RecordingRow.of(columns, Map.of());
        assertEquals(0, none.grades());
        assertEquals(null, none.average());
    }
}
