package org.webchat.call;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.webchat.agent.User;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.SenderKind;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;
import org.webchat.node.NodeLease;
import org.webchat.routing.AgentPresence;

/**
 * The life of a chat's calls (issue 14; AV-01..03, AGT-04): a side rings the other, the other answers or declines,
 * either hangs up; a call rings at most its ring time (CallSettings). Each side is a party: the chat's customer, or
 * its agent; each call is only its chat's customer's and agent's, whatever id a client names. While a call is up its
 * agent is on a call (presence, routing STR-01 and STR-02, the supervisor's board). Every change is published as a
 * {@link LiveEvent.CallChanged}; signalling goes from one side's endpoint socket to the other's only.
 */
@Stateless
public class Calls {

    /** Who acts: the customer of interaction {@code id}, or the agent {@code id}. */
    public record Party(CallSide side, long id) {

        public static Party customer(long interactionId) {
            return new Party(CallSide.CUSTOMER, interactionId);
        }

        public static Party agent(long agentId) {
            return new Party(CallSide.AGENT, agentId);
        }

        boolean owns(Call call) {
            return side == CallSide.CUSTOMER ? call.getInteraction().getId() == id
                    : call.getAgent().map(a -> a.getId() == id).orElse(false);
        }
    }

    /** A call act refused, with the protocol's error code (package-info of org.webchat.chat). */
    @ApplicationException(rollback = true)
    public static class Refused extends RuntimeException {

        private final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    ChatService chat;

    @Inject
    AgentPresence presence;

    @Inject
    CallSettings settings;

    @Inject
    LiveChannel live;

    @Resource
    TimerService timers;

    private final Clock clock = Clock.systemUTC();

    /**
     * {@code party} rings the other side of chat {@code interactionId} from socket {@code endpoint}. Refused when
     * the chat is not the party's ({@code not-yours}), nobody attends it ({@code no-agent}), its campaign does not
     * allow calls (ADV-12, {@code calls-off}), or a call of the chat or of its agent rings or is up ({@code
     * call-busy}).
     */
    public void start(Party party, long interactionId, CallKind kind, String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        Interaction interaction = interactions.findForUpdate(interactionId)
                .orElseThrow(() -> new Refused("not-yours", "This chat is not yours"));
        User agent = interaction.getAgent().orElse(null);
        boolean mine = party.side() == CallSide.CUSTOMER ? interaction.getId() == party.id()
                : agent != null && agent.getId() == party.id();
        if (!mine) {
            throw new Refused("not-yours", "This chat is not yours");
        }
        if (interaction.getState() != InteractionState.ASSIGNED || agent == null) {
            throw new Refused("no-agent", "Nobody attends this chat now");
        }
        if (!interaction.getCampaign().isAudioVideoAllowed()) {
            throw new Refused("calls-off", "This campaign does not allow audio and video calls");
        }
        // Under the agent's lock: two customers calling it at once cannot both ring.
        em.lock(agent, LockModeType.PESSIMISTIC_WRITE);
        long busy = em.createQuery("select count(c) from Call c where c.state <> org.webchat.call.CallState.ENDED"
                + " and (c.interaction.id = :interaction or c.agent.id = :agent)", Long.class)
                .setParameter("interaction", interactionId).setParameter("agent", agent.getId()).getSingleResult();
        if (busy > 0) {
            throw new Refused("call-busy", "A call of this chat or of its agent is ringing or up");
        }
        Call call = new Call(interaction, agent, kind, party.side(), clock.instant()).from(endpoint, NodeLease.THIS);
        em.persist(call);
        em.flush();
        timers.createSingleActionTimer(settings.ringTime().toMillis(), new TimerConfig(call.getId(), false));
        live.publish(changed(call));
    }

    /** The side called answers on socket {@code endpoint}: the call is up, its agent on a call. */
    public void answer(Party party, long callId, String endpoint) {
        Call call = live(party, callId);
        if (call.getState() != CallState.RINGING || call.getStartedBy() == party.side()) {
            throw new Refused("call-gone", "This call is not ringing for you");
        }
        call.answer(Objects.requireNonNull(endpoint, "endpoint"), NodeLease.THIS, clock.instant());
        call.getAgent().ifPresent(agent -> presence.call(agent.getId(), true));
        live.publish(changed(call));
    }

    /** The side called declines a ringing call; the caller declining its own call cancels it. */
    public void decline(Party party, long callId) {
        hangUp(party, callId, false);
    }

    /**
     * {@code party} hangs up: before an answer the caller cancels and the called declines; after, the call ends,
     * FAILED when its peer connection could not be established. A call already over is left as it is.
     */
    public void hangUp(Party party, long callId, boolean failed) {
        Call call = mine(party, callId);
        if (call.getState() == CallState.ENDED) {
            return;
        }
        CallEnd reason = call.getState() == CallState.RINGING
                ? call.getStartedBy() == party.side() ? CallEnd.CANCELLED : CallEnd.DECLINED
                : failed ? CallEnd.FAILED : CallEnd.HUNG_UP;
        finish(call, reason, party.side());
    }

    /** Relays {@code payload} (a session description or candidates) from the party's endpoint to the other's. */
    public void signal(Party party, long callId, String endpoint, String payload) {
        Call call = mine(party, callId, LockModeType.NONE); // a relay changes nothing; candidates come in bursts
        if (call.getState() != CallState.ACTIVE) {
            throw new Refused("call-gone", "This call is not up");
        }
        if (!Objects.equals(call.endpoint(party.side()), endpoint)) {
            throw new Refused("not-yours", "This call is up in another window");
        }
        CallSide to = party.side().other();
        live.publish(new LiveEvent.CallSignal(call.getId(), call.getInteraction().getId(),
                call.getAgent().map(User::getId).orElse(null), to.name(), call.endpoint(to), payload));
    }

    /** The calls of the party that ring or are up, as a socket that (re)connects shows them. */
    public List<LiveEvent.CallChanged> current(Party party) {
        String whose = party.side() == CallSide.CUSTOMER ? "c.interaction.id" : "c.agent.id";
        return em.createQuery("select c from Call c where c.state <> org.webchat.call.CallState.ENDED and " + whose
                + " = :id order by c.id", Call.class).setParameter("id", party.id()).getResultStream()
                .map(this::changed).toList();
    }

    /** A socket that was a call's endpoint closed: its calls end (a caller's unanswered ring is cancelled). */
    public void endpointClosed(String endpoint) {
        for (Call call : em.createQuery("select c from Call c where c.state <> org.webchat.call.CallState.ENDED"
                + " and (c.customerEndpoint = :endpoint or c.agentEndpoint = :endpoint)", Call.class)
                .setParameter("endpoint", endpoint).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            CallSide side = endpoint.equals(call.endpoint(CallSide.CUSTOMER)) ? CallSide.CUSTOMER : CallSide.AGENT;
            finish(call, call.getState() == CallState.RINGING ? CallEnd.CANCELLED : CallEnd.DISCONNECTED, side);
        }
    }

    /**
     * The chat of some calls changed: a call goes on only while the chat is assigned to the call's agent; it ends
     * with the chat, or when the chat is transferred or goes back to the queue.
     */
    @Asynchronous
    public void chatChanged(long interactionId, String state, Long agentId) {
        for (Call call : em.createQuery("select c from Call c where c.state <> org.webchat.call.CallState.ENDED"
                + " and c.interaction.id = :id", Call.class).setParameter("id", interactionId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            if ("ENDED".equals(state)) {
                finish(call, CallEnd.CHAT_ENDED, null);
            } else if (!"ASSIGNED".equals(state) || !Objects.equals(agentId, call.getAgent().map(User::getId).orElse(null))) {
                finish(call, CallEnd.TRANSFERRED, null);
            }
        }
    }

    /**
     * The calls with a side on a node not {@code alive} end: that side's socket died with its node (killed, lost from
     * the cluster, or this node's earlier start) and was never closed, and so did the ring's timer of a caller's node.
     * The calls of live nodes go on. A call from before nodes were kept (V25) has none: over after any restart.
     */
    public void endOrphaned(Set<String> alive) {
        for (Call call : em.createQuery("select c from Call c where c.state <> org.webchat.call.CallState.ENDED"
                + " and (c.customerNode not in :alive or c.agentNode not in :alive"
                + " or (c.customerNode is null and c.agentNode is null))", Call.class).setParameter("alive", alive)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            finish(call, call.getState() == CallState.RINGING ? CallEnd.CANCELLED : CallEnd.DISCONNECTED, null);
        }
    }

    @Timeout
    void ringLapsed(Timer timer) {
        Call call = em.find(Call.class, timer.getInfo(), LockModeType.PESSIMISTIC_WRITE);
        if (call != null && call.getState() == CallState.RINGING) {
            finish(call, CallEnd.NO_ANSWER, null);
        }
    }

    private void finish(Call call, CallEnd reason, CallSide by) {
        boolean wasUp = call.getState() == CallState.ACTIVE;
        Instant now = clock.instant();
        if (!call.end(reason, by, now)) {
            return;
        }
        if (wasUp) {
            call.getAgent().ifPresent(agent -> presence.call(agent.getId(), false));
        }
        Interaction interaction = call.getInteraction();
        if (interaction.getState() != InteractionState.ENDED) {
            chat.post(interaction.getId(), SenderKind.SYSTEM, null, null, CallLine.text(interaction.getLanguage(),
                    call.getKind(), reason, call.duration(now).orElse(null)));
        }
        live.publish(changed(call));
    }

    /** The party's call, locked; another's, or none, is {@code call-gone}: ids of others' calls tell nothing. */
    private Call mine(Party party, long callId) {
        return mine(party, callId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Call mine(Party party, long callId, LockModeType lock) {
        Call call = em.find(Call.class, callId, lock);
        if (call == null || !party.owns(call)) {
            throw new Refused("call-gone", "There is no such call of yours");
        }
        return call;
    }

    private Call live(Party party, long callId) {
        Call call = mine(party, callId);
        if (call.getState() == CallState.ENDED) {
            throw new Refused("call-gone", "This call is over");
        }
        return call;
    }

    private LiveEvent.CallChanged changed(Call call) {
        Instant expires = call.getState() == CallState.RINGING ? call.getRangAt().plus(settings.ringTime()) : null;
        return new LiveEvent.CallChanged(call.getId(), call.getInteraction().getId(),
                call.getAgent().map(User::getId).orElse(null), call.getKind().name(), call.getStartedBy().name(),
                call.getState().name(), call.getRangAt(), expires, call.getAnsweredAt().orElse(null),
                call.getEndedAt().orElse(null), call.getEndReason().map(Enum::name).orElse(null),
                call.getEndedBy().map(Enum::name).orElse(null), call.endpoint(CallSide.CUSTOMER),
                call.endpoint(CallSide.AGENT));
    }
}
