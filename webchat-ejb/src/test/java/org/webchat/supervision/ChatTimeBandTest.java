package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.webchat.campaign.Thresholds;

/** SUP-08 chat-time colours and SUP-09 idle alert, from the Chat time bands of ADV-03. */
class ChatTimeBandTest {

    /** Bands 120 / 300 / 600 s. */
    private static final Thresholds THRESHOLDS = new Thresholds(20, 60, 120, 300, 600, 10);

    @ParameterizedTest(name = "SUP-08: {0} ms of chat is {1}")
    @CsvSource({
        "0, GREEN",
        "119999, GREEN",
        "120000, YELLOW",
        "200000, YELLOW",
        "299999, YELLOW",
        "300000, RED",
        "600000, RED",
        "86400000, RED"
    })
    void colourAtEachBoundary(long millis, ChatTimeBand expected) {
        assertEquals(expected, ChatTimeBand.of(Duration.ofMillis(millis), THRESHOLDS));
    }

    @Test
    @DisplayName("SUP-08: with bands 1 and 2 equal, the colour goes from green straight to red")
    void equalBandsSkipYellow() {
        Thresholds thresholds = new Thresholds(20, 60, 120, 120, 600, 10);

        assertEquals(ChatTimeBand.GREEN, ChatTimeBand.of(Duration.ofSeconds(119), thresholds));
        assertEquals(ChatTimeBand.RED, ChatTimeBand.of(Duration.ofSeconds(120), thresholds));
    }

    @Test
    @DisplayName("SUP-09: idle exactly the third band raises no alert; just past it does")
    void idleAlertPastTheThirdBand() {
        assertFalse(IdleAlert.isRaised(Duration.ofSeconds(599), THRESHOLDS));
        assertFalse(IdleAlert.isRaised(Duration.ofSeconds(600), THRESHOLDS));
        assertTrue(IdleAlert.isRaised(Duration.ofSeconds(600).plusNanos(1), THRESHOLDS));
    }

    @Test
    @DisplayName("SUP-09: the alert is raised at the first millisecond past the third band")
    void idleAlertMoment() {
        Instant idleSince = Instant.parse("2025-03-03T15:00:00Z");

        Instant raisedAt = IdleAlert.raisedAt(idleSince, THRESHOLDS);

        assertEquals(Instant.parse("2025-03-03T15:10:00.001Z"), raisedAt);
        assertTrue(IdleAlert.isRaised(Duration.between(idleSince, raisedAt), THRESHOLDS));
    }

    @Test
    @DisplayName("SUP-08: the instants a chat changes colour are those of the rule, so screens tick without it")
    void theInstantsAChatChangesColour() {
        Instant assignedAt = Instant.parse("2025-03-03T15:00:00Z");

        Instant yellowAt = ChatTimeBand.yellowAt(assignedAt, THRESHOLDS);
        Instant redAt = ChatTimeBand.redAt(assignedAt, THRESHOLDS);

        assertEquals(Instant.parse("2025-03-03T15:02:00Z"), yellowAt);
        assertEquals(Instant.parse("2025-03-03T15:05:00Z"), redAt);
        assertEquals(ChatTimeBand.GREEN, ChatTimeBand.of(Duration.between(assignedAt, yellowAt).minusMillis(1), THRESHOLDS));
        assertEquals(ChatTimeBand.YELLOW, ChatTimeBand.of(Duration.between(assignedAt, yellowAt), THRESHOLDS));
        assertEquals(ChatTimeBand.YELLOW, ChatTimeBand.of(Duration.between(assignedAt, redAt).minusMillis(1), THRESHOLDS));
        assertEquals(ChatTimeBand.RED, ChatTimeBand.of(Duration.between(assignedAt, redAt), THRESHOLDS));
    }
}
