package org.webchat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.webchat.campaign.Thresholds;

/**
 * The colour of a figure on the supervision dashboard by its campaign's thresholds (ADV-03, spec section 6,
 * SUP-16): {@link #of} is the one place it is computed. Green is fine, yellow asks for attention, red says a
 * threshold is passed. Figures with no threshold of their own (active, completed, abandoned, missed) are not
 * coloured.
 */
public enum Colour {
    GREEN,
    YELLOW,
    RED;

    /**
     * Service level % from which the figure is green, and below which it is red (from {@link #SERVICE_LEVEL_RED_BELOW}
     * up to this it is yellow). <i>(reading)</i> The thresholds of ADV-03 say how long a customer may wait, not which
     * share of customers must be served in time; the campaign keeps no target %, so the industry's usual one holds:
     * 80% of the customers answered within the service level.
     */
    public static final double SERVICE_LEVEL_TARGET = 80;
    public static final double SERVICE_LEVEL_RED_BELOW = 60;

    /** What a figure measures, which says which thresholds colour it. */
    public enum Figure {
        /**
         * A service level % (either formula): green from {@link #SERVICE_LEVEL_TARGET}, yellow from
         * {@link #SERVICE_LEVEL_RED_BELOW}, red below.
         */
        SERVICE_LEVEL,
        /**
         * A wait in the queue, in seconds (a waiting customer's, the longest, the average): green up to the
         * Service level threshold, yellow past it up to Dropout, red past Dropout ("a waiting chat counts as
         * abandoned past it"). A wait of exactly the service level still meets it (ADM-05: only one that "waited
         * longer" lowers it).
         */
        WAIT,
        /**
         * Customers waiting now: green up to half of ACD (rounded down), yellow up to ACD, red past ACD, "the
         * most customers waiting". An ACD of 0 wants nobody waiting: one customer is red.
         */
        QUEUE,
        /** A chat's time with its agent, in seconds: the Chat time bands ({@link ChatTimeBand}, SUP-08). */
        CHAT_TIME
    }

    /** The colour of {@code value} (in the unit of {@code figure}) by the campaign's {@code thresholds}. */
    public static Colour of(Figure figure, double value, Thresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return switch (Objects.requireNonNull(figure, "figure")) {
            case SERVICE_LEVEL -> value >= SERVICE_LEVEL_TARGET ? GREEN : value >= SERVICE_LEVEL_RED_BELOW ? YELLOW : RED;
            case WAIT -> value > thresholds.getDropoutSeconds() ? RED
                    : value > thresholds.getServiceLevelSeconds() ? YELLOW : GREEN;
            case QUEUE -> value > thresholds.getAcd() ? RED : value > thresholds.getAcd() / 2 ? YELLOW : GREEN;
            case CHAT_TIME -> valueOf(ChatTimeBand.of(Duration.ofMillis(Math.round(value * 1000)), thresholds).name());
        };
    }

    /** The first millisecond at which a customer waiting since {@code queuedAt} is yellow (past the service level). */
    public static Instant waitYellowAt(Instant queuedAt, Thresholds thresholds) {
        return queuedAt.plusSeconds(thresholds.getServiceLevelSeconds()).plusMillis(1);
    }

    /** The first millisecond at which a customer waiting since {@code queuedAt} is red (past Dropout). */
    public static Instant waitRedAt(Instant queuedAt, Thresholds thresholds) {
        return queuedAt.plusSeconds(thresholds.getDropoutSeconds()).plusMillis(1);
    }
}
