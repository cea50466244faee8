package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.AgentState;
import org.webchat.agent.AgentStateChange;
import org.webchat.agent.BreakType;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.agent.UserAccountService;
import org.webchat.it.TestCampaigns;
import org.webchat.node.NodeLease;

/**
 * Issue 17: agents' presence is the cluster's. An agent whose workspace is open on another node is in the portal here
 * too; one whose node died is logged out once that node's lease lapsed, unless its workspace reconnected to a live
 * node meanwhile, in which case it keeps its state (its break) and nothing is recorded. The other nodes are played by
 * the rows they write. Logins start with "lease-".
 */
@ExtendWith(ArquillianExtension.class)
class AgentPresenceLeaseIT {

    private static final String LIVE_NODE = "node-live/1";
    private static final String DEAD_NODE = "node-dead/1";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    UserAccountService accounts;

    @Inject
    AgentPresence presence;

    @Test
    void anAgentWhoseWorkspaceIsOnAnotherNodeIsInThePortalHere() throws Exception {
        long agent = agent("lease-a", AgentState.AVAILABLE, null);
        connectedOn(agent, LIVE_NODE, Duration.ZERO);
        assertTrue(presence.isLoggedIn(agent));
        assertEquals(AgentState.AVAILABLE, presence.of(agent).orElseThrow().state());
        assertTrue(presence.loggedIn().stream().anyMatch(p -> p.agentId() == agent), "offered to transfers");
        presence.letGoOfLapsed(agent);
        assertTrue(presence.isLoggedIn(agent), "a node that renews its lease keeps its agents");
    }

    @Test
    void anAgentOfANodeThatDiedIsLoggedOutOnceItsLeaseLapsed() throws Exception {
        long agent = agent("lease-b", AgentState.AVAILABLE, null);
        connectedOn(agent, DEAD_NODE, NodeLease.LEASE.plusSeconds(5));
        assertTrue(presence.isLoggedIn(agent), "until a live node lets go of the lapsed lease");
        presence.letGoOfLapsed(agent);
        assertFalse(presence.isLoggedIn(agent));
        assertEquals(AgentState.LOGGED_OUT, presence.of(agent).orElseThrow().state());
        assertEquals(List.of(AgentState.AVAILABLE, AgentState.LOGGED_OUT), history(agent), "the log-out recorded");
    }

    @Test
    void anAgentWhoseWorkspaceReconnectedToALiveNodeKeepsItsBreakAndNothingIsRecorded() throws Exception {
        tx.begin();
        long lunch = TestCampaigns.breakType(em, "lease-Lunch", "pi-clock").getId();
        tx.commit();
        long agent = agent("lease-c", AgentState.ON_BREAK, lunch);
        connectedOn(agent, DEAD_NODE, NodeLease.LEASE.plusSeconds(5));
        connectedOn(agent, LIVE_NODE, Duration.ZERO);
        presence.letGoOfLapsed(agent);
        AgentPresence.Presence now = presence.of(agent).orElseThrow();
        assertEquals(AgentState.ON_BREAK, now.state());
        assertEquals("lease-Lunch", now.breakName());
        assertEquals(1, now.sockets(), "the dead node's socket no longer counts");
        assertEquals(List.of(AgentState.ON_BREAK), history(agent));
    }

    /** An agent whose state is recorded as {@code state} since a minute ago, as the node it logged in on left it. */
    private long agent(String login, AgentState state, Long breakTypeId) throws Exception {
        tx.begin();
        long id = accounts.create(login, "Lease " + login, "lease-pw-1", EnumSet.of(Role.AGENT), null).getId();
        Instant since = Instant.now().minusSeconds(60);
        BreakType breakType = breakTypeId == null ? null : em.find(BreakType.class, breakTypeId);
        // The situation row is the routing package's own; written here as another node would have.
        em.createNativeQuery("INSERT INTO agent_presence (agent_id, state, break_type_id, break_name, on_call, busy,"
                        + " since) VALUES (?1, ?2, " + breakTypeId + ", ?3, FALSE, FALSE, ?4)").setParameter(1, id)
                .setParameter(2, state.name()).setParameter(3, breakType == null ? "" : breakType.getName())
                .setParameter(4, Timestamp.from(since)).executeUpdate();
        em.persist(new AgentStateChange(em.find(User.class, id), state, breakType, since, null));
        tx.commit();
        return id;
    }

    /** The row of a node where the agent's workspace is open, its lease renewed {@code ago}. */
    private void connectedOn(long agent, String node, Duration ago) throws Exception {
        tx.begin();
        em.createNativeQuery("INSERT INTO agent_connection (agent_id, node, sockets, renewed_at) VALUES (?1, ?2, 1, ?3)")
                .setParameter(1, agent).setParameter(2, node).setParameter(3, Timestamp.from(Instant.now().minus(ago)))
                .executeUpdate();
        tx.commit();
    }

    private List<AgentState> history(long agent) {
        return em.createQuery("select s.state from AgentStateChange s where s.user.id = :agent order by s.startedAt",
                AgentState.class).setParameter("agent", agent).getResultList();
    }
}
