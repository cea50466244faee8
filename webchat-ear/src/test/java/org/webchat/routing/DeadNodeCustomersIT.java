package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Arrivals;
import org.webchat.interaction.ChatOpening;
import org.webchat.interaction.CustomerChatService;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionState;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestNodes;
import org.webchat.node.NodeLease;

/**
 * ADV-07 after a node's death (issue 17): a customer's socket that died with its node (a kill -9, a node of the
 * cluster lost) was never closed, so nothing said the customer had gone. The node holding each connected customer's
 * socket is kept with the chat; once that node is not alive, the customer counts as away from then, the agent is told,
 * and Auto finish ends the chat if the customer does not come back; one who comes back to a live node is connected
 * again. Customers of a live node, and of this one, are left alone. The other nodes are played by the rows they write.
 */
@ExtendWith(ArquillianExtension.class)
class DeadNodeCustomersIT {

    private static final long CAMPAIGN = 217_400;
    private static final String DEAD_NODE = "dead-node/1";
    private static final String LIVE_NODE = "live-node/1";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Arrivals arrivals;

    @Inject
    CustomerChatService customers;

    @Inject
    RoutingEngine engine;

    @Test
    void aCustomerWhoseNodeDiedIsAwayAndAutoFinishedUnlessItComesBackToALiveNode() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Dead node", true);
        campaign.setAutoFinishSeconds(1);
        TestNodes.leaseHeld(em, LIVE_NODE);
        tx.commit();

        ChatOpening here = arrive("Here");
        ChatOpening onLive = arrive("On a live node");
        ChatOpening gone = arrive("Gone with its node");
        ChatOpening back = arrive("Comes back");
        assertEquals(NodeLease.THIS, nodeOf(here), "an arriving customer's socket is on this node");
        onNode(onLive, LIVE_NODE);
        onNode(gone, DEAD_NODE);
        onNode(back, DEAD_NODE);

        engine.autoFinish();
        assertNotNull(chat(gone).getCustomerDisconnectedAt(), "away from the sweep that saw its node dead");
        assertNotNull(chat(back).getCustomerDisconnectedAt());
        assertNull(nodeOf(gone));
        assertNull(chat(here).getCustomerDisconnectedAt(), "this node's customer is still connected");
        assertNull(chat(onLive).getCustomerDisconnectedAt(), "a live node's customer is still connected");

        // Back through a live node (this one) before its Auto finish: connected again, counted here.
        customers.greet(back.token(), back.interactionId(), 0);
        assertNull(chat(back).getCustomerDisconnectedAt());
        assertEquals(NodeLease.THIS, nodeOf(back));

        Thread.sleep(2_100); // past the campaign's Auto finish of 1 s
        engine.autoFinish();
        Interaction ended = chat(gone);
        assertEquals(InteractionState.ENDED, ended.getState(), "its customer never came back");
        assertEquals(EndReason.AUTO_FINISH, ended.getEndReason().orElseThrow());
        for (ChatOpening open : new ChatOpening[] {here, onLive, back}) {
            assertTrue(chat(open).getState().isOpen(), "still open: " + chat(open).getCustomer().getName());
        }
        assertFalse(chat(gone).getCustomerNode().isPresent(), "an ended chat holds no node");
    }

    private ChatOpening arrive(String name) {
        return arrivals.open(new CustomerChatService.Arrival(CAMPAIGN, name, null, null, null, "en", null, null, false))
                .opening();
    }

    /** The customer's socket is on {@code node}, as that node wrote it when the customer arrived there. */
    private void onNode(ChatOpening opening, String node) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE interaction SET customer_node = ?1 WHERE id = ?2").setParameter(1, node)
                .setParameter(2, opening.interactionId()).executeUpdate();
        tx.commit();
    }

    private String nodeOf(ChatOpening opening) {
        return chat(opening).getCustomerNode().orElse(null);
    }

    private Interaction chat(ChatOpening opening) {
        em.clear();
        return em.find(Interaction.class, opening.interactionId());
    }
}
