package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.interaction.Attachment;
import org.webchat.interaction.AttachmentKind;
import org.webchat.interaction.AttachmentRules;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.CustomerChatService;
import org.webchat.interaction.StoredMessage;

/**
 * Files and audio messages of a chat (WID-06). {@code POST /widget/api/attachments}: the customer's widget
 * sends one as the raw body, naming its chat by the session token ({@code X-Webchat-Token}) and the message
 * by its client id ({@code X-Webchat-Client-Id}, so a retried upload is stored once), with {@code
 * X-Webchat-File-Name} (URL-encoded) and {@code X-Webchat-Kind} (file or audio); it is checked against
 * {@link AttachmentRules} before it is stored. {@code GET /widget/api/attachments/{id}/{key}} downloads one:
 * the key is the content's SHA-256, which only who saw the message knows.
 */
@WebServlet("/widget/api/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DOWNLOAD = Pattern.compile("/([1-9][0-9]{0,17})/([0-9a-f]{64})");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    transient CustomerChatService customers;

    @Inject
    transient ChatService chat;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getHeader("X-Webchat-Token");
        String clientId = request.getHeader("X-Webchat-Client-Id");
        String kindName = String.valueOf(request.getHeader("X-Webchat-Kind"));
        String encodedName = request.getHeader("X-Webchat-File-Name");
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo()) || token == null
                || !TOKEN.matcher(token).matches() || clientId == null || !CLIENT_ID.matcher(clientId).matches()
                || encodedName == null || !kindName.matches("file|audio")) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request",
                    "Send the token, the client id, the file name and the kind (file or audio)");
            return;
        }
        AttachmentKind kind = "audio".equals(kindName) ? AttachmentKind.AUDIO : AttachmentKind.FILE;
        String fileName;
        try {
            fileName = URLDecoder.decode(encodedName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEncoding) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", "The file name is not URL-encoded");
            return;
        }
        long declared = request.getContentLengthLong();
        Optional<AttachmentRules.Refusal> early = AttachmentRules.check(kind, fileName, request.getContentType(),
                declared < 0 ? 1 : declared);
        if (early.isPresent()) {
            refuse(response, early.get());
            return;
        }
        byte[] content = read(request.getInputStream());
        Optional<AttachmentRules.Refusal> refusal = AttachmentRules.check(kind, fileName, request.getContentType(),
                content.length);
        if (refusal.isPresent()) {
            refuse(response, refusal.get());
            return;
        }
        Optional<StoredMessage> stored = customers.attach(token, clientId,
                new ChatService.Upload(kind, fileName, request.getContentType().split(";", 2)[0].trim(), content));
        if (stored.isEmpty()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "no-chat", "There is no open chat for this token");
            return;
        }
        var body = Json.createObjectBuilder().add("clientId", clientId).add("seq", stored.get().seq());
        if (stored.get().attachment() != null) {
            body.add("attachment", AttachmentJson.of(stored.get().attachment()));
        }
        CampaignWidgetServlet.json(response, HttpServletResponse.SC_OK, body);
    }

    /** Reads at most one byte more than the limit: enough to know the body is too large. */
    private static byte[] read(InputStream in) throws IOException {
        return in.readNBytes((int) AttachmentRules.MAX_BYTES + 1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = DOWNLOAD.matcher(String.valueOf(request.getPathInfo()));
        Optional<Attachment> attachment = path.matches()
                ? chat.attachment(Long.parseLong(path.group(1)), path.group(2)) : Optional.empty();
        if (attachment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment file = attachment.get();
        String type = file.getContentType();
        boolean inline = type.startsWith("image/") || type.startsWith("audio/");
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Whatever a file holds, it runs nothing in the product's origin.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=86400, immutable");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        byte[] content = file.getContent();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static void refuse(HttpServletResponse response, AttachmentRules.Refusal refusal) throws IOException {
        int status = switch (refusal.code()) {
            case "too-big" -> HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            case "bad-type" -> HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
        refuse(response, status, refusal.code(), refusal.reason());
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        CampaignWidgetServlet.json(response, status, Json.createObjectBuilder().add("code", code).add("message", message));
    }
}
