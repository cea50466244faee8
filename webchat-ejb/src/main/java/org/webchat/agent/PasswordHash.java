package org.webchat.agent;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords are stored as PBKDF2-HMAC-SHA256 with a random salt, in the self-describing form
 * {@code pbkdf2-sha256$iterations$salt$hash} (Base64), so the work factor can change later
 * without invalidating stored hashes. The work factor of new hashes is the configuration's ({@link PasswordPolicy}).
 */
public final class PasswordHash {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256: the work factor unless configured otherwise. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The floor NIST SP 800-63B recommends for PBKDF2 ("at least 10,000"): no new hash is made with fewer. */
    public static final int MIN_ITERATIONS = 10_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** A new hash of {@code password} with a random salt, made with {@code iterations} (at least {@link #MIN_ITERATIONS}). */
    public static String hash(String password, int iterations) {
        requireUsable(password);
        requireWorkFactor(iterations);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password.toCharArray(), salt, iterations, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + '$' + iterations + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(hash);
    }

    /** True when {@code password} matches {@code stored}; false for any malformed stored value. */
    public static boolean verify(String password, String stored) {
        int iterations = iterationsOf(stored);
        if (password == null || iterations <= 0) {
            return false;
        }
        String[] parts = stored.split("\\$");
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[2]);
            byte[] expected = b64.decode(parts[3]);
            byte[] actual = derive(password.toCharArray(), salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The iteration count a stored hash was made with; 0 for a malformed one. */
    static int iterationsOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length == 4 && PREFIX.equals(parts[0]) ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Runs one derivation of {@code iterations} and throws the result away: a login for an unknown user takes as long
     * as any other.
     */
    public static void spendEquivalentTime(String password, int iterations) {
        derive((password == null ? "" : password).toCharArray(), new byte[SALT_BYTES], iterations, HASH_BITS);
    }

    static void requireWorkFactor(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("A password hash needs at least " + MIN_ITERATIONS
                    + " iterations (NIST SP 800-63B's floor), not " + iterations);
        }
    }

    private static void requireUsable(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A password must not be empty");
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}
