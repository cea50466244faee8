package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void aSupervisorsLogOutChangesTheAccessKeyEachTime_SUP15() {
        String before = user.accessKey();
        user.signOut();
        String once = user.accessKey();
        user.signOut();

        assertNotEquals(before, once, "the sessions signed in before the log-out end");
        assertNotEquals(once, user.accessKey(), "a second log-out ends the session signed in after the first");
        assertEquals(user.accessKey(), user.accessKey(), "a session signed in after the log-out holds");
    }

    @Test
    void theAccessKeyOfAUserNeverLoggedOutIsTheOneBeforeTheCounterExisted() throws Exception {
        // Sessions signed in before the upgrade that added the counter must not all end at once.
        String beforeTheCounter = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("hash|[AGENT]|".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(beforeTheCounter, user.accessKey());
    }

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
