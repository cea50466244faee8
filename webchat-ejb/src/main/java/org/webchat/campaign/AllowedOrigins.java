package org.webchat.campaign;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Allowed domain (ADV-15, WID-01): the host pages where a campaign's widget may run. Each entry reads as a
 * source of a Content-Security-Policy: {@code https://shop.example.com}, {@code shop.example.com:8443},
 * {@code *.example.com} (any subdomain); without a scheme it allows http and https, without a port only the
 * scheme's default port, as a browser reads the same entry in the widget page's {@code frame-ancestors}.
 * The product's own pages (the example page, a direct link) are always allowed: they are not a host page.
 */
public final class AllowedOrigins {

    private record Entry(String scheme, String host, int port, boolean anyPort) {
    }

    private final List<String> sources;
    private final List<Entry> entries;

    public AllowedOrigins(Collection<String> domains) {
        this.sources = domains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
        this.entries = sources.stream().map(AllowedOrigins::entry).flatMap(Optional::stream).toList();
    }

    public static AllowedOrigins of(Campaign campaign) {
        return new AllowedOrigins(campaign.getAllowedDomains());
    }

    /** Whether an entry reads as an allowed domain ({@code [scheme://]host[:port]}, host may be {@code *.}...). */
    public static boolean isSource(String entry) {
        return entry != null && entry(entry.trim().toLowerCase(Locale.ROOT)).isPresent();
    }

    /** The entries as CSP sources, for {@code frame-ancestors} (entries that are not valid sources are left out). */
    public List<String> cspSources() {
        return sources.stream().filter(s -> entry(s).isPresent()).toList();
    }

    /** Whether a host page of {@code origin} (scheme://host[:port]) may run the widget. */
    public boolean allows(String origin) {
        Optional<Entry> asked = origin == null ? Optional.empty() : entry(origin.trim().toLowerCase(Locale.ROOT));
        if (asked.isEmpty() || asked.get().scheme() == null) {
            return false;
        }
        Entry page = asked.get();
        return entries.stream().anyMatch(allowed -> matches(allowed, page));
    }

    private static boolean matches(Entry allowed, Entry page) {
        boolean scheme = allowed.scheme() == null
                ? page.scheme().equals("http") || page.scheme().equals("https")
                : allowed.scheme().equals(page.scheme());
        boolean host = allowed.host().startsWith("*.")
                ? page.host().endsWith(allowed.host().substring(1))
                : allowed.host().equals(page.host());
        int wanted = allowed.port() >= 0 ? allowed.port() : defaultPort(page.scheme());
        return scheme && host && (allowed.anyPort() || page.port() == wanted);
    }

    /** Reads {@code [scheme://]host[:port]}; empty when it is not one. */
    private static Optional<Entry> entry(String source) {
        String scheme = null;
        String rest = source;
        int separator = source.indexOf("://");
        if (separator >= 0) {
            scheme = source.substring(0, separator);
            rest = source.substring(separator + 3);
            if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
                return Optional.empty();
            }
        }
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        boolean anyPort = rest.endsWith(":*");
        String forUri = anyPort ? rest.substring(0, rest.length() - 2) : rest;
        boolean wildcard = forUri.startsWith("*.");
        try {
            URI uri = new URI("http://" + (wildcard ? "x" + forUri.substring(1) : forUri));
            if (uri.getHost() == null || uri.getRawPath().length() > 0 || uri.getRawQuery() != null || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            String host = wildcard ? "*" + uri.getHost().substring(1) : uri.getHost();
            int port = uri.getPort();
            if (scheme != null && port < 0 && !anyPort) {
                port = defaultPort(scheme);
            }
            return Optional.of(new Entry(scheme, host, port, anyPort));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    @Override
    public String toString() {
        return Objects.toString(sources);
    }
}
