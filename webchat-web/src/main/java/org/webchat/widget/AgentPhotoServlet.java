package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.webchat.campaign.CampaignService;

/** {@code /widget/api/agents/{id}/photo}: an agent's photo, which its customers see beside its name (ADV-08). */
@WebServlet("/widget/api/agents/*")
public class AgentPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignService campaigns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        if (!path.matches("/[1-9][0-9]{0,17}/photo")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Pictures.send(response, campaigns.agentPhoto(Long.parseLong(path.substring(1, path.indexOf("/photo")))));
    }
}
