package org.webchat.call;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How calls ring and connect (README, "Calls across NAT"): the ring time, and the ICE servers the browsers use to reach each
 * other across NAT. A TURN server's credentials are short-lived, made from a secret shared with it, the scheme of
 * coturn's {@code use-auth-secret}: the user name is the expiry (Unix seconds) and a tag, the password the Base64
 * HMAC-SHA1 of the user name under the secret. Read at each call, so that a change of the system properties applies
 * at the next call without a restart.
 */
@ApplicationScoped
public class CallSettings {

    static final int DEFAULT_RING_SECONDS = 30;
    static final Duration DEFAULT_TURN_TTL = Duration.ofHours(12);

    /** An ICE server as RTCPeerConnection takes it. */
    public record IceServer(List<String> urls, String username, String credential) {
    }

    /** What a side's peer connection is configured with. {@code policy}: "all", or "relay" (TURN only). */
    public record Ice(List<IceServer> servers, String policy) {
    }

    private final Function<String, Optional<String>> settings;
    private final Clock clock;

    public CallSettings() {
        this(CallSettings::configured, Clock.systemUTC());
    }

    CallSettings(Function<String, Optional<String>> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long a call rings before it ends unanswered: {@code webchat.call.ring-seconds}, 5 to 120, 30 by default. */
    public Duration ringTime() {
        int seconds = value("webchat.call.ring-seconds").flatMap(CallSettings::whole).orElse(DEFAULT_RING_SECONDS);
        return Duration.ofSeconds(Math.max(5, Math.min(120, seconds)));
    }

    /** The ICE configuration for one side of one call; {@code tag} names it in the TURN server's log. */
    public Ice ice(String tag) {
        List<IceServer> servers = new ArrayList<>();
        List<String> stun = list("webchat.call.stun-urls");
        if (!stun.isEmpty()) {
            servers.add(new IceServer(stun, null, null));
        }
        List<String> turn = list("webchat.call.turn-urls");
        if (!turn.isEmpty()) {
            Duration ttl = value("webchat.call.turn-ttl").flatMap(CallSettings::whole).map(s -> Duration.ofSeconds(s))
                    .orElse(DEFAULT_TURN_TTL);
            String user = (clock.instant().plus(ttl).getEpochSecond()) + ":" + tag;
            String secret = value("webchat.call.turn-secret").orElse("");
            servers.add(new IceServer(turn, user, secret.isEmpty() ? null : turnPassword(secret, user)));
        }
        String policy = value("webchat.call.ice-policy").filter("relay"::equalsIgnoreCase).isPresent() ? "relay" : "all";
        return new Ice(List.copyOf(servers), policy);
    }

    /** coturn's REST credential: Base64(HMAC-SHA1(secret, user name)). */
    static String turnPassword(String secret, String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(user.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", impossible);
        }
    }

    private List<String> list(String name) {
        return value(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private Optional<String> value(String name) {
        return settings.apply(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A system property first (the management API can change it live), then MicroProfile Config (WEBCHAT_...). */
    private static Optional<String> configured(String name) {
        String set = System.getProperty(name);
        return set != null ? Optional.of(set) : ConfigProvider.getConfig().getOptionalValue(name, String.class);
    }

    private static Optional<Integer> whole(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
