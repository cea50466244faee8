package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.webchat.bot.Bots;

/** {@code /widget/api/bots/{id}/picture}: a bot's picture, which the customer sees beside its lines (BOT-01). */
@WebServlet("/widget/api/bots/*")
public class BotPictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Bots bots;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        if (!path.matches("/[1-9][0-9]{0,17}/picture")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Pictures.send(response, bots.picture(Long.parseLong(path.substring(1, path.indexOf("/picture")))));
    }
}
