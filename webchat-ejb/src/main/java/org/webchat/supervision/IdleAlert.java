package org.webchat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.webchat.campaign.Thresholds;

/**
 * SUP-09: an agent with no active interaction for longer than the third Chat time band shows an
 * alert on the dashboard. "Past" is strict: idle exactly the third band raises no alert yet.
 * Whether the agent counts as idle (logged in, not on a break) is the caller's to say; this is the time rule.
 */
public final class IdleAlert {

    private IdleAlert() {
    }

    /** Whether an agent idle for {@code idleFor} shows the alert. */
    public static boolean isRaised(Duration idleFor, Thresholds thresholds) {
        Objects.requireNonNull(idleFor, "idleFor");
        return idleFor.compareTo(limit(thresholds)) > 0;
    }

    /** The first millisecond at which an agent idle since {@code idleSince} shows the alert. */
    public static Instant raisedAt(Instant idleSince, Thresholds thresholds) {
        return idleSince.plus(limit(thresholds)).plusMillis(1);
    }

    private static Duration limit(Thresholds thresholds) {
        return Duration.ofSeconds(thresholds.getChatTimeBand3Seconds());
    }
}
