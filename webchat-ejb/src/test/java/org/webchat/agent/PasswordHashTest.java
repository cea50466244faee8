package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordVerifies() {
        String stored = PasswordHash.hash("correct horse battery staple");
        assertTrue(PasswordHash.verify("correct horse battery staple", stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = PasswordHash.hash("correct horse battery staple");
        assertFalse(PasswordHash.verify("correct horse battery stapler", stored));
        assertFalse(PasswordHash.verify("", stored));
        assertFalse(PasswordHash.verify(null, stored));
    }

    @Test
    void theStoredFormNamesTheAlgorithmAndWorkFactorAndHidesThePassword() {
        String stored = PasswordHash.hash("s3cret");
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$"), stored);
        assertFalse(stored.contains("s3cret"));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHash.hash("same"), PasswordHash.hash("same"));
    }

    @Test
    void hashesOfAnOlderWorkFactorStillVerify() {
        String older = PasswordHash.hash("legacy", 1_000);
        assertTrue(PasswordHash.verify("legacy", older));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(PasswordHash.verify("x", null));
        assertFalse(PasswordHash.verify("x", "x"));
        assertFalse(PasswordHash.verify("x", "md5$1$abc$def"));
        assertFalse(PasswordHash.verify("x", "pbkdf2-sha256$many$abc$def"));
        assertFalse(PasswordHash.verify("x", "pbkdf2-sha256$10$***$***"));
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.hash(""));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.hash(null));
    }
}
