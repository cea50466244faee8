package org.webchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.live.Delivered;
import org.webchat.live.LiveEvent;

/**
 * The open chat sockets of this node, by interaction (customers: a chat may be open in several tabs) and by
 * agent (a workspace may be open in several windows), and the relay of delivered live events to them.
 */
@ApplicationScoped
public class ChatSockets {

    private static final Logger LOG = Logger.getLogger(ChatSockets.class.getName());

    private final Map<Long, Set<Session>> customers = new ConcurrentHashMap<>();
    private final Map<Long, Set<Session>> agents = new ConcurrentHashMap<>();

    void joinChat(long interactionId, Session session) {
        customers.computeIfAbsent(interactionId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Unbinds the socket; true when it was the chat's last one on this node. */
    boolean leaveChat(long interactionId, Session session) {
        Set<Session> left = customers.computeIfPresent(interactionId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
        return left == null;
    }

    void joinAgent(long agentId, Session session) {
        agents.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void leaveAgent(long agentId, Session session) {
        agents.computeIfPresent(agentId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void relay(@Observes @Delivered LiveEvent event) {
        if (event instanceof LiveEvent.MessagePosted posted) {
            String frame = Frames.message(posted.interactionId(), posted.seq(), posted.clientId(), posted.sender(),
                    posted.senderName(), posted.text(), posted.at());
            toCustomers(posted.interactionId(), frame);
            toAgent(posted.agentId(), frame);
        } else if (event instanceof LiveEvent.InteractionChanged changed) {
            var state = Frames.of("state").add("interaction", changed.interactionId()).add("state", changed.state());
            Frames.optional(state, "agentName", changed.agentName());
            Frames.optional(state, "endReason", changed.endReason());
            toCustomers(changed.interactionId(), state.build().toString());
            if ("ASSIGNED".equals(changed.state())) {
                toAgent(changed.agentId(), Frames.of("assigned").add("interaction", changed.interactionId())
                        .add("campaign", changed.campaignId()).build().toString());
            } else if ("ENDED".equals(changed.state())) {
                toAgent(changed.agentId(), Frames.of("ended").add("interaction", changed.interactionId())
                        .add("endReason", String.valueOf(changed.endReason())).build().toString());
            }
        } else if (event instanceof LiveEvent.OfferChanged offer) {
            toAgent(offer.agentId(), offer.outcome() == null
                    ? Frames.offer(offer.interactionId(), offer.campaignId(), offer.campaignName(), offer.customerName(),
                            offer.expiresAt())
                    : Frames.of("offer-closed").add("interaction", offer.interactionId()).add("outcome", offer.outcome())
                            .build().toString());
        } else if (event instanceof LiveEvent.Typing typing) {
            String frame = Frames.of("typing").add("interaction", typing.interactionId()).add("typing", typing.typing())
                    .build().toString();
            if ("CUSTOMER".equals(typing.who())) {
                toAgent(typing.agentId(), frame);
            } else {
                toCustomers(typing.interactionId(), frame);
            }
        }
    }

    private void toCustomers(long interactionId, String frame) {
        customers.getOrDefault(interactionId, Set.of()).forEach(session -> send(session, frame));
    }

    private void toAgent(Long agentId, String frame) {
        if (agentId != null) {
            agents.getOrDefault(agentId, Set.of()).forEach(session -> send(session, frame));
        }
    }

    /** Sends one frame; frames to one session go one at a time, in order. */
    static void send(Session session, String frame) {
        synchronized (session) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.getBasicRemote().sendText(frame);
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "A chat socket went away while sending", e);
            }
        }
    }
}
