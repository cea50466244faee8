package org.webchat.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How every file a customer or an agent sent is served back (the widget, Recordings): pictures and audio shown in
 * place, anything else downloaded under its name; whatever a file holds, it runs nothing in the product's origin.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Sends {@code content} as the file {@code name} of type {@code contentType}. */
    public static void file(HttpServletResponse response, String name, String contentType, byte[] content)
            throws IOException {
        boolean inline = contentType.startsWith("image/") || contentType.startsWith("audio/");
        headers(response, contentType, inline, name);
        response.setHeader("Cache-Control", "private, max-age=86400, immutable");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The headers of a file the product sends: its type, sandboxed, shown in place or saved as {@code name}. */
    public static void headers(HttpServletResponse response, String contentType, boolean inline, String name) {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
