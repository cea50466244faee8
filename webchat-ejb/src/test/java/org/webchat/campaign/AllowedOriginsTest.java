package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** ADV-15: which host pages may run a campaign's widget, read as a browser reads frame-ancestors. */
class AllowedOriginsTest {

    private final AllowedOrigins allowed = new AllowedOrigins(List.of("https://shop.example.com", "127.0.0.2:9000",
            "*.brand.test", "http://legacy.example.org", "not a domain/"));

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource({
            "https://shop.example.com,      true",
            "https://shop.example.com:443,  true",
            "http://shop.example.com,       false",
            "https://shop.example.com:8443, false",
            "https://evil.example.com,      false",
            "http://127.0.0.2:9000,         true",
            "https://127.0.0.2:9000,        true",
            "http://127.0.0.2:9001,         false",
            "http://127.0.0.3:9000,         false",
            "https://www.brand.test,        true",
            "https://a.b.brand.test,        true",
            "https://brand.test,            false",
            "https://notbrand.test,         false",
            "http://legacy.example.org,     true",
            "http://legacy.example.org:80,  true",
            "ftp://legacy.example.org,      false",
            "shop.example.com,              false",
            "null,                          false"})
    void aHostPageIsAllowedOnlyByAnEntry(String origin, boolean expected) {
        assertEquals(expected, allowed.allows("null".equals(origin) ? null : origin));
    }

    @Test
    void theCspSourcesAreTheValidEntries() {
        assertEquals(List.of("https://shop.example.com", "127.0.0.2:9000", "*.brand.test", "http://legacy.example.org"),
                allowed.cspSources());
    }

    @Test
    void noEntryAllowsNoHostPage() {
        assertFalse(new AllowedOrigins(List.of()).allows("https://shop.example.com"));
        assertTrue(new AllowedOrigins(List.of("Shop.Example.com ")).allows("http://shop.example.com"));
    }
}
