package org.webchat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionState;

/**
 * The stored facts of one queued interaction that the campaign figures need: when it entered the
 * queue, and when it was answered (taken by an agent), abandoned (the customer left the queue
 * unanswered) or missed (turned away by the center without an agent, see {@link #of(Interaction)}),
 * and when an answered one ended. At most one of answered, abandoned and missed is set; none means it
 * is still waiting.
 *
 * @param queuedAt    when it entered the queue; never null
 * @param answeredAt  when an agent took it, or null
 * @param abandonedAt when it left the queue unanswered because the customer gave up, or null
 * @param endedAt     when an answered interaction ended, or null while it goes on
 * @param missedAt    when the center turned it away unanswered, or null
 */
public record InteractionFacts(Instant queuedAt, Instant answeredAt, Instant abandonedAt, Instant endedAt,
                               Instant missedAt) {

    /** End reasons of an unanswered interaction that count as abandoned: the customer gave up or went away. */
    private static final Set<EndReason> ABANDONING =
            EnumSet.of(EndReason.ABANDONED, EndReason.CUSTOMER, EndReason.AUTO_FINISH);

    public InteractionFacts {
        Objects.requireNonNull(queuedAt, "queuedAt");
        if ((answeredAt != null ? 1 : 0) + (abandonedAt != null ? 1 : 0) + (missedAt != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("an interaction is answered, abandoned or missed: one of them");
        }
    }

    /** Answered, abandoned or waiting: never missed. */
    public InteractionFacts(Instant queuedAt, Instant answeredAt, Instant abandonedAt, Instant endedAt) {
        this(queuedAt, answeredAt, abandonedAt, endedAt, null);
    }

    /** Answered at {@code answeredAt}, still going on. */
    public static InteractionFacts answered(Instant queuedAt, Instant answeredAt) {
        return new InteractionFacts(queuedAt, Objects.requireNonNull(answeredAt, "answeredAt"), null, null);
    }

    /** Answered at {@code answeredAt}, ended at {@code endedAt}. */
    public static InteractionFacts answered(Instant queuedAt, Instant answeredAt, Instant endedAt) {
        return new InteractionFacts(queuedAt, Objects.requireNonNull(answeredAt, "answeredAt"), null, endedAt);
    }

    /** Left the queue unanswered at {@code abandonedAt}. */
    public static InteractionFacts abandoned(Instant queuedAt, Instant abandonedAt) {
        return new InteractionFacts(queuedAt, null, Objects.requireNonNull(abandonedAt, "abandonedAt"), null);
    }

    /** Turned away unanswered by the center at {@code missedAt} (queue full, campaign disabled, closed by a supervisor). */
    public static InteractionFacts missed(Instant queuedAt, Instant missedAt) {
        return new InteractionFacts(queuedAt, null, null, null, Objects.requireNonNull(missedAt, "missedAt"));
    }

    /** Still waiting. */
    public static InteractionFacts waiting(Instant queuedAt) {
        return new InteractionFacts(queuedAt, null, null, null);
    }

    /**
     * The facts of a stored interaction, or empty when it never entered a queue (an offline message,
     * or one that stayed with its bot). See {@link #of(Instant, Instant, InteractionState, EndReason, Instant)}.
     */
    public static Optional<InteractionFacts> of(Interaction interaction) {
        return of(interaction.getQueuedAt(), answeredAt(interaction.getQueuedAt(), interaction.getFirstAssignedAt(),
                interaction.getAssignedAt()), interaction.getState(), interaction.getEndReason().orElse(null),
                interaction.getEndedAt());
    }

    /**
     * When the customer's wait in the queue ended: when an agent first took the chat (a transfer to another agent moves
     * {@code assignedAt}, not the customer's wait), unless the chat was queued again since (a transfer to a campaign
     * starts a new wait, ended by {@code assignedAt}); null while nobody has it.
     */
    public static Instant answeredAt(Instant queuedAt, Instant firstAssignedAt, Instant assignedAt) {
        if (assignedAt == null) {
            return null;
        }
        return firstAssignedAt != null && queuedAt != null && !firstAssignedAt.isBefore(queuedAt) ? firstAssignedAt
                : assignedAt;
    }

    /**
     * The facts of an interaction from its stored columns (a query reads only these), or empty when it never
     * entered a queue. Answered = taken by an agent ({@code answeredAt}, see {@link #answeredAt}). Abandoned = ended without an agent
     * because the customer gave up: Max time (ABANDONED), closed the chat (CUSTOMER) or stayed disconnected
     * (AUTO_FINISH). Missed = ended without an agent for any other reason: refused as unavailable when the queue
     * was full, ended by a supervisor, by a disabled campaign or by a bot; the customer did not choose to leave,
     * the center did not serve it. Open and unanswered = waiting.
     */
    public static Optional<InteractionFacts> of(Instant queuedAt, Instant answeredAt, InteractionState state,
                                                EndReason endReason, Instant endedAt) {
        if (queuedAt == null) {
            return Optional.empty();
        }
        if (answeredAt != null) {
            return Optional.of(answered(queuedAt, answeredAt, endedAt));
        }
        if (state == InteractionState.ENDED) {
            Instant left = endedAt == null ? queuedAt : endedAt;
            return Optional.of(endReason != null && ABANDONING.contains(endReason)
                    ? abandoned(queuedAt, left) : missed(queuedAt, left));
        }
        return Optional.of(waiting(queuedAt));
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isAbandoned() {
        return abandonedAt != null;
    }

    public boolean isMissed() {
        return missedAt != null;
    }

    /** How long it waited until answered or abandoned; empty while waiting. Never negative (clock skew between nodes counts as zero). */
    public Optional<Duration> waitTime() {
        Instant left = answeredAt != null ? answeredAt : abandonedAt;
        return left == null ? Optional.empty() : Optional.of(nonNegative(Duration.between(queuedAt, left)));
    }

    /** How long an answered interaction lasted with its agent, once ended. */
    public Optional<Duration> chatTime() {
        return answeredAt == null || endedAt == null
                ? Optional.empty()
                : Optional.of(nonNegative(Duration.between(answeredAt, endedAt)));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
