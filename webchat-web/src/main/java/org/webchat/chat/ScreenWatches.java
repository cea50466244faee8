package org.webchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.call.CallSettings;
import org.webchat.supervision.SupervisorActs;

/**
 * Screen monitoring (SUP-12): a supervisor watching an agent's screen, one way. The agent's workspace shares the screen
 * once, at the agent's gesture (the browser asks it to choose); a supervisor's watch asks every workspace window of the
 * agent, the one holding the shared screen offers it, and from then on the signalling goes between that window and the
 * supervisor's dashboard only. A workspace without a shared screen answers that it has none; when every window has,
 * the watch stops. Either side, or either socket closing, stops it; opening and closing are audited. Watches live on
 * the node of their sockets.
 */
@ApplicationScoped
public class ScreenWatches {

    private static final Logger LOG = Logger.getLogger(ScreenWatches.class.getName());

    /** A watch: who watches, from which dashboard; the workspace windows asked, and the one that answered. */
    private static final class Watch {
        final String id;
        final String login;
        final long agentId;
        final Session supervisor;
        final Set<Session> asked = ConcurrentHashMap.newKeySet();
        volatile Session desk;

        Watch(String id, String login, long agentId, Session supervisor) {
            this.id = id;
            this.login = login;
            this.agentId = agentId;
            this.supervisor = supervisor;
        }
    }

    private final Map<String, Watch> watches = new ConcurrentHashMap<>();

    @Inject
    SupervisorActs acts;

    @Inject
    ChatSockets sockets;

    @Inject
    CallSettings settings;

    /** The supervisor of {@code login} asks, from dashboard {@code supervisor}, to watch the agent's screen. */
    void open(Session supervisor, String login, long agentId) {
        String name = acts.openScreen(login, agentId); // another group's agent, or one not allowed: refused here
        Set<Session> desks = sockets.agentSessions(agentId);
        if (desks.isEmpty()) {
            acts.closeScreen(login, agentId);
            throw new SupervisorActs.Refused("agent-away", "The agent has no workspace open");
        }
        Watch watch = new Watch(UUID.randomUUID().toString(), login, agentId, supervisor);
        watch.asked.addAll(desks);
        watches.put(watch.id, watch);
        ChatSockets.send(supervisor, Frames.of("screen").add("agent", agentId).add("watch", watch.id)
                .add("ice", CallFrames.ice(settings.ice("screen-" + agentId))).build().toString());
        String ask = Frames.of("screen-watch").add("watch", watch.id).add("supervisor", name)
                .add("ice", CallFrames.ice(settings.ice("screen-" + agentId + "-agent"))).build().toString();
        desks.forEach(desk -> ChatSockets.send(desk, ask));
    }

    /** A frame from the agent's workspace window {@code desk}. */
    void fromAgent(Session desk, long agentId, ScreenFrame frame) {
        String id = watchOf(frame);
        Watch watch = watches.get(id);
        if (watch == null || watch.agentId != agentId || !watch.asked.contains(desk)) {
            ChatSockets.send(desk, Frames.of("screen-stopped").add("watch", id).add("reason", "gone").build().toString());
            return;
        }
        if (frame instanceof ScreenFrame.Signal signal) {
            if (watch.desk == null) {
                watch.desk = desk; // the window that offers its screen carries the watch
                watch.asked.stream().filter(other -> other != desk).forEach(other -> ChatSockets.send(other,
                        Frames.of("screen-stopped").add("watch", id).add("reason", "elsewhere").build().toString()));
            }
            if (watch.desk == desk) {
                ChatSockets.send(watch.supervisor, signalFrame(id, signal.payload()));
            }
        } else if (frame instanceof ScreenFrame.Unavailable) {
            watch.asked.remove(desk);
            if (watch.desk == null && watch.asked.isEmpty()) {
                stop(watch, "unavailable");
            }
        } else if (frame instanceof ScreenFrame.Stop) {
            stop(watch, "agent");
        }
    }

    /** A frame from a supervisor's dashboard; {@code watch}es are its own only. */
    void fromSupervisor(Session supervisor, String login, ScreenFrame frame) {
        if (frame instanceof ScreenFrame.Open open) {
            open(supervisor, login, open.agentId());
            return;
        }
        String id = watchOf(frame);
        Watch watch = watches.get(id);
        if (watch == null || watch.supervisor != supervisor) {
            ChatSockets.send(supervisor, Frames.of("screen-stopped").add("watch", id).add("reason", "gone").build().toString());
        } else if (frame instanceof ScreenFrame.Signal signal) {
            if (watch.desk != null) {
                ChatSockets.send(watch.desk, signalFrame(id, signal.payload()));
            }
        } else {
            stop(watch, "supervisor");
        }
    }

    /** A dashboard or a workspace window closed: the watches it carried stop. */
    void closed(Session session) {
        for (Watch watch : watches.values()) {
            if (watch.supervisor == session) {
                stop(watch, "supervisor");
            } else if (watch.desk == session || watch.asked.remove(session) && watch.desk == null && watch.asked.isEmpty()) {
                stop(watch, "agent-away");
            }
        }
    }

    private void stop(Watch watch, String reason) {
        if (watches.remove(watch.id) == null) {
            return;
        }
        try { // in the trail before anyone is told: a watch opened next comes after it
            acts.closeScreen(watch.login, watch.agentId);
        } catch (RuntimeException gone) { // the agent left the group, or the supervisor lost its role
            LOG.log(Level.FINE, "A screen watch could not be closed in the audit trail", gone);
        }
        String stopped = Frames.of("screen-stopped").add("watch", watch.id).add("agent", watch.agentId)
                .add("reason", reason).build().toString();
        ChatSockets.send(watch.supervisor, stopped);
        if (watch.desk != null) {
            ChatSockets.send(watch.desk, stopped);
        } else {
            watch.asked.forEach(desk -> ChatSockets.send(desk, stopped));
        }
    }

    private static String signalFrame(String watch, String payload) {
        return CallFrames.relayed(Frames.of("screen-signal").add("watch", watch), payload);
    }

    private static String watchOf(ScreenFrame frame) {
        if (frame instanceof ScreenFrame.Signal signal) {
            return signal.watch();
        } else if (frame instanceof ScreenFrame.Unavailable unavailable) {
            return unavailable.watch();
        }
        return ((ScreenFrame.Stop) frame).watch();
    }
}
