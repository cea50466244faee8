package org.webchat.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.interaction.Arrivals;
import org.webchat.interaction.CustomerChatService;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestNodes;
import org.webchat.node.NodeLease;

/**
 * A call whose side's socket died with its node (issue 17's cluster, V25): the node holding each side's endpoint is
 * kept with the call, and a call with a side on a node no longer alive ends (a ring cancelled, a call up
 * disconnected), as a call from before nodes were kept does. The calls of live nodes go on: before, every node's start
 * ended every call of the cluster, and a dead node's calls stayed up until some node started. The other nodes are
 * played by the rows they write.
 */
@ExtendWith(ArquillianExtension.class)
class OrphanedCallsIT {

    private static final long CAMPAIGN = 214_100;
    private static final String DEAD_NODE = "dead-node/2";
    private static final String LIVE_NODE = "live-node/2";
    private static final String EARLIER_START = NodeLease.NAME + "/an-earlier-start";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Arrivals arrivals;

    @Inject
    Calls calls;

    @Inject
    NodeLease nodes;

    @Test
    void theCallsOfDeadNodesEndAndThoseOfLiveNodesGoOn() throws Exception {
        tx.begin();
        TestCampaigns.create(em, CAMPAIGN, "Orphaned calls", true);
        TestNodes.leaseHeld(em, LIVE_NODE);
        TestNodes.leaseHeld(em, EARLIER_START); // its lease has not lapsed yet, but this node started again since
        tx.commit();

        long acrossLiveNodes = call("ACTIVE", NodeLease.THIS, LIVE_NODE);
        long ringingOnALiveNode = call("RINGING", LIVE_NODE, null);
        long agentOnADeadNode = call("ACTIVE", NodeLease.THIS, DEAD_NODE);
        long ringingOnADeadNode = call("RINGING", DEAD_NODE, null);
        long fromBefore = call("ACTIVE", null, null);
        long ringingHere = call("RINGING", null, NodeLease.THIS);
        long customerOnAnEarlierStart = call("ACTIVE", EARLIER_START, NodeLease.THIS);

        calls.endOrphaned(nodes.alive());

        assertEquals(CallState.ACTIVE, stored(acrossLiveNodes).getState(), "both its sockets are on live nodes");
        assertEquals(CallState.RINGING, stored(ringingOnALiveNode).getState(), "another node's ring goes on");
        assertEquals(CallState.RINGING, stored(ringingHere).getState());
        assertEquals(CallEnd.DISCONNECTED, stored(agentOnADeadNode).getEndReason().orElseThrow(),
                "its agent's socket died with its node");
        assertEquals(CallEnd.CANCELLED, stored(ringingOnADeadNode).getEndReason().orElseThrow(),
                "its caller's socket and ring died with its node");
        assertEquals(CallEnd.DISCONNECTED, stored(fromBefore).getEndReason().orElseThrow(), "no node kept: over");
        assertEquals(CallEnd.DISCONNECTED, stored(customerOnAnEarlierStart).getEndReason().orElseThrow(),
                "its customer's socket was on this node before it started again");
    }

    /** A call of a new chat of its own, its sides' endpoints on the nodes given (null: no endpoint yet). */
    private long call(String state, String customerNode, String agentNode) throws Exception {
        long chat = arrivals.open(new CustomerChatService.Arrival(CAMPAIGN, "Caller", null, null, null, "en", null, null,
                false)).opening().interactionId();
        tx.begin();
        em.createNativeQuery("INSERT INTO call (interaction_id, kind, started_by, state, rang_at, customer_endpoint,"
                        + " agent_endpoint, customer_node, agent_node) VALUES (?1, 'AUDIO', ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, chat).setParameter(2, customerNode != null ? "CUSTOMER" : "AGENT")
                .setParameter(3, state).setParameter(4, Timestamp.from(Instant.now()))
                .setParameter(5, customerNode != null ? "customer-socket-" + chat : null)
                .setParameter(6, agentNode != null ? "agent-socket-" + chat : null)
                .setParameter(7, customerNode).setParameter(8, agentNode).executeUpdate();
        tx.commit();
        return em.createQuery("select c.id from Call c where c.interaction.id = :chat", Long.class)
                .setParameter("chat", chat).getSingleResult();
    }

    private Call stored(long id) {
        em.clear();
        return em.find(Call.class, id);
    }
}
