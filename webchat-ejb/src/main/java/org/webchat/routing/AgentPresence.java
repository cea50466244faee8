package org.webchat.routing;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
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
import org.webchat.node.NodeLease;

/**
 * Who of the agents is in the portal and in which state (AGT-07, SUP-03): logged in while at least one of
 * its workspace sockets is open; on a break, on a call, busy with an {@code incall} interaction (STR-01) or
 * available. Each change of the state kept in the agent state history and published on the live channel;
 * the routing engine reads the present state from here. A supervisor may put an agent on a break (SUP-14) or
 * log it out (SUP-15): the history and the event name the supervisor.
 *
 * <p>The cluster's, not one node's (issue 17): the situation is kept in the database ({@link AgentSituation}), the
 * sockets counted per node ({@link AgentConnection}) under a lease each node renews, and each change is made under the
 * agent's row lock, so that a change on one node and one on another are made one after the other. An agent whose
 * workspace was on a node that died stays in its state while it reconnects to another node; one whose workspace does
 * not come back is logged out once the dead node's lease lapsed.
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

    /** This node in {@link AgentConnection}: its name and this start of it, so that a restart's rows are new ones. */
    static final String NODE = NodeLease.THIS;

    /** How long a node's connections count without being renewed: three renewals missed. */
    private static final Duration LEASE = NodeLease.LEASE;

    /** This node's open workspace sockets, per agent. */
    private final Map<Long, Integer> local = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    LiveChannel live;

    @Resource
    SessionContext context;

    public Optional<Presence> of(long agentId) {
        return Optional.ofNullable(of(List.of(agentId)).get(agentId));
    }

    /** The presence of each of these agents that ever was in the portal. */
    public Map<Long, Presence> of(Collection<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> sockets = sockets(em.createQuery("select c.agentId, sum(c.sockets) from AgentConnection c"
                + " where c.agentId in :ids group by c.agentId", Object[].class).setParameter("ids", agentIds));
        Map<Long, Presence> presences = new HashMap<>();
        em.createQuery("select s from AgentSituation s where s.agentId in :ids", AgentSituation.class)
                .setParameter("ids", agentIds).getResultList().forEach(situation -> {
                    presences.put(situation.agentId(), situation.presence(sockets.getOrDefault(situation.agentId(), 0)));
                });
        return presences;
    }

    /** Every agent in the portal now, on any node. */
    public List<Presence> loggedIn() {
        Map<Long, Integer> sockets = sockets(em.createQuery("select c.agentId, sum(c.sockets) from AgentConnection c"
                + " group by c.agentId having sum(c.sockets) > 0", Object[].class));
        return List.copyOf(of(sockets.keySet()).values());
    }

    private static Map<Long, Integer> sockets(TypedQuery<Object[]> query) {
        Map<Long, Integer> sockets = new HashMap<>();
        query.getResultList().forEach(row -> sockets.put((Long) row[0], ((Number) row[1]).intValue()));
        return sockets;
    }

    public boolean isLoggedIn(long agentId) {
        return of(agentId).map(Presence::loggedIn).orElse(false);
    }

    /** A workspace socket of the agent opened; the first one in the cluster logs the agent in, available (or busy). */
    public void connected(long agentId) {
        Presence before = lock(agentId);
        int here = local.merge(agentId, 1, Integer::sum);
        AgentConnection row = em.find(AgentConnection.class, new AgentConnection.Key(agentId, NODE));
        if (row == null) {
            em.persist(new AgentConnection(agentId, NODE, here, clock.instant()));
        } else {
            row.count(here, clock.instant());
        }
        if (!before.loggedIn()) {
            change(new Presence(agentId, 1, null, null, false, hasIncallChat(agentId), null), null);
        }
    }

    /** A workspace socket of the agent closed; the last one in the cluster logs the agent out (leaving any break or call). */
    public void disconnected(long agentId) {
        lock(agentId);
        Integer here = local.computeIfPresent(agentId, (id, count) -> count > 1 ? count - 1 : null);
        // Never made again here: a supervisor's log-out deleted it while this node's sockets were closing.
        AgentConnection row = em.find(AgentConnection.class, new AgentConnection.Key(agentId, NODE));
        if (row != null && here == null) {
            em.remove(row);
        } else if (row != null) {
            row.count(here, clock.instant());
        }
        loggedOutIfNoSocket(current(agentId));
    }

    /**
     * SUP-15: the supervisor logs the agent out, at once, on every node: routing gives it nothing from now on, and the
     * history names the supervisor. Its workspace sockets are being closed (their closing then changes nothing here).
     * False when the agent was not logged in.
     */
    public boolean signOut(long agentId, long supervisorId) {
        Presence now = lock(agentId);
        if (!now.loggedIn()) {
            return false;
        }
        em.createQuery("delete from AgentConnection c where c.agentId = :agent").setParameter("agent", agentId)
                .executeUpdate();
        change(new Presence(agentId, 0, null, null, false, false, now.since()), em.find(User.class, supervisorId));
        return true;
    }

    /**
     * The agent takes the break {@code breakTypeId}, or comes back from its break (null). False when the agent
     * is not logged in or there is no such break type for it: enabled, of its security group (ADM-02).
     */
    public boolean takeBreak(long agentId, Long breakTypeId) {
        return takeBreak(agentId, breakTypeId, null);
    }

    /**
     * As {@link #takeBreak(long, Long)}; {@code supervisorId} names the supervisor who puts the agent on the break
     * (SUP-14), null when the agent takes it itself.
     */
    public boolean takeBreak(long agentId, Long breakTypeId, Long supervisorId) {
        Presence now = lock(agentId);
        if (!now.loggedIn() || breakTypeId != null && breakTypeFor(agentId, breakTypeId).isEmpty()) {
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
    public boolean call(long agentId, boolean onCall) {
        Presence now = lock(agentId);
        if (!now.loggedIn()) {
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
        Presence now = lock(agentId);
        if (now.loggedIn() && now.busy() != busy) {
            change(now.withBusy(busy), null);
        }
    }

    /**
     * Every few seconds: renews this node's lease on its agents' connections, and lets go of those of a node that
     * stopped renewing its own (it died, or it was restarted): an agent left with none is logged out.
     */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void renew() {
        Instant now = clock.instant();
        em.createQuery("update AgentConnection c set c.renewedAt = :now where c.node = :node")
                .setParameter("now", now).setParameter("node", NODE).executeUpdate();
        List<Long> lapsed = em.createQuery("select distinct c.agentId from AgentConnection c where c.renewedAt < :before",
                Long.class).setParameter("before", now.minus(LEASE)).getResultList();
        for (long agentId : lapsed) {
            self().letGoOfLapsed(agentId);
        }
    }

    /** One agent's lapsed connections deleted, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void letGoOfLapsed(long agentId) {
        lock(agentId);
        em.createQuery("delete from AgentConnection c where c.agentId = :agent and c.renewedAt < :before")
                .setParameter("agent", agentId).setParameter("before", clock.instant().minus(LEASE)).executeUpdate();
        loggedOutIfNoSocket(current(agentId));
    }

    private AgentPresence self() {
        return context.getBusinessObject(AgentPresence.class);
    }

    /** Once no socket of the agent is open anywhere: logged out (leaving any break or call), if it was not. */
    private void loggedOutIfNoSocket(Presence now) {
        if (!now.loggedIn()) {
            change(new Presence(now.agentId(), 0, null, null, false, false, now.since()), null);
        }
    }

    /**
     * Waits for the agent's lock (its user row) for the rest of the transaction, so that one change of an agent is
     * made at a time in the whole cluster, and gives its presence as it is then.
     */
    private Presence lock(long agentId) {
        // A plain row lock: Hibernate's lock of the User entity warns of follow-on locking (HHH000444) each time.
        em.createNativeQuery("SELECT id FROM app_user WHERE id = ?1 FOR UPDATE").setParameter(1, agentId).getResultList();
        return current(agentId);
    }

    /** The agent's presence as it is now in this transaction (after {@link #lock}). */
    private Presence current(long agentId) {
        Long sockets = em.createQuery("select sum(c.sockets) from AgentConnection c where c.agentId = :agent", Long.class)
                .setParameter("agent", agentId).getSingleResult();
        return situation(agentId).presence(sockets == null ? 0 : sockets.intValue());
    }

    private AgentSituation situation(long agentId) {
        AgentSituation situation = em.find(AgentSituation.class, agentId);
        if (situation == null) {
            situation = new AgentSituation(agentId);
            em.persist(situation);
        }
        return situation;
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
        AgentSituation situation = situation(next.agentId());
        Presence recorded = situation.recorded();
        if (!next.differsFrom(recorded) && by == null) {
            situation.keep(new Presence(next.agentId(), next.sockets(), next.breakTypeId(), next.breakName(),
                    next.onCall(), next.busy(), recorded.since(), next.pausedBy()));
            return;
        }
        Instant at = clock.instant();
        long agentId = next.agentId();
        AgentState state = next.state();
        User agent = em.find(User.class, agentId);
        BreakType breakType = next.breakTypeId() == null ? null : em.find(BreakType.class, next.breakTypeId());
        em.createQuery("update AgentStateChange s set s.endedAt = :at where s.user.id = :agent and s.endedAt is null")
                .setParameter("at", at).setParameter("agent", agentId).executeUpdate();
        em.persist(new AgentStateChange(agent, state, state == AgentState.ON_BREAK ? breakType : null, at, by));
        situation.keep(new Presence(agentId, next.sockets(), next.breakTypeId(), next.breakName(), next.onCall(),
                next.busy(), at, next.pausedBy()));
        live.publish(new LiveEvent.AgentChanged(agentId, state.name(), state == AgentState.ON_BREAK ? next.breakName()
                : null, at, by == null ? null : by.getName()));
    }
}
