package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
        Map<Long, AtomicInteger> handedOut = new ConcurrentHashMap<>();
        AtomicInteger ended = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(AGENTS + 20);
        List<SocketClient> agents = new ArrayList<>();
        List<SocketClient> customers = new ArrayList<>();
        try {
            for (int i = 0; i < AGENTS; i++) {
                SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "load-agent-" + i, PASSWORD));
                agent.await("hello");
                agents.add(agent);
                // Each agent ends every chat it is given, until all customers have been served.
                pool.submit(() -> {
                    while (ended.get() < CUSTOMERS) {
                        JsonObject assigned;
                        try {
                            assigned = agent.await("assigned");
                        } catch (AssertionError quiet) {
                            continue;
                        }
                        long interaction = assigned.getJsonNumber("interaction").longValue();
                        handedOut.computeIfAbsent(interaction, id -> new AtomicInteger()).incrementAndGet();
                        agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
                        ended.incrementAndGet();
                    }
                    return null;
                });
            }
            List<Future<SocketClient>> arrivals = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                int n = i;
                arrivals.add(pool.submit(() -> {
                    SocketClient customer = SocketClient.customer(base);
                    customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Customer " + n + "\"}");
                    return customer;
                }));
            }
            for (Future<SocketClient> arrival : arrivals) {
                customers.add(arrival.get(60, TimeUnit.SECONDS));
            }
            for (SocketClient customer : customers) {
                // Welcomed with the chat's state as it is by then: an agent free at that moment may have taken it already.
                String state = customer.await("welcome").getString("state");
                assertTrue(Set.of("QUEUED", "OFFERED", "ASSIGNED", "ENDED").contains(state), "none refused: " + state);
            }
            for (SocketClient customer : customers) {
                customer.await(f -> "ENDED".equals(f.getString("state", null)), "the end of the chat");
            }
            assertEquals(CUSTOMERS, handedOut.size(), "every interaction reached an agent");
            assertTrue(handedOut.values().stream().allMatch(count -> count.get() == 1), "no interaction reached two agents");
        } finally {
            pool.shutdownNow();
            customers.forEach(SocketClient::close);
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

        Map<Long, List<Interaction>> byAgent = new ConcurrentHashMap<>();
        served.forEach(i -> byAgent.computeIfAbsent(i.getAgent().get().getId(), id -> new ArrayList<>()).add(i));
        for (Map.Entry<Long, List<Interaction>> agent : byAgent.entrySet()) {
            assertTrue(mostAtOnce(agent.getValue()) <= MAX_PER_AGENT, "agent " + agent.getKey() + " held "
                    + mostAtOnce(agent.getValue()) + " chats at once (ADV-01)");
        }

        List<Interaction> byArrival = served.stream()
                .sorted(Comparator.comparing(Interaction::getQueuedAt).thenComparing(Interaction::getId)).toList();
        for (int i = 1; i < byArrival.size(); i++) {
            assertTrue(!byArrival.get(i).getAssignedAt().isBefore(byArrival.get(i - 1).getAssignedAt()),
                    "first in, first out (STR-07): interaction " + byArrival.get(i).getId() + " was taken before "
                            + byArrival.get(i - 1).getId() + ", which arrived earlier");
        }
    }

    /** The most chats held at once, from their assignment and end instants. */
    private static int mostAtOnce(List<Interaction> chats) {
        List<Instant[]> events = new ArrayList<>();
        chats.forEach(c -> {
            events.add(new Instant[] {c.getAssignedAt(), null});
            events.add(new Instant[] {c.getEndedAt(), c.getEndedAt()});
        });
        // Ends before starts at the same instant: a chat ended and the next assigned in one moment overlap not.
        events.sort(Comparator.<Instant[], Instant>comparing(e -> e[0]).thenComparing(e -> e[1] == null ? 1 : 0));
        int now = 0;
        int most = 0;
        for (Instant[] event : events) {
            now += event[1] == null ? 1 : -1;
            most = Math.max(most, now);
        }
        return most;
    }
}
