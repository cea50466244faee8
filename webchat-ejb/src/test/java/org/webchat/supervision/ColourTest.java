package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.webchat.campaign.Thresholds;
import org.webchat.supervision.Colour.Figure;

/** ADV-03, SUP-16: each figure's colour by the campaign's thresholds, at the edges of each band. */
class ColourTest {

    /** Service level 20 s, dropout 60 s, chat time 120/300/600 s, ACD 10. */
    private static final Thresholds THRESHOLDS = new Thresholds(20, 60, 120, 300, 600, 10);

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        // a service level %: green from 80, yellow from 60, red below
        "SERVICE_LEVEL, 100, GREEN",
        "SERVICE_LEVEL, 80, GREEN",
        "SERVICE_LEVEL, 79.99, YELLOW",
        "SERVICE_LEVEL, 60, YELLOW",
        "SERVICE_LEVEL, 59.99, RED",
        "SERVICE_LEVEL, 0, RED",
        // a wait: green up to the service level threshold (20 s), yellow up to dropout (60 s), red past it
        "WAIT, 0, GREEN",
        "WAIT, 20, GREEN",
        "WAIT, 20.001, YELLOW",
        "WAIT, 60, YELLOW",
        "WAIT, 60.001, RED",
        "WAIT, 3600, RED",
        // customers waiting: green up to half of ACD (5), yellow up to ACD (10), red past it
        "QUEUE, 0, GREEN",
        "QUEUE, 5, GREEN",
        "QUEUE, 6, YELLOW",
        "QUEUE, 10, YELLOW",
        "QUEUE, 11, RED",
        // a chat's time: the Chat time bands (SUP-08)
        "CHAT_TIME, 119.999, GREEN",
        "CHAT_TIME, 120, YELLOW",
        "CHAT_TIME, 299.999, YELLOW",
        "CHAT_TIME, 300, RED"
    })
    void colourAtEachEdge(Figure figure, double value, Colour expected) {
        assertEquals(expected, Colour.of(figure, value, THRESHOLDS));
    }

    @ParameterizedTest(name = "ACD {0}: {1} waiting is {2}")
    @CsvSource({
        "0, 0, GREEN",
        "0, 1, RED",
        "1, 0, GREEN",
        "1, 1, YELLOW",
        "1, 2, RED",
        "3, 1, GREEN",
        "3, 2, YELLOW",
        "3, 4, RED"
    })
    @DisplayName("ACD: small limits keep their meaning (0 wants nobody waiting)")
    void smallAcd(int acd, int waiting, Colour expected) {
        assertEquals(expected, Colour.of(Figure.QUEUE, waiting, new Thresholds(20, 60, 120, 300, 600, acd)));
    }

    @Test
    @DisplayName("SUP-10: a waiting customer turns yellow and red at the first millisecond past each threshold")
    void theInstantsAWaitChangesColour() {
        Instant queuedAt = Instant.parse("2025-03-03T15:00:00Z");

        Instant yellowAt = Colour.waitYellowAt(queuedAt, THRESHOLDS);
        Instant redAt = Colour.waitRedAt(queuedAt, THRESHOLDS);

        assertEquals(Instant.parse("2025-03-03T15:00:20.001Z"), yellowAt);
        assertEquals(Instant.parse("2025-03-03T15:01:00.001Z"), redAt);
        assertEquals(Colour.GREEN, waitColour(queuedAt, yellowAt.minusMillis(1)));
        assertEquals(Colour.YELLOW, waitColour(queuedAt, yellowAt));
        assertEquals(Colour.YELLOW, waitColour(queuedAt, redAt.minusMillis(1)));
        assertEquals(Colour.RED, waitColour(queuedAt, redAt));
    }

    private static Colour waitColour(Instant queuedAt, Instant now) {
        return Colour.of(Figure.WAIT, Duration.between(queuedAt, now).toMillis() / 1000.0, THRESHOLDS);
    }
}
