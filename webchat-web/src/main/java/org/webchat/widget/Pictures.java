package org.webchat.widget;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.webchat.agent.Picture;

/** Serves a stored picture; only image types are served as images, and no picture is a 404. */
final class Pictures {

    private Pictures() {
    }

    static void send(HttpServletResponse response, Optional<Picture> picture) throws IOException {
        if (picture.isEmpty() || !picture.get().contentType().startsWith("image/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(picture.get().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(picture.get().content().length);
        response.getOutputStream().write(picture.get().content());
    }
}
