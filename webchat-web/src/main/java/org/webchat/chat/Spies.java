package org.webchat.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Collection;
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
 * A chat that goes back to the queue (its agent logged out or disabled) changes without an agent: each dashboard knows
 * it by the spied chats it was shown.
 */
@ApplicationScoped
public class Spies {

    /** A dashboard spying: its supervisor's login, the agents it watches, and their chats it was shown (to agent). */
    private record Spying(String login, Set<Long> agents, Map<Long, Long> chats) {
    }

    private final Map<Session, Spying> spying = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    SupervisorActs acts;

    @Inject
    FrameFailures failures;

    void spy(Session session, String login, long agentId) {
        spying.computeIfAbsent(session, s -> new Spying(login, ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>()))
                .agents().add(agentId);
    }

    /** The agent's chats the spy opened with. */
    void shown(Session session, long agentId, Collection<Long> interactions) {
        Spying spy = spying.get(session);
        if (spy != null && spy.agents().contains(agentId)) {
            interactions.forEach(id -> spy.chats().put(id, agentId));
        }
    }

    /** Whether the dashboard was spying on the agent (and no longer is). */
    boolean unspy(Session session, long agentId) {
        Spying spy = spying.get(session);
        if (spy == null) {
            return false;
        }
        spy.chats().values().removeIf(agent -> agent == agentId);
        return spy.agents().remove(agentId);
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
            spying.forEach((session, spy) -> {
                if (spy.agents().contains(changed.agentId())) {
                    if ("ASSIGNED".equals(changed.state())) { // read in a transaction of its own, after this one
                        spy.chats().put(changed.interactionId(), changed.agentId());
                        executor.execute(() -> sendChat(session, spy.login(), changed));
                    } else {
                        spy.chats().remove(changed.interactionId());
                        ChatSockets.send(session, spiedState(changed, changed.agentId()));
                    }
                }
            });
        } else if (event instanceof LiveEvent.InteractionChanged changed) {
            spying.forEach((session, spy) -> {
                Long agentId = spy.chats().remove(changed.interactionId());
                if (agentId != null) { // back in the queue, its agent no longer named
                    ChatSockets.send(session, spiedState(changed, agentId));
                }
            });
        }
    }

    private static String spiedState(LiveEvent.InteractionChanged changed, long agentId) {
        return Frames.optional(Frames.of("spied-state").add("agent", agentId).add("interaction", changed.interactionId())
                .add("state", changed.state()), "endReason", changed.endReason()).build().toString();
    }

    private void sendChat(Session session, String login, LiveEvent.InteractionChanged changed) {
        try {
            ChatSockets.send(session, ActFrames.spiedChat(changed.agentId(), acts.spiedChat(login, changed.interactionId())));
        } catch (RuntimeException failed) {
            failures.log("A spied chat could not be read", failed);
        }
    }
}
