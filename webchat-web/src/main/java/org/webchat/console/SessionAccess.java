package org.webchat.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.webchat.agent.UserAccountService;

/**
 * Ends a console session whose user was disabled or removed, or whose password, roles or security group an
 * administrator changed since it signed in (what it signed in with is kept as the user's access key). The
 * request then goes on anonymous: a page gets the login page, an Ajax request is sent to it, an API call gets
 * 401. Read on every signed-in request, so it holds on every node.
 */
@WebFilter(urlPatterns = "/*")
public class SessionAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ACCESS_KEY = "webchat.accessKey";

    @Inject
    UserAccountService accounts;

    /** Remembers what the session signed in with (at sign-in, or on its first request after). */
    static void signedIn(HttpServletRequest request, String key) {
        request.getSession().setAttribute(ACCESS_KEY, key);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal == null || session == null || isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> now = accounts.accessKey(principal.getName());
        Object then = session.getAttribute(ACCESS_KEY);
        if (now.isPresent() && then == null) {
            signedIn(request, now.get());
        } else if (now.isEmpty() || !now.get().equals(then)) {
            request.logout();
            session.invalidate();
            signedOut(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Scripts, styles and images of the pages and the widget: nothing to protect, and many per page. */
    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/widget/");
    }

    private static void signedOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + ConsoleSecurity.HOME_PAGE + "\"/></partial-response>");
        } else if ("GET".equals(request.getMethod()) && request.getRequestURI().endsWith(".xhtml")) {
            response.sendRedirect(page); // anonymous now: the page asked for shows the login page
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
