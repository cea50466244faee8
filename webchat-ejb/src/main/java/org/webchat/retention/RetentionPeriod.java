package org.webchat.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;

/**
 * How many days a security group keeps a conversation after it ended: 1 to {@link #MAX_DAYS}; empty (or 0) keeps
 * them forever.
 */
public final class RetentionPeriod {

    /** A hundred years: more is forever, said otherwise. */
    public static final int MAX_DAYS = 36_500;

    private RetentionPeriod() {
    }

    /**
     * The period an administrator typed: empty for "keep forever" (an empty field or 0), else the days; refused with
     * the field {@code days} when it is not a whole number from 0 to {@link #MAX_DAYS}.
     */
    public static Optional<Integer> parse(String text) throws FormRefused {
        String value = FormCheck.trim(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        FormCheck check = new FormCheck();
        Integer days = check.whole("days", value, 0, MAX_DAYS);
        if (days == null) {
            throw new FormRefused(check.problems());
        }
        return days == 0 ? Optional.empty() : Optional.of(days);
    }

    /** Conversations that ended (or offline messages left) before this instant are past the period. */
    public static Instant cutoff(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}
