package org.webchat.recordings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.console.Downloads;
import org.webchat.recording.Conversation;
import org.webchat.recording.ConversationReport;
import org.webchat.recording.Conversations;
import org.webchat.recording.RecordingCriteria;
import org.webchat.recording.RecordingExports;

/**
 * What Recordings downloads (REC-03): {@code /recordings/files/{id}}, a file sent in a conversation, and
 * {@code /recordings/pdf/{id}?lang=es&zone=Europe/Madrid}, a conversation as PDF in the user's language and time
 * zone; {@code /recordings/exports/{id}}, a finished export of a search (REC-02), to the supervisor who asked for it
 * only. Only conversations of the signed-in supervisor's security group: any other id answers 404, like an id of
 * nothing. The area's security constraint (web.xml, /recordings/*) admits supervisors only.
 */
@WebServlet({"/recordings/files/*", "/recordings/pdf/*", "/recordings/exports/*"})
public class RecordingFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("/([1-9][0-9]{0,17})");
    private static final List<String> LANGUAGES = List.of("es", "en", "pt");

    @Inject
    transient Conversations conversations;

    @Inject
    transient RecordingExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = ID.matcher(String.valueOf(request.getPathInfo()));
        String login = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        if (!path.matches() || login == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        if (request.getServletPath().equals("/recordings/files")) {
            Optional<Conversations.StoredFile> file = conversations.file(login, id);
            if (file.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Downloads.file(response, file.get().name(), file.get().contentType(), file.get().content());
            return;
        }
        if (request.getServletPath().equals("/recordings/exports")) {
            Optional<Path> file = exports.finished(login, id);
            if (file.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Downloads.headers(response, "application/pdf", false, "recordings-" + id + ".pdf");
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLengthLong(Files.size(file.get()));
            Files.copy(file.get(), response.getOutputStream());
            return;
        }
        Optional<Conversation> conversation = conversations.open(login, id);
        if (conversation.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var print = ConversationReport.fill(conversation.get(), locale(request), zone(request),
                fileId -> conversations.picture(login, fileId));
        Downloads.headers(response, "application/pdf", false, "conversation-" + id + ".pdf");
        response.setHeader("Cache-Control", "private, no-store");
        ConversationReport.pdf(List.of(print), response.getOutputStream());
    }

    /** The console's language the page asked for; English for anything else. */
    static Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        return Locale.forLanguageTag(lang != null && LANGUAGES.contains(lang) ? lang : "en");
    }

    /** The user's time zone the page asked for; UTC for none or one the server does not know. */
    static ZoneId zone(HttpServletRequest request) {
        String zone = request.getParameter("zone");
        try {
            return zone == null || zone.length() > 64 ? RecordingCriteria.UTC : ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            return RecordingCriteria.UTC;
        }
    }
}
