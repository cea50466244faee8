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
import org.webchat.interaction.ChatEnded;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.StoredMessage;
import org.webchat.supervision.SupervisorActs;
import org.webchat.supervision.Supervisors;

/**
 * The supervision dashboard's socket (issue 12; frames in package-info). Only a signed-in supervisor opens it (web.xml),
 * only from the console's own pages ({@link ConsoleOrigin}); it watches campaigns of its own security group only
 * (ADM-02): any other campaign id is refused by id ({@code error not-yours}). The board itself comes from
 * {@link Dashboards}, pushed from the live channel. Its acts on agents and chats (spy, whisper, barge-in, pause, log
 * out, info) are {@link SupervisorActs}', refused by id beyond its group; what a spied agent's chats say comes live
 * from {@link Spies}.
 */
@ServerEndpoint(value = "/ws/supervisor", configurator = ConsoleOrigin.class)
public class SupervisorSocket {

    private static final Logger LOG = Logger.getLogger(SupervisorSocket.class.getName());

    @Inject
    Supervisors supervisors;

    @Inject
    Dashboards dashboards;

    @Inject
    Spies spies;

    @Inject
    SupervisorActs acts;

    @Inject
    FrameFailures failures;

    @Inject
    ScreenWatches screens;

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
        SupervisorFrame frame;
        try {
            frame = FrameReader.supervisor(text);
        } catch (BadFrame bad) {
            policy.refuse(session, bad, FrameReader.clientIdOf(text));
            return;
        }
        String clientId = frame instanceof SupervisorFrame.Write write ? write.clientId() : null;
        try {
            handle(session, frame);
        } catch (SupervisorActs.NotYours notYours) {
            ChatSockets.send(session, ActFrames.refused("not-yours", notYours.getMessage(),
                    "chat".equals(notYours.what()) ? "interaction" : notYours.what(), notYours.id(), clientId));
        } catch (SupervisorActs.Refused refused) {
            ChatSockets.send(session, refusal(frame, refused.code(), refused.getMessage(), clientId));
        } catch (ChatEnded ended) {
            ChatSockets.send(session, refusal(frame, "chat-ended", ended.getMessage(), clientId));
        } catch (ChatService.ClientIdTaken taken) {
            policy.refuse(session, new BadFrame("bad-field", taken.getMessage()), clientId);
        } catch (RuntimeException failed) {
            policy.failed(session, failed, clientId, failures);
        }
    }

    /** A refusal naming what the frame acted on: its chat or its agent. */
    private static String refusal(SupervisorFrame frame, String code, String message, String clientId) {
        if (frame instanceof SupervisorFrame.Write write) {
            return ActFrames.refused(code, message, "interaction", write.interactionId(), clientId);
        } else if (frame instanceof SupervisorFrame.Barge barge) {
            return ActFrames.refused(code, message, "interaction", barge.interactionId(), null);
        } else if (frame instanceof SupervisorFrame.Pause pause) {
            return ActFrames.refused(code, message, "agent", pause.agentId(), null);
        } else if (frame instanceof SupervisorFrame.LogOut logOut) {
            return ActFrames.refused(code, message, "agent", logOut.agentId(), null);
        } else if (frame instanceof SupervisorFrame.Screen screen && screen.frame() instanceof ScreenFrame.Open open) {
            return ActFrames.refused(code, message, "agent", open.agentId(), null);
        }
        return Frames.error(code, message);
    }

    private void handle(Session session, SupervisorFrame frame) throws IOException {
        if (frame instanceof SupervisorFrame.Ping) {
            ChatSockets.send(session, Frames.pong());
        } else if (frame instanceof SupervisorFrame.Watch watch) {
            watch(session, watch);
        } else if (frame instanceof SupervisorFrame.Spy spy) {
            // Relayed from before the history is read: a message posted meanwhile comes twice, never not at all.
            spies.spy(session, login, spy.agentId());
            try {
                SupervisorActs.Spy opened = acts.openSpy(login, spy.agentId());
                spies.shown(session, spy.agentId(), opened.chats().stream().map(c -> c.chat().interactionId()).toList());
                ChatSockets.send(session, ActFrames.spy(opened));
            } catch (RuntimeException refused) {
                spies.unspy(session, spy.agentId());
                throw refused;
            }
        } else if (frame instanceof SupervisorFrame.Unspy unspy) {
            if (spies.unspy(session, unspy.agentId())) {
                acts.closeSpy(login, unspy.agentId());
            }
            ChatSockets.send(session, ActFrames.done("unspy", "agent", unspy.agentId()));
        } else if (frame instanceof SupervisorFrame.Write write) {
            StoredMessage stored = write.barge()
                    ? acts.bargeInMessage(login, write.interactionId(), write.clientId(), write.text())
                    : acts.whisper(login, write.interactionId(), write.clientId(), write.text());
            ChatSockets.send(session, Frames.ack(write.clientId(), stored.seq()));
        } else if (frame instanceof SupervisorFrame.Barge barge) {
            acts.bargeIn(login, barge.interactionId());
            ChatSockets.send(session, ActFrames.done("barge", "interaction", barge.interactionId()));
        } else if (frame instanceof SupervisorFrame.BreakTypes breaks) {
            ChatSockets.send(session, ActFrames.breakTypes(breaks.agentId(), acts.breakTypes(login, breaks.agentId())));
        } else if (frame instanceof SupervisorFrame.Pause pause) {
            acts.pause(login, pause.agentId(), pause.breakTypeId());
            ChatSockets.send(session, ActFrames.done("pause", "agent", pause.agentId()));
        } else if (frame instanceof SupervisorFrame.LogOut logOut) {
            acts.logOut(login, logOut.agentId());
            ChatSockets.send(session, ActFrames.done("logout", "agent", logOut.agentId()));
        } else if (frame instanceof SupervisorFrame.Screen screen) {
            screens.fromSupervisor(session, login, screen.frame());
        } else if (frame instanceof SupervisorFrame.Info info) {
            ChatSockets.send(session, ActFrames.info(acts.info(login, info.agentId(), info.zone())));
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
        screens.closed(session);
        for (Long agentId : spies.leave(session)) { // the spies still open end with the dashboard, audited
            try {
                acts.closeSpy(login, agentId);
            } catch (RuntimeException gone) { // the agent left the group, or the supervisor lost its role
                LOG.log(Level.FINE, "A spy could not be closed in the audit trail", gone);
            }
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.log(Level.FINE, "Supervisor socket error", error);
    }
}
