package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Strategy;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionState;
import org.webchat.it.ConsoleSession;
import org.webchat.it.ServedChats;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * STR-07 and ADV-01 under load (issue 3): 200 customers arrive at once at a {@code nocall} campaign with 10
 * agents and a Max interactions per agent of 3; the agents end each chat as it comes. Every interaction is
 * handed to exactly one agent, none is lost, no agent ever holds more than 3 at once, and the queue is served
 * first in, first out. The caps and the order are checked on the stored timestamps.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentRoutingIT {

    /** The campaign's id is fixed so that the client side can name it. */
    private static final long CAMPAIGN = 100_000;
    private static final int AGENTS = 10;
    private static final int CUSTOMERS = 200;
    private static final int MAX_PER_AGENT = 3;
    private static final String PASSWORD = "load-pass";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aNocallCampaignWithTenAgentsOfThreeChatsEach() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Load test", true);
        campaign.setStrategy(Strategy.NOCALL);
        campaign.setMaxInteractionsPerAgent(MAX_PER_AGENT);
        campaign.setMaxChats(CUSTOMERS);
        campaign.setMaxTimeSeconds(3600);
        TestCampaigns.addAgents(em, campaign, "load-agent", AGENTS, PASSWORD);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyCustomerIsServedOnceWithinTheCaps() throws Exception {
        List<SocketClient> agents = new ArrayList<>();
        try {
            for (int i = 0; i < AGENTS; i++) {
                SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "load-agent-" + i, PASSWORD));
                agent.await("hello");
                agents.add(agent);
            }
            ServedChats.serve(agents, n -> base, CAMPAIGN, CUSTOMERS);
        } finally {
            agents.forEach(SocketClient::close);
        }
    }

    @Test
    @Order(3)
    void theStoredTimesShowTheCapsAndTheOrderWereKept() {
        List<Interaction> served = em.createQuery("select i from Interaction i where i.campaign.id = :campaign",
                Interaction.class).setParameter("campaign", CAMPAIGN).getResultList();
        assertEquals(CUSTOMERS, served.size(), "no interaction was lost");
        assertTrue(served.stream().allMatch(i -> i.getState() == InteractionState.ENDED && i.getAgent().isPresent()));
        ServedChats.assertCapsAndFirstInFirstOut(served.stream().map(i -> new ServedChats.Served(i.getId(),
                i.getAgent().get().getId(), i.getQueuedAt(), i.getAssignedAt(), i.getEndedAt())).toList(), MAX_PER_AGENT);
    }
}
