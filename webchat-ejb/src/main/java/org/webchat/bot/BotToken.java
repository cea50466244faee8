package org.webchat.bot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An external bot's API token (BOT-01): 32 random bytes in base64url, shown once to the administrator who made it.
 * Only its SHA-256 (hex) is kept, in {@link Bot#getApiTokenHash()}, so a copy of the database does not give it away;
 * a call of the bot API is known by hashing the token it presents.
 */
public final class BotToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BotToken() {
    }

    /** A new token: 43 characters of base64url, no padding. */
    public static String make() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token as kept: its SHA-256 in lower-case hex (64 characters). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
