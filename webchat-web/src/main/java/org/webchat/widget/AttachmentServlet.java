package org.webchat.widget;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.console.Downloads;
import org.webchat.interaction.Attachment;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.CustomerChatService;
import org.webchat.interaction.StoredMessage;

/**
 * Files and audio messages of a chat (WID-06). {@code POST /widget/api/attachments}: the customer's widget
 * sends one (see {@link Uploads}), naming its chat by the session token ({@code X-Webchat-Token}). {@code GET /widget/api/attachments/{id}/{key}} downloads one:
 * the key is the attachment's random access key, which only who saw the message knows.
 */
@WebServlet("/widget/api/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DOWNLOAD = Pattern.compile("/([1-9][0-9]{0,17})/([A-Za-z0-9_-]{43})");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    transient CustomerChatService customers;

    @Inject
    transient ChatService chat;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getHeader("X-Webchat-Token");
        if (token == null || !TOKEN.matcher(token).matches()) {
            Uploads.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad-request", "Send the chat's token");
            return;
        }
        Optional<Uploads.Received> upload = Uploads.receive(request, response);
        if (upload.isEmpty()) {
            return;
        }
        Optional<StoredMessage> stored = customers.attach(token, upload.get().clientId(), upload.get().upload());
        if (stored.isEmpty()) {
            Uploads.refuse(response, HttpServletResponse.SC_FORBIDDEN, "no-chat", "There is no open chat for this token");
            return;
        }
        Uploads.stored(response, upload.get().clientId(), stored.get());
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
        Downloads.file(response, file.getFileName(), file.getContentType(), file.getContent());
    }
}
