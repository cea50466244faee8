package org.webchat.agent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Logins that name no user fail and lock exactly as a real account does (issue 11, point 7): otherwise the
 * "account locked" message after a few attempts would tell an attacker which logins exist. Kept in memory on each
 * node, for the most recent logins tried only; a real account's lock is the one stored with the user.
 */
@ApplicationScoped
public class UnknownLogins {

    /** How many unknown logins are remembered; the least recently tried are forgotten first. */
    static final int REMEMBERED = 10_000;

    private static final class Tries {
        int failures;
        Instant lockedUntil;
    }

    private final Map<String, Tries> tries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tries> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Counts a failure of {@code login} as {@link User#recordFailedLogin} does; the lock's end when it locks now. */
    public synchronized Optional<Instant> failed(String login, Instant now, int maxFailures, Duration lockFor) {
        Tries t = tries.computeIfAbsent(key(login), k -> new Tries());
        if (t.lockedUntil != null && now.isBefore(t.lockedUntil)) {
            return Optional.of(t.lockedUntil);
        }
        if (++t.failures >= maxFailures) {
            t.lockedUntil = now.plus(lockFor);
            t.failures = 0;
            return Optional.of(t.lockedUntil);
        }
        return Optional.empty();
    }

    /** Until when the unknown login is "locked" at {@code now}, as a real account would be. */
    public synchronized Optional<Instant> lockedUntil(String login, Instant now) {
        Tries t = tries.get(key(login));
        return t != null && t.lockedUntil != null && now.isBefore(t.lockedUntil) ? Optional.of(t.lockedUntil) : Optional.empty();
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }
}
