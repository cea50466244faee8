package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A console sign-in kept across a server restart (issue 16, point 6) ends with everything that ends a session: the
 * user disabled, the password, roles or group changed, a supervisor's log-out (SUP-15); and at its time's end.
 */
class KeptSignInTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String TOKEN = "q2mVxY1t0Yc8h3Qy5Zs9kq3W2o1f0bXv7uQm4Lr2aJc";

    private final User ana = new User("ana", "Ana", "hash", Set.of(Role.AGENT));

    @Test
    void onlyTheTokensHashIsKept() throws Exception {
        KeptSignIn kept = new KeptSignIn(TOKEN, ana, NOW.plus(KeptSignIns.LIFETIME));
        Field stored = KeptSignIn.class.getDeclaredField("tokenHash");
        stored.setAccessible(true);
        assertNotEquals(TOKEN, stored.get(kept));
        assertEquals(KeptSignIn.hash(TOKEN), stored.get(kept));
        assertEquals(64, KeptSignIn.hash(TOKEN).length(), "SHA-256 in hex");
    }

    @Test
    void itHoldsUntilItsTimeEnds() {
        KeptSignIn kept = new KeptSignIn(TOKEN, ana, NOW.plus(KeptSignIns.LIFETIME));
        assertTrue(kept.holds(NOW));
        assertTrue(kept.holds(NOW.plus(KeptSignIns.LIFETIME).minusSeconds(1)));
        assertFalse(kept.holds(NOW.plus(KeptSignIns.LIFETIME)), "a shift's length at most");
        assertEquals(Duration.ofHours(12), KeptSignIns.LIFETIME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"disabled", "password", "roles", "supervisor's log-out"})
    void whatEndsASessionEndsTheKeptSignIn(String change) {
        KeptSignIn kept = new KeptSignIn(TOKEN, ana, NOW.plus(KeptSignIns.LIFETIME));
        Consumer<User> act = switch (change) {
            case "disabled" -> user -> user.setEnabled(false);
            case "password" -> user -> user.setPasswordHash("another hash");
            case "roles" -> user -> user.setRoles(Set.of(Role.AGENT, Role.SUPERVISOR));
            default -> User::signOut;
        };
        act.accept(ana);
        assertFalse(kept.holds(NOW), change);
    }
}
