package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.webchat.campaign.CampaignService;
import org.webchat.campaign.WidgetSettings;
import org.webchat.interaction.AttachmentRules;
import org.webchat.interaction.CustomerChatService;
import org.webchat.json.Json;

/**
 * The widget's page (WID-10): {@code /widget/chat?campaign=ID}, in the loader's iframe or opened directly,
 * with {@code host} (the embedding page's origin), {@code lang} and the pre-filled fields {@code name, email,
 * phone, message}. Its frame-ancestors are the campaign's allowed domains (ADV-15), so no other site can
 * frame it; a host that is not allowed gets a refusal page instead of a chat.
 */
@WebServlet("/widget/chat")
public class WidgetPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient CustomerChatService chats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = WidgetTexts.language(request).getLanguage();
        Optional<WidgetSettings> settings = campaignId(request).flatMap(campaigns::widget);
        if (settings.isEmpty()) {
            Pages.refusal(response, HttpServletResponse.SC_NOT_FOUND, language, "Webchat",
                    WidgetTexts.text(request, "widget.unknownCampaign"));
            return;
        }
        String host = request.getParameter("host");
        // The product's own pages (the example page) are not host pages to check.
        if (host != null && !host.equalsIgnoreCase(CampaignWidgetServlet.ownOrigin(request))
                && (!ORIGIN.matcher(host).matches() || !settings.get().allowedOrigins().allows(host))) {
            Pages.refusal(response, HttpServletResponse.SC_FORBIDDEN, language, settings.get().name(),
                    WidgetTexts.text(request, "widget.domainNotAllowed"));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self' " + sockets(request) + ";"
                + " base-uri 'none';"
                + " form-action 'none'; frame-ancestors 'self'"
                + settings.get().frameAncestors().stream().map(source -> " " + source).reduce("", String::concat));
        // "<" is escaped so that no value can close the script element that carries the settings.
        JsonObjectBuilder config = config(request, settings.get(), host);
        // Known with the page, so that a closed, disabled or full campaign shows as such before the form (point 15).
        chats.availability(settings.get().campaignId()).ifPresent(a -> config.add("availability", AvailabilityJson.of(a)));
        String json = config.build().toString().replace("<", "\\u003c");
        response.getWriter().write("<!doctype html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"
                + Pages.escape(settings.get().name()) + "</title><link rel=\"stylesheet\" href=\"/widget/app.css\">"
                + "<script id=\"webchat-config\" type=\"application/json\">" + json + "</script>"
                // app.js is a native module: it imports its parts (app/*.js) and shared.js itself.
                + "<script type=\"module\" src=\"/widget/app.js\"></script></head><body><main id=\"webchat\"></main></body></html>");
    }

    /** This server's socket addresses, named because some browsers do not count them under 'self'. */
    private static String sockets(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+") ? "" : "ws://" + host + " wss://" + host;
    }

    private static Optional<Long> campaignId(HttpServletRequest request) {
        String id = request.getParameter("campaign");
        return id != null && id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private static JsonObjectBuilder config(HttpServletRequest request, WidgetSettings settings, String host) {
        JsonObjectBuilder config = Json.createObjectBuilder()
                .add("campaign", settings.campaignId()).add("campaignName", settings.name())
                .add("enabled", settings.enabled()).add("color", settings.color())
                .add("showAgentName", settings.showAgentName()).add("emailRequired", settings.emailRequired())
                .add("phone", Json.createObjectBuilder().add("labels", labels(settings))
                        .add("visible", settings.phoneField().isVisible())
                        .add("required", settings.phoneField().isRequired()))
                .add("feedback", settings.feedback()).add("defaultLanguage", settings.defaultLanguage().code())
                .add("socket", "/ws/chat")
                .add("upload", Json.createObjectBuilder().add("url", "/widget/api/attachments")
                        .add("maxBytes", AttachmentRules.MAX_BYTES)
                        .add("types", array(AttachmentRules.fileTypes()))
                        .add("extensions", array(AttachmentRules.fileExtensions())))
                .add("audio", Json.createObjectBuilder().add("maxSeconds", AttachmentRules.MAX_AUDIO_SECONDS));
        nullable(config, "image", settings.hasImage() ? "/widget/api/campaigns/" + settings.campaignId() + "/image" : null);
        String lang = request.getParameter("lang");
        nullable(config, "language", lang != null && lang.matches("es|en|pt") ? lang : null);
        nullable(config, "hostOrigin", host);
        JsonObjectBuilder prefill = Json.createObjectBuilder();
        for (String field : new String[] {"name", "email", "phone", "message"}) {
            String value = request.getParameter(field);
            prefill.add(field, value == null ? "" : value.substring(0, Math.min(value.length(), 500)));
        }
        return config.add("prefill", prefill);
    }

    /** The extra field's label by language code, for the languages that have one (ADV-14). */
    private static JsonObjectBuilder labels(WidgetSettings settings) {
        JsonObjectBuilder labels = Json.createObjectBuilder();
        settings.phoneLabels().forEach((language, label) -> labels.add(language.code(), label));
        return labels;
    }

    private static JsonArrayBuilder array(Iterable<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void nullable(JsonObjectBuilder object, String field, String value) {
        if (value == null) {
            object.addNull(field);
        } else {
            object.add(field, value);
        }
    }
}
