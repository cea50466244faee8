package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final User user = new User("ana", "Ana", "hash", Set.of(Role.AGENT));

    @Test
    void failuresBelowTheMaximumCountButDoNotLock() {
        user.recordFailedLogin(NOW, 3, LOCK);
        user.recordFailedLogin(NOW, 3, LOCK);

        assertEquals(2, user.getFailedLogins());
        assertFalse(user.isLocked(NOW));
        assertNull(user.getLockedUntil());
    }

    @Test
    void reachingTheMaximumLocksForTheGivenTimeAndResetsTheCount() {
        for (int i = 0; i < 3; i++) {
            user.recordFailedLogin(NOW, 3, LOCK);
        }

        assertTrue(user.isLocked(NOW));
        assertTrue(user.isLocked(NOW.plus(LOCK).minusSeconds(1)));
        assertEquals(NOW.plus(LOCK), user.getLockedUntil());
        assertEquals(0, user.getFailedLogins());
    }

    @Test
    void theLockEndsWhenItsTimeIsOver() {
        for (int i = 0; i < 3; i++) {
            user.recordFailedLogin(NOW, 3, LOCK);
        }

        assertFalse(user.isLocked(NOW.plus(LOCK)));
        assertFalse(user.isLocked(NOW.plus(LOCK).plusSeconds(60)));
    }

    @Test
    void aSuccessfulLoginClearsFailuresAndLock() {
        user.recordFailedLogin(NOW, 5, LOCK);
        user.recordFailedLogin(NOW, 5, LOCK);
        user.recordSuccessfulLogin();

        assertEquals(0, user.getFailedLogins());
        assertFalse(user.isLocked(NOW));

        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(NOW, 5, LOCK);
        }
        user.recordSuccessfulLogin();
        assertFalse(user.isLocked(NOW));
        assertNull(user.getLockedUntil());
    }

    @Test
    void aMaximumBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> user.recordFailedLogin(NOW, 0, LOCK));
    }

    @Test
    void rolesAreThoseGivenAndCannotBeChangedThroughTheGetter() {
        assertTrue(user.hasRole(Role.AGENT));
        assertFalse(user.hasRole(Role.ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> user.getRoles().add(Role.ADMIN));
    }

    @Test
    void aNewUserIsEnabledWithACreationTime() {
        assertTrue(user.isEnabled());
        assertTrue(user.getCreatedAt() != null);
    }
}
