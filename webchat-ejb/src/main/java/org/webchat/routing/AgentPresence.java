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
import java.util.Objects;
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
 * the routing engine reads the present state from here. A supervisor may put an agent on a break (SUP-14) or
 * log it out (SUP-15): the history and the event name the supervisor.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AgentPresence {

    /**
     * One agent's present situation; immutable, replaced on each change. Its state follows from it, the
     * strongest first: logged out, on a break, on a call, busy, available.
     *
     * @param since when {@link #state()} last changed
     * @param pausedBy the name of the supervisor who put the agent on its break (SUP-14), null otherwise
     */
    public record Presence(long agentId, int sockets, Long breakTypeId, String breakName, boolean onCall,
                           boolean busy, Instant since, String pausedBy) {

        /** Not paused by a supervisor. */
        public Presence(long agentId, int sockets, Long breakTypeId, String breakName, boolean onCall, boolean busy,
                        Instant since) {
            this(agentId, sockets, breakTypeId, breakName, onCall, busy, since, null);
        }

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
            return new Presence(agentId, count, breakTypeId, breakName, onCall, busy, since, pausedBy);
        }

        Presence withBreak(BreakType breakType, String supervisor) {
            return new Presence(agentId, sockets, breakType == null ? null : breakType.getId(),
                    breakType == null ? null : breakType.getName(), onCall, busy, since,
                    breakType == null ? null : supervisor);
        }

        Presence withCall(boolean call) {
            return new Presence(agentId, sockets, breakTypeId, breakName, call, busy, since, pausedBy);
        }

        Presence withBusy(boolean isBusy) {
            return new Presence(agentId, sockets, breakTypeId, breakName, onCall, isBusy, since, pausedBy);
        }

        /** Whether the history records a new period: another state, another break, or another who paused it. */
        boolean differsFrom(Presence before) {
            return before == null || before.state() != state() || !Objects.equals(before.breakTypeId(), breakTypeId)
                    || !Objects.equals(before.pausedBy(), pausedBy);
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
        change(new Presence(agentId, 1, null, null, false, hasIncallChat(agentId), null), null);
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
        change(new Presence(agentId, 0, null, null, false, false, now.since()), null);
    }

    /**
     * SUP-15: the supervisor logs the agent out, at once: routing gives it nothing from now on, and the history names
     * the supervisor. Its workspace sockets are being closed (their closing then changes nothing here). False when the
     * agent was not logged in.
     */
    public synchronized boolean signOut(long agentId, long supervisorId) {
        Presence now = agents.get(agentId);
        if (now == null || !now.loggedIn()) {
            return false;
        }
        change(new Presence(agentId, 0, null, null, false, false, now.since()), em.find(User.class, supervisorId));
        return true;
    }

    /**
     * The agent takes the break {@code breakTypeId}, or comes back from its break (null). False when the agent
     * is not logged in or there is no such break type for it: enabled, of its security group (ADM-02).
     */
    public synchronized boolean takeBreak(long agentId, Long breakTypeId) {
        return takeBreak(agentId, breakTypeId, null);
    }

    /**
     * As {@link #takeBreak(long, Long)}; {@code supervisorId} names the supervisor who puts the agent on the break
     * (SUP-14), null when the agent takes it itself.
     */
    public synchronized boolean takeBreak(long agentId, Long breakTypeId, Long supervisorId) {
        Presence now = agents.get(agentId);
        if (now == null || !now.loggedIn() || breakTypeId != null && breakTypeFor(agentId, breakTypeId).isEmpty()) {
            return false;
        }
        User supervisor = supervisorId == null ? null : em.find(User.class, supervisorId);
        change(now.withBreak(breakTypeId == null ? null : em.find(BreakType.class, breakTypeId),
                supervisor == null ? null : supervisor.getName()), supervisor);
        return true;
    }

    /** The break type, when the agent may take it: enabled, of the agent's security group (ADM-02). */
    public Optional<BreakType> breakTypeFor(long agentId, long breakTypeId) {
        return Optional.ofNullable(em.find(BreakType.class, breakTypeId)).filter(BreakType::isEnabled)
                .filter(b -> SecurityGroup.same(b.getSecurityGroup(), em.find(User.class, agentId).getSecurityGroup()));
    }

    /** The agent's telephone or audio/video call started or ended. False when the agent is not logged in. */
    public synchronized boolean call(long agentId, boolean onCall) {
        Presence now = agents.get(agentId);
        if (now == null || !now.loggedIn()) {
            return false;
        }
        change(now.withCall(onCall), null);
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
                change(now.withBusy(busy), null);
            }
        }
    }

    private boolean hasIncallChat(long agentId) {
        return em.createQuery("select count(i) from Interaction i where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ASSIGNED"
                        + " and i.campaign.strategy = org.webchat.campaign.Strategy.INCALL", Long.class)
                .setParameter("agent", agentId).getSingleResult() > 0;
    }

    /**
     * Keeps the new situation; a new state (or another break, or a supervisor's pause) is recorded in the history and
     * published, naming the supervisor who caused it ({@code by}, null: the agent itself).
     */
    private void change(Presence next, User by) {
        Presence before = agents.get(next.agentId());
        AgentState state = next.state();
        if (!next.differsFrom(before) && by == null) {
            agents.put(next.agentId(), new Presence(next.agentId(), next.sockets(), next.breakTypeId(),
                    next.breakName(), next.onCall(), next.busy(), before.since(), next.pausedBy()));
            return;
        }
        Instant at = clock.instant();
        long agentId = next.agentId();
        User agent = em.find(User.class, agentId);
        BreakType breakType = next.breakTypeId() == null ? null : em.find(BreakType.class, next.breakTypeId());
        em.createQuery("update AgentStateChange s set s.endedAt = :at where s.user.id = :agent and s.endedAt is null")
                .setParameter("at", at).setParameter("agent", agentId).executeUpdate();
        em.persist(new AgentStateChange(agent, state, state == AgentState.ON_BREAK ? breakType : null, at, by));
        agents.put(agentId, new Presence(agentId, next.sockets(), next.breakTypeId(), next.breakName(), next.onCall(),
                next.busy(), at, next.pausedBy()));
        live.publish(new LiveEvent.AgentChanged(agentId, state.name(), state == AgentState.ON_BREAK ? next.breakName()
                : null, at, by == null ? null : by.getName()));
    }
}
