package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.Base64;
import java.util.Optional;
import org.webchat.campaign.CampaignService;
import org.webchat.campaign.WidgetSettings;

/**
 * See example (ADM-09): {@code /widget/example?campaign=ID}, a page of the product that embeds the campaign's
 * widget with exactly the code a web developer gets (ADM-08), so the campaign can be tried as customers see it.
 */
@WebServlet("/widget/example")
public class ExamplePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient CampaignService campaigns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("campaign");
        String language = WidgetTexts.language(request).getLanguage();
        Optional<WidgetSettings> settings = id != null && id.matches("[1-9][0-9]{0,17}")
                ? campaigns.widget(Long.parseLong(id)) : Optional.empty();
        if (settings.isEmpty()) {
            Pages.refusal(response, HttpServletResponse.SC_NOT_FOUND, language, "Webchat",
                    WidgetTexts.text(request, "widget.unknownCampaign"));
            return;
        }
        byte[] nonceBytes = new byte[18];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getEncoder().encodeToString(nonceBytes);
        String title = MessageFormat.format(WidgetTexts.text(request, "widget.exampleTitle").replace("'", "''"),
                settings.get().name());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce + "';"
                + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
        String snippet = Snippet.of(CampaignWidgetServlet.ownOrigin(request), settings.get().campaignId())
                .replaceFirst("^<script>", "<script nonce=\"" + nonce + "\">");
        response.getWriter().write("<!doctype html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + Pages.escape(title)
                + "</title></head><body><h1>" + Pages.escape(title) + "</h1><p>"
                + Pages.escape(WidgetTexts.text(request, "widget.exampleText")) + "</p>" + snippet + "</body></html>");
    }
}
