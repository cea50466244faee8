package org.webchat.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignService;
import org.webchat.widget.CampaignWidgetServlet;

/**
 * {@code GET /admin/api/campaigns/{id}/wordpress-plugin.zip}: the campaign's WordPress plugin (ADM-10), pre-set to
 * this server as the browser addressed it and to the campaign. Only for administrators (web.xml) who may see the
 * campaign (ADM-02): any other campaign, existing or not, is a 404.
 */
@WebServlet("/admin/api/campaigns/*")
public class WordPressPluginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})/wordpress-plugin\\.zip");

    @Inject
    transient CampaignService campaigns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        Principal admin = request.getUserPrincipal();
        Optional<Campaign> campaign = admin != null && path.matches()
                ? campaigns.find(admin.getName(), Long.parseLong(path.group(1))) : Optional.empty();
        if (campaign.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = campaign.get().getId();
        String name = campaign.get().getName();
        byte[] zip = WordPressPlugin.zip(CampaignWidgetServlet.ownOrigin(request), id, name);
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + WordPressPlugin.fileName(id, name) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
