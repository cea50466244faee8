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
 * queue, and when it was answered (taken by an agent) or abandoned (left the queue unanswered), and
 * when an answered one ended. At most one of answered and abandoned is set; neither means it is still
 * waiting (or otherwise left the queue without counting, see {@link #of(Interaction)}).
 *
 * @param queuedAt    when it entered the queue; never null
 * @param answeredAt  when an agent took it, or null
 * @param abandonedAt when it left the queue unanswered, or null
 * @param endedAt     when an answered interaction ended, or null while it goes on
 */
public record InteractionFacts(Instant queuedAt, Instant answeredAt, Instant abandonedAt, Instant endedAt) {

    /** End reasons of an unanswered interaction that count as abandoned: the customer gave up or went away. */
    private static final Set<EndReason> ABANDONING =
            EnumSet.of(EndReason.ABANDONED, EndReason.CUSTOMER, EndReason.AUTO_FINISH);

    public InteractionFacts {
        Objects.requireNonNull(queuedAt, "queuedAt");
        if (answeredAt != null && abandonedAt != null) {
            throw new IllegalArgumentException("an interaction is answered or abandoned, not both");
        }
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

    /** Still waiting. */
    public static InteractionFacts waiting(Instant queuedAt) {
        return new InteractionFacts(queuedAt, null, null, null);
    }

    /**
     * The facts of a stored interaction, or empty when it never entered a queue (an offline message,
     * or one that stayed with its bot). Answered = taken by an agent ({@code assignedAt}). Abandoned =
     * ended without an agent because the customer gave up: Max time (ABANDONED), closed the chat
     * (CUSTOMER) or stayed disconnected (AUTO_FINISH). One ended unanswered for another reason (refused
     * as unavailable, ended by a supervisor, by a disabled campaign or by a bot) is left out too: the
     * customer did not choose to leave, and it is no longer waiting. Open and unanswered = waiting.
     */
    public static Optional<InteractionFacts> of(Interaction interaction) {
        Instant queuedAt = interaction.getQueuedAt();
        if (queuedAt == null) {
            return Optional.empty();
        }
        Instant assignedAt = interaction.getAssignedAt();
        if (assignedAt != null) {
            return Optional.of(answered(queuedAt, assignedAt, interaction.getEndedAt()));
        }
        if (interaction.getState() == InteractionState.ENDED) {
            return interaction.getEndReason().filter(ABANDONING::contains).isPresent()
                    ? Optional.of(abandoned(queuedAt, interaction.getEndedAt()))
                    : Optional.empty();
        }
        return Optional.of(waiting(queuedAt));
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isAbandoned() {
        return abandonedAt != null;
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
