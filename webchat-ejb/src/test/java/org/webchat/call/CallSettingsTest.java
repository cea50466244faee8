package org.webchat.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14, point 3: ICE servers, TURN's short-lived credentials (coturn's use-auth-secret), the ring time. */
class CallSettingsTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static CallSettings with(Map<String, String> values) {
        return new CallSettings(name -> Optional.ofNullable(values.get(name)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theTurnPasswordIsTheBase64HmacSha1OfTheUserNameUnderTheSecret() {
        // RFC 2104's well-known vector: HMAC-SHA1("key", "The quick brown fox jumps over the lazy dog")
        assertEquals("3nybhbi3iqa8ino29wqQcBydtNk=",
                CallSettings.turnPassword("key", "The quick brown fox jumps over the lazy dog"));
    }

    @Test
    void turnCredentialsExpireAfterTheirTimeToLiveAndStunNeedsNone() {
        CallSettings settings = with(Map.of("webchat.call.stun-urls", "stun:stun.example.com:3478",
                "webchat.call.turn-urls", "turn:turn.example.com:3478?transport=udp, turns:turn.example.com:5349",
                "webchat.call.turn-secret", "s3cret", "webchat.call.turn-ttl", "600"));
        CallSettings.Ice ice = settings.ice("call-7-agent");
        assertEquals("all", ice.policy());
        assertEquals(2, ice.servers().size());
        assertEquals(List.of("stun:stun.example.com:3478"), ice.servers().get(0).urls());
        assertNull(ice.servers().get(0).username());
        CallSettings.IceServer turn = ice.servers().get(1);
        assertEquals(List.of("turn:turn.example.com:3478?transport=udp", "turns:turn.example.com:5349"), turn.urls());
        assertEquals(NOW.plusSeconds(600).getEpochSecond() + ":call-7-agent", turn.username());
        assertEquals(CallSettings.turnPassword("s3cret", turn.username()), turn.credential());
    }

    @Test
    void noServersByDefaultAndRelayOnlyWhenAsked() {
        assertTrue(with(Map.of()).ice("x").servers().isEmpty(), "on one network, host candidates connect");
        assertEquals("all", with(Map.of("webchat.call.ice-policy", "anything")).ice("x").policy());
        assertEquals("relay", with(Map.of("webchat.call.ice-policy", "RELAY")).ice("x").policy());
    }

    @Test
    void theRingTimeIsThirtySecondsByDefaultAndKeptWithinBounds() {
        assertEquals(Duration.ofSeconds(30), with(Map.of()).ringTime());
        assertEquals(Duration.ofSeconds(8), with(Map.of("webchat.call.ring-seconds", "8")).ringTime());
        assertEquals(Duration.ofSeconds(5), with(Map.of("webchat.call.ring-seconds", "1")).ringTime());
        assertEquals(Duration.ofSeconds(120), with(Map.of("webchat.call.ring-seconds", "9999")).ringTime());
        assertEquals(Duration.ofSeconds(30), with(Map.of("webchat.call.ring-seconds", "soon")).ringTime());
    }
}
