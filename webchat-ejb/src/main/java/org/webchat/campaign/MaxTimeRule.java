package org.webchat.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;

/**
 * Max time (ADV-05): a customer waiting unattended (queued, or offered but not taken) for longer
 * than Max time is abandoned: the interaction ends as {@link EndReason#ABANDONED} and the customer
 * sees the Unavailable message (MSG-03).
 *
 * <p>The wait counts from the moment the interaction entered the queue. "Past Max time" is strict:
 * waiting exactly Max time is still within it; any instant after is past. A timer set for
 * {@link #firesAt(Instant)} (the first millisecond past the limit) finds the rule true when it runs.
 */
public final class MaxTimeRule {

    /** What the customer sees when the rule fires. */
    public static final MessageKind MESSAGE = MessageKind.UNAVAILABLE;
    /** How the interaction ends when the rule fires. */
    public static final EndReason END_REASON = EndReason.ABANDONED;

    private final Duration maxTime;

    public MaxTimeRule(Duration maxTime) {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("Max time must be positive: " + maxTime);
        }
        this.maxTime = maxTime;
    }

    public static MaxTimeRule of(Campaign campaign) {
        return new MaxTimeRule(Duration.ofSeconds(campaign.getMaxTimeSeconds()));
    }

    public Duration maxTime() {
        return maxTime;
    }

    /** Whether a customer queued at {@code queuedAt} and still unattended at {@code now} has waited past Max time. */
    public boolean isExceeded(Instant queuedAt, Instant now) {
        return Duration.between(queuedAt, now).compareTo(maxTime) > 0;
    }

    /** The last instant still within Max time: queued at plus Max time. */
    public Instant deadline(Instant queuedAt) {
        return queuedAt.plus(maxTime);
    }

    /** When to set a timer: the first millisecond past the deadline, at which {@link #isExceeded} holds. */
    public Instant firesAt(Instant queuedAt) {
        return deadline(queuedAt).plusMillis(1);
    }

    /** Whether this interaction is waiting unattended and has waited past Max time at {@code now}. */
    public boolean abandons(Interaction interaction, Instant now) {
        return interaction.getState().isWaiting()
                && interaction.getQueuedAt() != null
                && isExceeded(interaction.getQueuedAt(), now);
    }
}
