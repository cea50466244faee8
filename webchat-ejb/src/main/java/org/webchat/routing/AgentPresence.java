package org.webchat.routing;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.webchat.agent.AgentState;
import org.webchat.agent.AgentStateChange;
import org.webchat.agent.BreakType;
import org.webchat.agent.User;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * Who of the agents is in the portal and in which state (AGT-07, SUP-03): logged in while at least one of
 * its workspace sockets is open; available or on a break. Each change is kept in the agent state history
 * and published on the live channel; the routing engine reads the present state from here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AgentPresence {

    /** One agent's present state; immutable, replaced on each change. */
    public record Presence(long agentId, AgentState state, Long breakTypeId, String breakName, int sockets, Instant since) {

        boolean loggedIn() {
            return state != AgentState.LOGGED_OUT;
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

    public boolean isLoggedIn(long agentId) {
        return of(agentId).map(Presence::loggedIn).orElse(false);
    }

    /** A workspace socket of the agent opened; the first one logs the agent in, available. */
    public synchronized void connected(long agentId) {
        Presence now = agents.get(agentId);
        if (now != null && now.loggedIn()) {
            agents.put(agentId, new Presence(agentId, now.state(), now.breakTypeId(), now.breakName(), now.sockets() + 1, now.since()));
            return;
        }
        change(agentId, AgentState.AVAILABLE, null, 1);
    }

    /** A workspace socket of the agent closed; the last one logs the agent out. */
    public synchronized void disconnected(long agentId) {
        Presence now = agents.get(agentId);
        if (now == null || !now.loggedIn()) {
            return;
        }
        if (now.sockets() > 1) {
            agents.put(agentId, new Presence(agentId, now.state(), now.breakTypeId(), now.breakName(), now.sockets() - 1, now.since()));
            return;
        }
        change(agentId, AgentState.LOGGED_OUT, null, 0);
    }

    /** The agent takes a break (null: comes back, available). Only a logged-in agent changes state. */
    public synchronized boolean takeBreak(long agentId, Long breakTypeId) {
        Presence now = agents.get(agentId);
        if (now == null || !now.loggedIn()) {
            return false;
        }
        change(agentId, breakTypeId == null ? AgentState.AVAILABLE : AgentState.ON_BREAK, breakTypeId, now.sockets());
        return true;
    }

    private void change(long agentId, AgentState state, Long breakTypeId, int sockets) {
        Instant at = clock.instant();
        User agent = em.find(User.class, agentId);
        BreakType breakType = breakTypeId == null ? null : em.find(BreakType.class, breakTypeId);
        em.createQuery("update AgentStateChange s set s.endedAt = :at where s.user.id = :agent and s.endedAt is null")
                .setParameter("at", at).setParameter("agent", agentId).executeUpdate();
        em.persist(new AgentStateChange(agent, state, breakType, at, null));
        String breakName = breakType == null ? null : breakType.getName();
        agents.put(agentId, new Presence(agentId, state, breakTypeId, breakName, sockets, at));
        live.publish(new LiveEvent.AgentChanged(agentId, state.name(), breakName, at));
    }
}
