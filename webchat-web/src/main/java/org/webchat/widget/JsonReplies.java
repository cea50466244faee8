package org.webchat.widget;

import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers an HTTP request of the widget or the workspace with a JSON body. */
public final class JsonReplies {

    private JsonReplies() {
    }

    public static void send(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(body.build().toString());
    }
}
