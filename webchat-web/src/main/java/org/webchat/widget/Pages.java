package org.webchat.widget;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes the widget's small server-made HTML pages; every value goes through {@link #escape}. */
final class Pages {

    private Pages() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A page that only says why there is no chat (an unknown campaign, a host page not allowed). */
    static void refusal(HttpServletResponse response, int status, String language, String title, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<!doctype html><html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + escape(title)
                + "</title><link rel=\"stylesheet\" href=\"/widget/app.css\"></head><body><main id=\"webchat\">"
                + "<p id=\"wc-refusal\" role=\"alert\">" + escape(message) + "</p></main></body></html>");
    }
}
