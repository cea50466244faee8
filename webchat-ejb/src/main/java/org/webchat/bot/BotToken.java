package org.webchat.bot;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * An external bot's API token (BOT-01): 32 random bytes in base64url, shown once to the administrator who made it.
 * Only its {@link Bot#tokenHash} is kept, in {@link Bot#getApiTokenHash()}, so a copy of the database does not give
 * it away; a call of the bot API is known by hashing the token it presents.
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
}
