package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordVerifies() {
        String stored = PasswordHash.hash("correct horse battery staple", PasswordHash.MIN_ITERATIONS);
        assertTrue(PasswordHash.verify("correct horse battery staple", stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = PasswordHash.hash("correct horse battery staple", PasswordHash.MIN_ITERATIONS);
        assertFalse(PasswordHash.verify("correct horse battery stapler", stored));
        assertFalse(PasswordHash.verify("", stored));
        assertFalse(PasswordHash.verify(null, stored));
    }

    @Test
    void theStoredFormNamesTheAlgorithmAndWorkFactorAndHidesThePassword() {
        String stored = PasswordHash.hash("s3cret", 20_000);
        assertTrue(stored.startsWith("pbkdf2-sha256$20000$"), stored);
        assertFalse(stored.contains("s3cret"));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHash.hash("same", PasswordHash.MIN_ITERATIONS), PasswordHash.hash("same", PasswordHash.MIN_ITERATIONS));
    }

    @Test
    void hashesOfAnotherWorkFactorStillVerify() {
        String older = PasswordHash.hash("legacy", 20_000);
        assertTrue(PasswordHash.verify("legacy", older));
        assertEquals(20_000, PasswordHash.iterationsOf(older));
        // A hash stored before the least was set (or by hand) still verifies: the count is the stored one.
        String weak = "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$" + java.util.Base64.getEncoder().withoutPadding()
                .encodeToString(derive("legacy", 1000));
        assertTrue(PasswordHash.verify("legacy", weak));
    }

    @Test
    void noNewHashIsMadeWithFewerIterationsThanTheLeast() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PasswordHash.hash("pw", PasswordHash.MIN_ITERATIONS - 1));
        assertTrue(refused.getMessage().contains("at least 10000"), refused.getMessage());
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(PasswordHash.verify("x", null));
        assertFalse(PasswordHash.verify("x", "x"));
        assertFalse(PasswordHash.verify("x", "md5$1$abc$def"));
        assertFalse(PasswordHash.verify("x", "pbkdf2-sha256$many$abc$def"));
        assertFalse(PasswordHash.verify("x", "pbkdf2-sha256$10$***$***"));
        assertEquals(0, PasswordHash.iterationsOf(null));
        assertEquals(0, PasswordHash.iterationsOf("md5$1$abc$def"));
        assertEquals(0, PasswordHash.iterationsOf("pbkdf2-sha256$many$abc$def"));
    }

    @Test
    void anEmptyPasswordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.hash("", PasswordHash.MIN_ITERATIONS));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.hash(null, PasswordHash.MIN_ITERATIONS));
    }

    private static byte[] derive(String password, int iterations) {
        try {
            return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), new byte[16], iterations, 256))
                    .getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
