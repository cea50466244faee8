package org.webchat.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** An external bot's API token (BOT-01): 32 random bytes shown once, kept as its SHA-256. */
class BotTokenTest {

    @Test
    void aTokenIsThirtyTwoRandomBytesInBase64Url() {
        String token = BotToken.make();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertNotEquals(token, BotToken.make());
    }

    @Test
    void onlyItsSha256InHexIsKept() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Bot.tokenHash("abc"));
        assertTrue(Bot.tokenHash(BotToken.make()).matches("[0-9a-f]{64}"));
    }
}
