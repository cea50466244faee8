package org.webchat.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;

/**
 * Auto finish (ADV-07): an open interaction whose customer has been disconnected for longer than
 * Auto finish ends as {@link EndReason#AUTO_FINISH}. It applies in any open state (with the bot, in
 * the queue or with an agent); a reconnection clears the disconnection and so the rule.
 *
 * <p>"Longer than" is strict: disconnected exactly Auto finish is not yet; any instant after is. A
 * timer set for {@link #firesAt(Instant)} (the first millisecond past the limit) finds the rule true.
 */
public final class AutoFinishRule {

    /** How the interaction ends when the rule fires. */
    public static final EndReason END_REASON = EndReason.AUTO_FINISH;

    private final Duration autoFinish;

    public AutoFinishRule(Duration autoFinish) {
        Objects.requireNonNull(autoFinish, "autoFinish");
        if (autoFinish.isNegative() || autoFinish.isZero()) {
            throw new IllegalArgumentException("Auto finish must be positive: " + autoFinish);
        }
        this.autoFinish = autoFinish;
    }

    public static AutoFinishRule of(Campaign campaign) {
        return new AutoFinishRule(Duration.ofSeconds(campaign.getAutoFinishSeconds()));
    }

    public Duration autoFinish() {
        return autoFinish;
    }

    /** Whether a customer disconnected at {@code disconnectedAt}, still gone at {@code now}, has been gone too long. */
    public boolean isExceeded(Instant disconnectedAt, Instant now) {
        return Duration.between(disconnectedAt, now).compareTo(autoFinish) > 0;
    }

    /** The last instant still within Auto finish: disconnected at plus Auto finish. */
    public Instant deadline(Instant disconnectedAt) {
        return disconnectedAt.plus(autoFinish);
    }

    /** When to set a timer: the first millisecond past the deadline, at which {@link #isExceeded} holds. */
    public Instant firesAt(Instant disconnectedAt) {
        return deadline(disconnectedAt).plusMillis(1);
    }

    /** Whether this interaction is open, its customer gone, and gone longer than Auto finish at {@code now}. */
    public boolean finishes(Interaction interaction, Instant now) {
        Instant disconnectedAt = interaction.getCustomerDisconnectedAt();
        return interaction.getState().isOpen() && disconnectedAt != null && isExceeded(disconnectedAt, now);
    }
}
