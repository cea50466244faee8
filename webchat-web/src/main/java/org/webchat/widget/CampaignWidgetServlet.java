package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.campaign.CampaignService;
import org.webchat.campaign.WidgetSettings;
import org.webchat.interaction.CustomerChatService;
import org.webchat.json.Json;

/**
 * {@code /widget/api/campaigns/{id}/launcher}: what the loader on a host page needs to draw the launcher
 * (WID-10, ADV-06), readable across origins only by the campaign's allowed domains (ADV-15): any other page
 * learns only that it is not allowed. {@code /widget/api/campaigns/{id}/image}: the campaign image (ADV-13).
 * {@code /widget/api/campaigns/{id}/availability}: whether a chat can start now, for the widget's own page (no
 * CORS: only the widget reads it), see {@link AvailabilityJson}.
 */
@WebServlet("/widget/api/campaigns/*")
public class CampaignWidgetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})/(launcher|image|availability)");

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient CustomerChatService chats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        if ("image".equals(path.group(2))) {
            Pictures.send(response, campaigns.image(id));
            return;
        }
        if ("availability".equals(path.group(2))) {
            response.setHeader("Cache-Control", "no-store");
            Optional<CustomerChatService.Availability> availability = chats.availability(id);
            if (availability.isEmpty()) {
                JsonReplies.send(response, HttpServletResponse.SC_NOT_FOUND, Json.createObjectBuilder().add("code", "unknown-campaign")
                        .add("message", WidgetTexts.text(request, "widget.unknownCampaign")));
            } else {
                JsonReplies.send(response, HttpServletResponse.SC_OK, AvailabilityJson.of(availability.get()));
            }
            return;
        }
        launcher(request, response, campaigns.widget(id));
    }

    private static void launcher(HttpServletRequest request, HttpServletResponse response,
            Optional<WidgetSettings> settings) throws IOException {
        String origin = request.getHeader("Origin");
        response.setHeader("Vary", "Origin");
        response.setHeader("Cache-Control", "no-cache");
        if (origin != null) {
            // Also on a refusal, so that the loader can read why and say it in the console.
            response.setHeader("Access-Control-Allow-Origin", origin);
        }
        if (settings.isEmpty()) {
            JsonReplies.send(response, HttpServletResponse.SC_NOT_FOUND, Json.createObjectBuilder().add("code", "unknown-campaign")
                    .add("message", WidgetTexts.text(request, "widget.unknownCampaign")));
            return;
        }
        boolean ownPage = origin == null || origin.equals(ownOrigin(request));
        if (!ownPage && !settings.get().allowedOrigins().allows(origin)) {
            JsonReplies.send(response, HttpServletResponse.SC_FORBIDDEN, Json.createObjectBuilder().add("code", "domain-not-allowed")
                    .add("message", WidgetTexts.text(request, "widget.domainNotAllowed")));
            return;
        }
        JsonObjectBuilder texts = Json.createObjectBuilder();
        for (String language : new String[] {"es", "en", "pt"}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.webchat.i18n.messages", Locale.forLanguageTag(language));
            texts.add(language, Json.createObjectBuilder().add("open", bundle.getString("widget.launcher.open"))
                    .add("close", bundle.getString("widget.launcher.close")));
        }
        JsonReplies.send(response, HttpServletResponse.SC_OK, Json.createObjectBuilder().add("campaign", settings.get().campaignId())
                .add("name", settings.get().name()).add("enabled", settings.get().enabled())
                .add("color", settings.get().color()).add("defaultLanguage", settings.get().defaultLanguage().code())
                .add("texts", texts));
    }

    /** The origin of the server as the browser addressed it (scheme, host and port of the request). */
    public static String ownOrigin(HttpServletRequest request) {
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort());
    }
}
