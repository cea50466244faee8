package org.webchat.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-site WebSocket hijacking: a console socket (the agent's, the supervisor's) carries the signed-in user's cookie
 * whatever page opens it, so it may be opened only by a page of the console itself. A browser always says which page
 * in {@code Origin}; it must be the server's own origin (the {@code Host} the browser addressed) or one of
 * {@code webchat.console.origins} (for a server behind a proxy that changes the host). A socket without an
 * {@code Origin} is not a browser's, and has no cookie a browser added by itself.
 */
public class ConsoleOrigin extends ServerEndpointConfig.Configurator {

    /** The user property that says the handshake came from an allowed page. */
    static final String ALLOWED = "webchat.console-origin-allowed";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        config.getUserProperties().put(ALLOWED, allows(header(request, "Origin"), header(request, "Host"), configured()));
    }

    /**
     * Opens a console socket's session: frames up to the protocol's limit, and closed (1008) before a single frame
     * says anything when another site's page opened it with the user's cookie, or when nobody is signed in. The
     * signed-in user's login, or null when the session was closed.
     */
    static String signedIn(Session session, String socket) throws IOException {
        session.setMaxTextMessageBufferSize(FrameReader.MAX_FRAME + 1);
        if (!Boolean.TRUE.equals(session.getUserProperties().get(ALLOWED))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "This page may not open the " + socket
                    + " socket"));
            return null;
        }
        Principal principal = session.getUserPrincipal();
        if (principal == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ChatSockets.SIGNED_OUT));
            return null;
        }
        return principal.getName();
    }

    /** Whether a page of {@code origin} may open a console socket of the server addressed as {@code host}. */
    static boolean allows(String origin, String host, List<String> configured) {
        if (origin == null) {
            return true;
        }
        Optional<String> asked = normalized(origin);
        if (asked.isEmpty()) {
            return false; // "null" (a sandboxed page, a file), or anything that is not an http(s) origin
        }
        if (host != null && authority(asked.get()).equals(withDefaultPort(asked.get(), host.toLowerCase(Locale.ROOT)))) {
            return true;
        }
        return configured.stream().map(ConsoleOrigin::normalized).flatMap(Optional::stream).anyMatch(asked.get()::equals);
    }

    /** {@code webchat.console.origins} ({@code WEBCHAT_CONSOLE_ORIGINS}): origins separated by commas. */
    private static List<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue("webchat.console.origins", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** scheme://host:port in lower case with the port always written; empty when it is not an http(s) origin. */
    static Optional<String> normalized(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String authority(String normalizedOrigin) {
        return normalizedOrigin.substring(normalizedOrigin.indexOf("://") + 3);
    }

    /** The Host header with the port the origin's scheme implies when it names none. */
    private static String withDefaultPort(String normalizedOrigin, String host) {
        boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
        return hasPort ? host : host + ":" + (normalizedOrigin.startsWith("https") ? 443 : 80);
    }

    private static String header(HandshakeRequest request, String name) {
        return request.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
}
