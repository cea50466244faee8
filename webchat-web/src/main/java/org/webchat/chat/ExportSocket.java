package org.webchat.chat;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import org.webchat.recording.RecordingAccess;

/**
 * The Recordings page's socket (REC-02): it pushes the progress of the signed-in supervisor's own exports
 * ({@code export} frames: id, state, done, total, text), nobody else's. Only a signed-in supervisor opens it
 * (web.xml), only from the console's own pages ({@link ConsoleOrigin}); it answers {@code ping} with {@code pong} and
 * takes nothing else.
 */
@ServerEndpoint(value = "/ws/exports", configurator = ConsoleOrigin.class)
public class ExportSocket {

    @Inject
    RecordingAccess access;

    @Inject
    ExportWatchers watchers;

    @OnOpen
    public void open(Session session) throws IOException {
        String login = ConsoleOrigin.signedIn(session, "exports");
        if (login == null) {
            return;
        }
        if (access.reader(login).isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ChatSockets.SIGNED_OUT));
            return;
        }
        watchers.join(session, login);
        ChatSockets.send(session, Frames.of("hello").build().toString());
    }

    @OnMessage
    public void frame(Session session, String text) {
        if (text.replace(" ", "").equals("{\"type\":\"ping\"}")) {
            ChatSockets.send(session, Frames.pong());
        }
    }

    @OnClose
    public void close(Session session) {
        watchers.leave(session);
    }
}
