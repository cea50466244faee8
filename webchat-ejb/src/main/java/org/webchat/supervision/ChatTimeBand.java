package org.webchat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.webchat.campaign.Thresholds;

/**
 * The colour of an active interaction on the supervision dashboard (SUP-08, ADV-03 Chat time):
 * green before the first band, yellow from the first band up to the second, red from the second on.
 * Each band's own second belongs to the colour it starts: with bands 120/300 s, 119.9 s is green,
 * 120 s yellow, 299.9 s yellow, 300 s red.
 */
public enum ChatTimeBand {
    GREEN,
    YELLOW,
    RED;

    /** The colour of an interaction that has lasted {@code chatTime} (the one place this is computed). */
    public static ChatTimeBand of(Duration chatTime, Thresholds thresholds) {
        Objects.requireNonNull(chatTime, "chatTime");
        if (chatTime.compareTo(Duration.ofSeconds(thresholds.getChatTimeBand2Seconds())) >= 0) {
            return RED;
        }
        if (chatTime.compareTo(Duration.ofSeconds(thresholds.getChatTimeBand1Seconds())) >= 0) {
            return YELLOW;
        }
        return GREEN;
    }

    /** When a chat taken at {@code assignedAt} turns yellow: the browser changes its colour then, without the rule. */
    public static Instant yellowAt(Instant assignedAt, Thresholds thresholds) {
        return assignedAt.plusSeconds(thresholds.getChatTimeBand1Seconds());
    }

    /** When a chat taken at {@code assignedAt} turns red. */
    public static Instant redAt(Instant assignedAt, Thresholds thresholds) {
        return assignedAt.plusSeconds(thresholds.getChatTimeBand2Seconds());
    }
}
