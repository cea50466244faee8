package org.webchat.widget;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.webchat.interaction.AttachmentKind;
import org.webchat.interaction.AttachmentRules;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.StoredMessage;
import org.webchat.json.Json;

/**
 * Reads an upload of a file or an audio message sent as a raw body (WID-06, AGT-05), as the widget and the
 * workspace send it: {@code X-Webchat-Client-Id} (a retried upload is stored once), {@code X-Webchat-File-Name}
 * (URL-encoded), {@code X-Webchat-Kind} (file or audio), the content type; checked against
 * {@link AttachmentRules} before anything is stored. A refusal is answered here with its code.
 */
public final class Uploads {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** An upload that passed the checks, and the client id it was sent with. */
    public record Received(String clientId, ChatService.Upload upload) {
    }

    private Uploads() {
    }

    /** The upload of this request, or empty when it was refused (the response then says why). */
    public static Optional<Received> receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String clientId = request.getHeader("X-Webchat-Client-Id");
        String kindName = String.valueOf(request.getHeader("X-Webchat-Kind"));
        String encodedName = request.getHeader("X-Webchat-File-Name");
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches() || encodedName == null
                || !kindName.matches("file|audio")) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request",
                    "Send the client id, the file name and the kind (file or audio)");
            return Optional.empty();
        }
        AttachmentKind kind = "audio".equals(kindName) ? AttachmentKind.AUDIO : AttachmentKind.FILE;
        String fileName;
        try {
            fileName = URLDecoder.decode(encodedName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEncoding) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", "The file name is not URL-encoded");
            return Optional.empty();
        }
        long declared = request.getContentLengthLong();
        Optional<AttachmentRules.Refusal> early = AttachmentRules.check(kind, fileName, request.getContentType(),
                declared < 0 ? 1 : declared);
        if (early.isPresent()) {
            refuse(response, early.get());
            return Optional.empty();
        }
        // At most one byte more than the limit: enough to know the body is too large.
        byte[] content = request.getInputStream().readNBytes((int) AttachmentRules.MAX_BYTES + 1);
        Optional<AttachmentRules.Refusal> refusal = AttachmentRules.check(kind, fileName, request.getContentType(),
                content.length);
        if (refusal.isPresent()) {
            refuse(response, refusal.get());
            return Optional.empty();
        }
        String type = request.getContentType().split(";", 2)[0].trim();
        return Optional.of(new Received(clientId, new ChatService.Upload(kind, fileName, type, content)));
    }

    /** Answers a stored upload: its client id, its number in the chat and the attachment. */
    public static void stored(HttpServletResponse response, String clientId, StoredMessage stored) throws IOException {
        var body = Json.createObjectBuilder().add("clientId", clientId).add("seq", stored.seq());
        if (stored.attachment() != null) {
            body.add("attachment", AttachmentJson.of(stored.attachment()));
        }
        JsonReplies.send(response, HttpServletResponse.SC_OK, body);
    }

    public static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        JsonReplies.send(response, status, Json.createObjectBuilder().add("code", code).add("message", message));
    }

    private static void refuse(HttpServletResponse response, AttachmentRules.Refusal refusal) throws IOException {
        int status = switch (refusal.code()) {
            case "too-big" -> HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            case "bad-type" -> HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
        refuse(response, status, refusal.code(), refusal.reason());
    }
}
