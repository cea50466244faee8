package org.webchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.webchat.live.Delivered;
import org.webchat.live.LiveEvent;

/** The Recordings pages open, by their supervisor's login: each gets its own exports' progress (REC-02). */
@ApplicationScoped
public class ExportWatchers {

    private final Map<Session, String> watching = new ConcurrentHashMap<>();

    void join(Session session, String login) {
        watching.put(session, login);
    }

    void leave(Session session) {
        watching.remove(session);
    }

    void relay(@Observes @Delivered LiveEvent event) {
        if (event instanceof LiveEvent.ExportProgress progress) {
            String frame = Frames.of("export").add("id", progress.exportId()).add("state", progress.state())
                    .add("done", progress.done()).add("total", progress.total()).add("text", progress.text())
                    .build().toString();
            watching.forEach((session, login) -> {
                if (login.equalsIgnoreCase(progress.owner())) {
                    ChatSockets.send(session, frame);
                }
            });
        }
    }
}
