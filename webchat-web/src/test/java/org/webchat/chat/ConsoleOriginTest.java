package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, point 1: only the console's own pages (or configured origins) may open a console socket. */
class ConsoleOriginTest {

    @ParameterizedTest(name = "a page of {0} opening the socket of {1} is allowed")
    @CsvSource({
            "http://localhost:8080, localhost:8080",
            "HTTP://LocalHost:8080, localhost:8080",
            "https://chat.example.com, chat.example.com",
            "https://chat.example.com:443, chat.example.com",
            "http://chat.example.com, chat.example.com:80",
            "https://agents.example.com, internal:8080",
            // Another scheme cannot be served on the server's own host and port: only a proxy in front says https.
            "https://localhost:8080, localhost:8080"})
    void theServersOwnOriginAndConfiguredOnesAreAllowed(String origin, String host) {
        assertTrue(ConsoleOrigin.allows(origin, host, List.of("https://agents.example.com")));
    }

    @ParameterizedTest(name = "a page of {0} opening the socket of {1} is refused")
    @CsvSource({
            "http://evil.example, localhost:8080",
            "http://localhost:8081, localhost:8080",
            "null, localhost:8080",
            "file://, localhost:8080",
            "http://localhost:8080/agent, localhost:8080",
            "http://user@localhost:8080, localhost:8080",
            "https://agents.example.com.evil.example, internal:8080"})
    void anyOtherPageIsRefused(String origin, String host) {
        assertFalse(ConsoleOrigin.allows(origin, host, List.of("https://agents.example.com")));
    }

    @ParameterizedTest(name = "no Origin header (not a browser) is allowed")
    @CsvSource("localhost:8080")
    void aClientThatIsNotABrowserSaysNoOrigin(String host) {
        assertTrue(ConsoleOrigin.allows(null, host, List.of()));
    }
}
