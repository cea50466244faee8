package org.webchat.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The consoles' "Sign out" (a plain form's POST, not a Faces action): it must work from a page shown before a server
 * restart, whose Faces view is gone, or the kept sign-in would outlive a sign-out the user saw happen. Ends the session
 * and the kept sign-in (its token is forgotten and its cookie removed), then shows the login page.
 */
@WebServlet(urlPatterns = SignOut.PATH)
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/sign-out";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + ConsoleSecurity.LOGIN_PAGE);
    }
}
