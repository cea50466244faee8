package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FloodGuardTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheCapacityPassesAndTheNextFrameIsRefused() {
        FloodGuard guard = new FloodGuard(30, 5, 0);
        for (int i = 0; i < 30; i++) {
            assertTrue(guard.allow(0), "frame " + i);
        }
        assertFalse(guard.allow(0));
    }

    @Test
    void theAllowanceComesBackWithTime() {
        FloodGuard guard = new FloodGuard(30, 5, 0);
        for (int i = 0; i < 30; i++) {
            guard.allow(0);
        }
        assertTrue(guard.allow(SECOND / 5), "one frame a fifth of a second later");
        assertFalse(guard.allow(SECOND / 5));
    }

    @Test
    void aPersonTypingSteadilyIsNeverStopped() {
        FloodGuard guard = new FloodGuard(30, 5, 0);
        for (int i = 0; i < 1000; i++) {
            assertTrue(guard.allow(i * (SECOND / 4)), "four frames a second, frame " + i);
        }
    }
}
