package org.webchat.routing;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.webchat.agent.AgentState;
import org.webchat.agent.AgentStateChange;
import org.webchat.agent.BreakType;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * Who of the agents is in the portal and in which state (AGT-07, SUP-03): logged in while at least one of
 * its workspace sockets is open; on a break, on a call, busy with an {@code incall} interaction (STR-01) or
 * available. Each change of the state kept in the agent state history and published on the live channel;
 * the routing engine reads the present state from here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AgentPresence {

    /**
     * One agent's present situation; immutable, replaced on each change. Its state follows from it, the
     * strongest first: logged out, on a break, on a call, busy, available.
     *
     * @param since when {@link #state()} last changed
     */
    public record Presence(long agentId, int sockets, Long breakTypeId, String breakName, boolean onCall,
                           boolean busy, Instant since) {

        public AgentState state() {
            if (sockets == 0) {
                return AgentState.LOGGED_OUT;
            }
            if (breakTypeId != null) {
                return AgentState.ON_BREAK;
            }
            if (onCall) {
                return AgentState.ON_CALL;
            }
            return busy ? AgentState.BUSY : AgentState.AVAILABLE;
        }

        public boolean loggedIn() {
            return sockets > 0;
        }

        public boolean onBreak() {
            return loggedIn() && breakTypeId != null;
        }

        Presence withSockets(int count) {
            return new Presence(agentId, count, breakTypeId, breakName, onCall, busy, since);
        }

        Presence withBreak(BreakType breakType) {
            return new Presence(agentId, sockets, breakType == null ? null : breakType.getId(),
                    breakType == null ? null : breakType.getName(), onCall, busy, since);
        }

        Presence withCall(boolean call) {
            return new Presence(agentId, sockets, breakTypeId, breakName, call, busy, since);
        }

        Presence withBusy(boolean isBusy) {
            return new Presence(agentId, sockets, breakTypeId, breakName, onCall, isBusy, since);
        }
    }

    private final Map<Long, Presence> agents = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    LiveChannel live;

    public Optional<Presence> of(long agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    /** Every agent in the portal now. */
    public List<Presence> loggedIn() {
        return agents.values().stream().filter(Presence::loggedIn).toList();
    }

    public boolean isLoggedIn(long agentId) {
        return of(agentId).map(Presence::loggedIn).orElse(false);
    }

    /** A workspace socket of the agent opened; the first one logs the agent in, available (or busy). */
    public synchronized void connected(long agentId) {
        Presence now = agents.get(agentId);
        if (now != null && now.loggedIn()) {
            agents.put(agentId, now.withSockets(now.sockets() + 1));
            return;
        }
        change(new Presence(agentId, 1, null, null, false, hasIncallChat(agentId), null));
    }

    /** A workspace socket of the agent closed; the last one logs the agent out (leaving any break or call). */
    public synchronized void disconnected(long agentId) {
        Presence now = agents.get(agentId);
        if (now == null || !now.loggedIn()) {
            return;
        }
        if (now.sockets() > 1) {
            agents.put(agentId, now.withSockets(now.sockets() - 1));
            return;
        }
        change(new Presence(agentId, 0, null, null, false, false, now.since()));
    }

    /**
     * The agent takes the break {@code breakTypeId}, or comes back from its break (null). False when the agent
     * is not logged in or there is no such break type for it: enabled, of its security group (ADM-02).
     */
    public synchronized boolean takeBreak(long agentId, Long breakTypeId) {
        Presence now = agents.get(agentId);
        BreakType breakType = breakTypeId == null ? null : em.find(BreakType.class, breakTypeId);
        if (now == null || !now.loggedIn() || (breakTypeId != null && (breakType == null || !breakType.isEnabled()
                || !SecurityGroup.same(breakType.getSecurityGroup(), em.find(User.class, agentId).getSecurityGroup())))) {
            return false;
        }
        change(now.withBreak(breakType));
        return true;
    }

    /** The agent's telephone or audio/video call started or ended. False when the agent is not logged in. */
    public synchronized boolean call(long agentId, boolean onCall) {
        Presence now = agents.get(agentId);
        if (now == null || !now.loggedIn()) {
            return false;
        }
        change(now.withCall(onCall));
        return true;
    }

    /**
     * Busy while the agent attends an {@code incall} interaction (STR-01), available again once it has none.
     * Run after the assignment or the end has committed, so it reads what they wrote.
     */
    @Asynchronous
    public void reconcileBusy(long agentId) {
        boolean busy = hasIncallChat(agentId);
        synchronized (this) {
            Presence now = agents.get(agentId);
            if (now != null && now.loggedIn() && now.busy() != busy) {
                change(now.withBusy(busy));
            }
        }
    }

    private boolean hasIncallChat(long agentId) {
        return em.createQuery("select count(i) from Interaction i where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ASSIGNED"
                        + " and i.campaign.strategy = org.webchat.campaign.Strategy.INCALL", Long.class)
                .setParameter("agent", agentId).getSingleResult() > 0;
    }

    /** Keeps the new situation; a new state is recorded in the history and published. */
    private void change(Presence next) {
        Presence before = agents.get(next.agentId());
        AgentState state = next.state();
        if (before != null && before.state() == state) {
            agents.put(next.agentId(), new Presence(next.agentId(), next.sockets(), next.breakTypeId(),
                    next.breakName(), next.onCall(), next.busy(), before.since()));
            return;
        }
        Instant at = clock.instant();
        long agentId = next.agentId();
        User agent = em.find(User.class, agentId);
        BreakType breakType = next.breakTypeId() == null ? null : em.find(BreakType.class, next.breakTypeId());
        em.createQuery("update AgentStateChange s set s.endedAt = :at where s.user.id = :agent and s.endedAt is null")
                .setParameter("at", at).setParameter("agent", agentId).executeUpdate();
        em.persist(new AgentStateChange(agent, state, breakType, at, null));
        agents.put(agentId, new Presence(agentId, next.sockets(), next.breakTypeId(), next.breakName(), next.onCall(),
                next.busy(), at));
        live.publish(new LiveEvent.AgentChanged(agentId, state.name(), next.breakName(), at));
    }
}
