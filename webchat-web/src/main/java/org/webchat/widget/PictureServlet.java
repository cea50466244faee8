package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.bot.Bots;
import org.webchat.campaign.CampaignService;

/**
 * The pictures customers see beside a chat's lines: {@code /widget/api/agents/{id}/photo}, an agent's photo beside its
 * name (ADV-08), and {@code /widget/api/bots/{id}/picture}, a bot's (BOT-01).
 */
@WebServlet({"/widget/api/agents/*", "/widget/api/bots/*"})
public class PictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})/(photo|picture)");

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient Bots bots;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        boolean agent = "/widget/api/agents".equals(request.getServletPath());
        if (!path.matches() || !path.group(2).equals(agent ? "photo" : "picture")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        Pictures.send(response, agent ? campaigns.agentPhoto(id) : bots.picture(id));
    }
}
