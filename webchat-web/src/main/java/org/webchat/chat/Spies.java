package org.webchat.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.webchat.live.Delivered;
import org.webchat.live.LiveEvent;
import org.webchat.supervision.SupervisorActs;

/**
 * The agents each supervision dashboard of this node spies on (SUP-11), and the live relay of their chats: every
 * message posted in a chat a spied agent attends (whispers included, marked {@code internal}) and every change of such
 * a chat; a chat the agent takes after the spy opened is sent whole ({@code spied-chat}), its history read again.
 */
@ApplicationScoped
public class Spies {

    /** A dashboard spying: its supervisor's login and the agents it watches. */
    private record Spying(String login, Set<Long> agents) {
    }

    private final Map<Session, Spying> spying = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    SupervisorActs acts;

    @Inject
    FrameFailures failures;

    void spy(Session session, String login, long agentId) {
        spying.computeIfAbsent(session, s -> new Spying(login, ConcurrentHashMap.newKeySet())).agents().add(agentId);
    }

    /** Whether the dashboard was spying on the agent (and no longer is). */
    boolean unspy(Session session, long agentId) {
        Spying spy = spying.get(session);
        return spy != null && spy.agents().remove(agentId);
    }

    /** The dashboard closed: the agents it still spied on (to close their spies in the audit trail). */
    Set<Long> leave(Session session) {
        Spying spy = spying.remove(session);
        return spy == null ? Set.of() : Set.copyOf(spy.agents());
    }

    void relay(@Observes @Delivered LiveEvent event) {
        if (spying.isEmpty()) {
            return;
        }
        if (event instanceof LiveEvent.MessagePosted posted && posted.agentId() != null) {
            String frame = Frames.message(posted);
            spying.forEach((session, spy) -> {
                if (spy.agents().contains(posted.agentId())) {
                    ChatSockets.send(session, frame);
                }
            });
        } else if (event instanceof LiveEvent.InteractionChanged changed && changed.agentId() != null) {
            String frame = Frames.optional(Frames.of("spied-state").add("agent", changed.agentId())
                    .add("interaction", changed.interactionId()).add("state", changed.state()), "endReason",
                    changed.endReason()).build().toString();
            spying.forEach((session, spy) -> {
                if (spy.agents().contains(changed.agentId())) {
                    if ("ASSIGNED".equals(changed.state())) { // read in a transaction of its own, after this one
                        executor.execute(() -> sendChat(session, spy.login(), changed));
                    } else {
                        ChatSockets.send(session, frame);
                    }
                }
            });
        }
    }

    private void sendChat(Session session, String login, LiveEvent.InteractionChanged changed) {
        try {
            ChatSockets.send(session, ActFrames.spiedChat(changed.agentId(), acts.spiedChat(login, changed.interactionId())));
        } catch (RuntimeException failed) {
            failures.log("A spied chat could not be read", failed);
        }
    }
}
