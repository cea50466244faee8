package org.webchat.chat;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.supervision.Supervisors;

/**
 * The supervision dashboard's socket (issue 12; frames in package-info). Only a signed-in supervisor opens it (web.xml),
 * only from the console's own pages ({@link ConsoleOrigin}); it watches campaigns of its own security group only
 * (ADM-02): any other campaign id is refused by id ({@code error not-yours}). The board itself comes from
 * {@link Dashboards}, pushed from the live channel.
 */
@ServerEndpoint(value = "/ws/supervisor", configurator = ConsoleOrigin.class)
public class SupervisorSocket {

    private static final Logger LOG = Logger.getLogger(SupervisorSocket.class.getName());

    @Inject
    Supervisors supervisors;

    @Inject
    Dashboards dashboards;

    @Inject
    FrameFailures failures;

    private final FramePolicy policy = new FramePolicy();
    private String login;

    @OnOpen
    public void open(Session session) throws IOException {
        String name = ConsoleOrigin.signedIn(session, "supervisor");
        Optional<Supervisors.Supervisor> supervisor = name == null ? Optional.empty() : supervisors.signedIn(name);
        if (supervisor.isEmpty()) {
            if (name != null) { // signed in, but no longer an enabled supervisor
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ChatSockets.SIGNED_OUT));
            }
            return;
        }
        login = name;
        dashboards.join(session, supervisor.get());
        ChatSockets.send(session, BoardFrames.hello(supervisor.get()));
    }

    @OnMessage
    public void frame(Session session, String text) throws IOException {
        if (login == null || !policy.admit(session, text)) {
            return;
        }
        try {
            handle(session, FrameReader.supervisor(text));
        } catch (BadFrame bad) {
            policy.refuse(session, bad);
        } catch (RuntimeException failed) {
            policy.failed(session, failed, null, failures);
        }
    }

    private void handle(Session session, SupervisorFrame frame) throws IOException {
        if (frame instanceof SupervisorFrame.Ping) {
            ChatSockets.send(session, Frames.pong());
        } else if (frame instanceof SupervisorFrame.Watch watch) {
            watch(session, watch);
        }
    }

    /** Watches the campaigns named (none: all of the supervisor's group), read again now; another's id is refused. */
    private void watch(Session session, SupervisorFrame.Watch watch) throws IOException {
        Optional<Supervisors.Supervisor> found = supervisors.signedIn(login);
        if (found.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ChatSockets.SIGNED_OUT));
            return;
        }
        Supervisors.Supervisor supervisor = found.get();
        Set<Long> watched = new LinkedHashSet<>(watch.campaigns());
        for (Long id : watched) {
            if (!supervisor.mayWatch(id)) {
                ChatSockets.send(session, Frames.of("error").add("code", "not-yours").add("campaign", id)
                        .add("message", "There is no campaign " + id + " of your group to watch").build().toString());
                return;
            }
        }
        if (watched.isEmpty()) {
            supervisor.campaigns().forEach(c -> watched.add(c.id()));
        }
        dashboards.watch(session, supervisor, watched);
    }

    @OnClose
    public void close(Session session) {
        dashboards.leave(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.log(Level.FINE, "Supervisor socket error", error);
    }
}
