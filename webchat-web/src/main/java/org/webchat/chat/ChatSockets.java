package org.webchat.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;
import org.webchat.interaction.AgentDeskService;
import org.webchat.interaction.CustomerChatService;
import org.webchat.json.Json;
import org.webchat.live.Delivered;
import org.webchat.live.LiveEvent;
import org.webchat.routing.QueueView;

/**
 * The open chat sockets of this node, by interaction (customers: a chat may be open in several tabs) and by
 * agent (a workspace may be open in several windows), and the relay of delivered live events to them.
 */
@ApplicationScoped
public class ChatSockets {

    /** The shortest time between two lists of one campaign's queue to its agents here. */
    static final long QUEUE_FRAME_MILLIS = 500;

    /** The close reason of a socket whose user must sign in again. */
    static final String SIGNED_OUT = "Sign in again";

    private final Map<Long, Set<Session>> customers = new ConcurrentHashMap<>();
    /** Ended chats whose end bot asks its survey now (BOT-02), from the bots' events every node receives. */
    private final Set<Long> surveys = ConcurrentHashMap.newKeySet();
    private final Map<Long, Set<Session>> agents = new ConcurrentHashMap<>();
    /** Campaigns whose queue changed and whose agents here are yet to be told. */
    private final Set<Long> queuesToTell = ConcurrentHashMap.newKeySet();
    /** When each campaign's queue was last read for its agents here (System.nanoTime). */
    private final Map<Long, Long> queueToldAt = new ConcurrentHashMap<>();
    /** Campaigns whose queue moved and whose waiting customers here are yet to be told their places (WID-05). */
    private final Set<Long> placesToTell = ConcurrentHashMap.newKeySet();
    /** The place each waiting customer here was told last: one whose place did not change hears nothing. */
    private final Map<Long, Integer> placesTold = new ConcurrentHashMap<>();
    /** See {@link #queueMoves()} and {@link #relayedToCustomers()}. */
    private final AtomicLong queueMoves = new AtomicLong();
    private final AtomicLong relayedToCustomers = new AtomicLong();
    /** The campaign of each chat that has a customer socket here. */
    private final Map<Long, Long> campaigns = new ConcurrentHashMap<>();

    @Inject
    CustomerChatService chats;

    @Inject
    AgentDeskService desk;

    @Inject
    QueueView queues;

    @Inject
    CallFrames calls;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void joinChat(long interactionId, long campaignId, Session session) {
        campaigns.put(interactionId, campaignId);
        customers.computeIfAbsent(interactionId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Unbinds the socket; true when it was the chat's last one on this node. */
    boolean leaveChat(long interactionId, Session session) {
        Set<Session> left = customers.computeIfPresent(interactionId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
        if (left == null) {
            campaigns.remove(interactionId);
        }
        return left == null;
    }

    void joinAgent(long agentId, Session session) {
        agents.computeIfAbsent(agentId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** The agent's workspace windows open on this node. */
    Set<Session> agentSessions(long agentId) {
        return Set.copyOf(agents.getOrDefault(agentId, Set.of()));
    }

    void leaveAgent(long agentId, Session session) {
        agents.computeIfPresent(agentId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void relay(@Observes @Delivered LiveEvent event) {
        if (event instanceof LiveEvent.MessagePosted posted) {
            String frame = Frames.message(posted);
            if (!posted.internal()) { // a supervisor's whisper never reaches the customer (issue 12)
                toCustomers(posted.interactionId(), frame);
            }
            toAgent(posted.agentId(), frame);
        } else if (event instanceof LiveEvent.BotChanged bot) {
            botChanged(bot);
        } else if (event instanceof LiveEvent.InteractionChanged changed) {
            // The end of a chat whose end bot asks its survey: the customer hears of the survey, then of its end.
            boolean surveyed = "ENDED".equals(changed.state()) && surveys.contains(changed.interactionId());
            if (customers.containsKey(changed.interactionId()) && !surveyed) {
                var state = Frames.of("state").add("interaction", changed.interactionId()).add("state", changed.state());
                if (changed.card() != null) {
                    Frames.agentCard(state, changed.card());
                }
                Frames.optional(state, "endReason", changed.endReason());
                toCustomers(changed.interactionId(), state.build().toString());
            }
            if (mayMoveTheQueue(changed)) {
                queueMoves.incrementAndGet();
                tellPlaces(changed.campaignId());
            }
            if (!agents.isEmpty() && queuesToTell.add(changed.campaignId())) {
                // Coalesced: a burst of arrivals in one campaign sends its agents one list now and then, read when sent.
                scheduler.schedule(() -> queuesMoved(changed.campaignId()), queueFrameDelay(changed.campaignId()),
                        TimeUnit.NANOSECONDS);
            }
            if ("ASSIGNED".equals(changed.state())) {
                var assigned = Frames.of("assigned");
                if (changed.chat() != null) {
                    Frames.chat(assigned, changed.chat());
                } else {
                    assigned.add("interaction", changed.interactionId()).add("campaign", changed.campaignId());
                }
                toAgent(changed.agentId(), assigned.build().toString());
            } else if ("ENDED".equals(changed.state()) && changed.agentId() != null && agents.containsKey(changed.agentId())) {
                // With the quality model to answer (ADV-02), read in a transaction of its own.
                executor.execute(() -> ended(changed));
            }
        } else if (event instanceof LiveEvent.OfferChanged offer) {
            toAgent(offer.agentId(), offer.outcome() == null
                    ? Frames.offer(offer.interactionId(), offer.campaignId(), offer.campaignName(), offer.customerName(),
                            offer.expiresAt())
                    : Frames.of("offer-closed").add("interaction", offer.interactionId()).add("outcome", offer.outcome())
                            .build().toString());
        } else if (event instanceof LiveEvent.TransferChanged transfer) {
            relayTransfer(transfer);
        } else if (event instanceof LiveEvent.AgentChanged changed) {
            toAgent(changed.agentId(), Frames.agentState(Frames.of("agent-state"), changed.state(), changed.breakName(),
                    changed.changedBy()).build().toString());
        } else if (event instanceof LiveEvent.AccessChanged changed) {
            signOut(changed.userId());
        } else if (event instanceof LiveEvent.PageVisited visited) {
            toAgent(visited.agentId(), Frames.of("page").add("interaction", visited.interactionId())
                    .add("url", visited.url()).build().toString());
        } else if (event instanceof LiveEvent.CustomerPresence presence) {
            toAgent(presence.agentId(), Frames.of("customer").add("interaction", presence.interactionId())
                    .add("connected", presence.connected()).add("since", presence.since().toString()).build().toString());
        } else if (event instanceof LiveEvent.CustomerRated rated) {
            toAgent(rated.agentId(), Frames.optional(Frames.of("customer-rating").add("interaction", rated.interactionId())
                    .add("rating", rated.rating()), "comment", rated.comment()).build().toString());
        } else if (event instanceof LiveEvent.CallChanged call) {
            customers.getOrDefault(call.interactionId(), Set.of())
                    .forEach(session -> send(session, calls.state(call, session, "CUSTOMER")));
            if (call.agentId() != null) {
                agents.getOrDefault(call.agentId(), Set.of())
                        .forEach(session -> send(session, calls.state(call, session, "AGENT")));
            }
        } else if (event instanceof LiveEvent.CallSignal signal) {
            Set<Session> side = "CUSTOMER".equals(signal.toSide()) ? customers.getOrDefault(signal.interactionId(), Set.of())
                    : signal.agentId() == null ? Set.of() : agents.getOrDefault(signal.agentId(), Set.of());
            side.stream().filter(session -> Objects.equals(signal.toEndpoint(), CallFrames.endpointOf(session)))
                    .forEach(session -> send(session, CallFrames.signal(signal)));
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

    /** The user's access was taken away or changed: its workspaces close and go back to the login page. */
    private void signOut(long userId) {
        for (Session session : agents.getOrDefault(userId, Set.of())) {
            Outbox.of(session).close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, SIGNED_OUT));
        }
    }

    /** AGT-08: the agent asked is offered the chat; the agent who asked learns where it went, or that it came back. */
    private void relayTransfer(LiveEvent.TransferChanged transfer) {
        switch (transfer.status()) {
            case "REQUESTED" -> {
                if (transfer.toAgentId() != null) {
                    toAgent(transfer.toAgentId(), Frames.transferOffer(transfer));
                } else {
                    toAgent(transfer.fromAgentId(), Frames.of("transferred").add("interaction", transfer.interactionId())
                            .build().toString());
                }
            }
            case "ACCEPTED" -> // again for a campaign's: now with who took it (issue 11, point 17)
                    toAgent(transfer.fromAgentId(), Frames.optional(Frames.of("transferred")
                            .add("interaction", transfer.interactionId()), "takenBy", transfer.takenBy()).build().toString());
            default -> {
                toAgent(transfer.fromAgentId(), Frames.of("transfer-returned").add("interaction", transfer.interactionId())
                        .build().toString());
                toAgent(transfer.toAgentId(), Frames.of("transfer-closed").add("interaction", transfer.interactionId())
                        .build().toString());
            }
        }
    }

    /** BOT-01, BOT-02: a bot started or stopped talking; the customer's widget hears it as a state. */
    private void botChanged(LiveEvent.BotChanged bot) {
        if ("SURVEY".equals(bot.state())) {
            surveys.add(bot.interactionId());
        } else {
            surveys.remove(bot.interactionId());
        }
        if ("OFF".equals(bot.state())) {
            return; // the start bot stopped: the interaction's own change says where the chat went
        }
        var state = Frames.of("state").add("interaction", bot.interactionId()).add("state", bot.state());
        if (bot.person()) {
            state.add("person", true);
        }
        toCustomers(bot.interactionId(), Frames.optional(state, "endReason", bot.endReason()).build().toString());
    }

    private void ended(LiveEvent.InteractionChanged changed) {
        toAgent(changed.agentId(), Frames.ended(changed.interactionId(), changed.endReason(),
                desk.qualityForm(changed.agentId(), changed.interactionId())));
    }

    /**
     * Nanoseconds until the campaign's agents here may be sent its queue again: a list at most every
     * {@link #QUEUE_FRAME_MILLIS} ms, so that a queue that keeps moving (thousands arriving) costs a few lists a
     * second, not one for each change (issue 16).
     */
    private long queueFrameDelay(long campaignId) {
        Long last = queueToldAt.get(campaignId);
        return last == null ? 0 : Math.max(0, last + TimeUnit.MILLISECONDS.toNanos(QUEUE_FRAME_MILLIS) - System.nanoTime());
    }

    /** Issue 11, point 18: the campaign's agents connected here see its queue as it is now. */
    private void queuesMoved(long campaignId) {
        queuesToTell.remove(campaignId);
        queueToldAt.put(campaignId, System.nanoTime());
        List<Long> here = queues.members(campaignId).stream().filter(agents::containsKey).toList();
        if (!here.isEmpty()) {
            queues.ofCampaign(campaignId).map(Frames::campaignQueue).ifPresent(frame -> here.forEach(a -> toAgent(a, frame)));
        }
    }

    /**
     * Whether the change may have moved the customers waiting behind the interaction: it was taken from the queue, or
     * ended while it waited. A chat that ends with an agent was not waiting, nor was an arrival refused by a full queue
     * (ADV-04); an arrival or a return to the queue goes behind everyone.
     */
    static boolean mayMoveTheQueue(LiveEvent.InteractionChanged changed) {
        return "ASSIGNED".equals(changed.state()) || "ENDED".equals(changed.state()) && changed.agentId() == null
                && !"UNAVAILABLE".equals(changed.endReason());
    }

    /**
     * WID-05: the place the customer's chat was told on its socket (its welcome), so that it is not told it again.
     * {@code movesBefore}: {@link #queueMoves()} before that place was read; when the queue moved since, the place may
     * be one the move's telling missed (the socket joined after it), and the campaign's places are told again.
     */
    void placeTold(long interactionId, long campaignId, int place, long movesBefore) {
        placesTold.put(interactionId, place);
        if (queueMoves.get() != movesBefore) {
            tellPlaces(campaignId);
        }
    }

    /** The campaign's waiting customers are told their places, once for all the moves until then. */
    private void tellPlaces(long campaignId) {
        if (placesToTell.add(campaignId)) {
            // Read in a transaction of its own: this runs after the event's transaction has completed.
            executor.execute(() -> queueMoved(campaignId));
        }
    }

    /** How many times a queue moved (any campaign's): a customer told its place compares it before and after. */
    long queueMoves() {
        return queueMoves.get();
    }

    /** How many frames were relayed to customers here: a welcome compares it before and after its read. */
    long relayedToCustomers() {
        return relayedToCustomers.get();
    }

    /**
     * WID-05: the customers still waiting in the campaign, connected to this node, learn their new place: only those
     * whose place changed since they were told it (issue 16), from the head of the queue back. Coalesced: a burst of
     * departures reads the queue once, after it.
     */
    private void queueMoved(long campaignId) {
        placesToTell.remove(campaignId);
        if (!campaigns.containsValue(campaignId)) {
            return;
        }
        Map<Long, Integer> places = chats.positions(campaignId);
        places.forEach((interactionId, position) -> {
            if (customers.containsKey(interactionId) && !position.equals(placesTold.put(interactionId, position))) {
                toCustomers(interactionId, Frames.of("queue").add("interaction", interactionId).add("position", position)
                        .build().toString());
            }
        });
        // Forgotten: the customers gone from here, and this campaign's that no longer wait.
        placesTold.keySet().removeIf(id -> !customers.containsKey(id)
                || Objects.equals(campaigns.get(id), campaignId) && !places.containsKey(id));
    }

    private void toCustomers(long interactionId, String frame) {
        Set<Session> sessions = customers.getOrDefault(interactionId, Set.of());
        if (!sessions.isEmpty()) {
            relayedToCustomers.incrementAndGet();
        }
        sessions.forEach(session -> send(session, frame));
    }

    private void toAgent(Long agentId, String frame) {
        if (agentId != null) {
            agents.getOrDefault(agentId, Set.of()).forEach(session -> send(session, frame));
        }
    }

    /** Sends one frame without waiting for it; frames to one session go one at a time, in order ({@link Outbox}). */
    static void send(Session session, String frame) {
        if (session.isOpen()) {
            Outbox.of(session).send(frame);
        }
    }
}
