package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 16, point 4, through the real sockets: a waiting customer hears its place (WID-05) only when it changed, and
 * the queue's cost does not grow with its length. A burst of arrivals with nobody free reads no queue for each
 * arrival (each is told its place from one count), and an agent freeing a slot has the engine read as many of the
 * queue's head as it has room for. What the server read is what Hibernate's statistics counted: rows, not time.
 * Customers arriving at once are decided together: beyond Max chats, exactly the limit is queued (ADV-04).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WaitingQueueIT {

    private static final long PLACES = 216_101;
    private static final long BURST = 216_102;
    private static final long LIMITED = 216_103;
    /** The Max chats of {@link #LIMITED}, and how many arrive at once there. */
    private static final int LIMIT = 5;
    private static final int CROWD = 40;
    private static final int ARRIVALS = 150;
    private static final String PASSWORD = "queue-pass";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;


    @Test
    @Order(1)
    void twoNocallCampaignsOfOneAgentEachWithTwoChatsAtMost() throws Exception {
        tx.begin();
        for (long id : new long[] {PLACES, BURST}) {
            Campaign campaign = TestCampaigns.create(em, id, "Queue " + id, true);
            campaign.setStrategy(Strategy.NOCALL);
            campaign.setMaxInteractionsPerAgent(2);
            campaign.setMaxChats(1000);
            campaign.setMaxTimeSeconds(3600);
            campaign.setAutoFinishSeconds(3600); // the burst's customers leave their sockets and still wait
            TestCampaigns.addAgents(em, campaign, "queue-" + id, 1, PASSWORD);
        }
        tx.commit();
    }

    private static String hello(long campaign, String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\"}";
    }

    private static Predicate<JsonObject> place(int position) {
        return f -> "queue".equals(f.getString("type", "")) && f.getInt("position") == position;
    }

    /** Frames are sent to one socket in order: once the pong is in, any place sent before it is in too. */
    private static void assertToldNoPlace(SocketClient customer, String why) throws InterruptedException {
        customer.send("{\"type\":\"ping\"}");
        customer.await("pong");
        assertEquals(List.of(), customer.pending(f -> "queue".equals(f.getString("type", ""))), why);
    }

    @Test
    @Order(2)
    @RunAsClient
    void onlyTheCustomersWhosePlaceChangedAreToldIt() throws Exception {
        List<SocketClient> waiting = new ArrayList<>();
        try {
            for (int i = 1; i <= 5; i++) {
                SocketClient customer = SocketClient.customer(base);
                customer.send(hello(PLACES, "Customer " + i));
                assertEquals(i, customer.await("welcome").getInt("position"), "WID-05: the place on arrival");
                waiting.add(customer);
            }
            // The third leaves: the fourth and fifth move up; the first two were not moved and hear nothing.
            waiting.get(2).send("{\"type\":\"end\"}");
            waiting.get(3).await(place(3), "the fourth customer's new place");
            waiting.get(4).await(place(4), "the fifth customer's new place");
            assertToldNoPlace(waiting.get(0), "the first customer's place did not change");
            assertToldNoPlace(waiting.get(1), "the second customer's place did not change");

            // A new arrival goes behind everyone: its place is told in its welcome, and nobody else's changed.
            SocketClient sixth = SocketClient.customer(base);
            waiting.add(sixth);
            sixth.send(hello(PLACES, "Customer 6"));
            assertEquals(5, sixth.await("welcome").getInt("position"));
            for (int i : new int[] {0, 1, 3, 4}) {
                assertToldNoPlace(waiting.get(i), "an arrival behind moved nobody");
            }

            // The agent arrives with room for two: it takes the first two, and the three behind move up by two.
            try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "queue-" + PLACES + "-0",
                    PASSWORD))) {
                Set<String> taken = new TreeSet<>(List.of(agent.await("assigned").getString("customer"),
                        agent.await("assigned").getString("customer")));
                assertEquals(Set.of("Customer 1", "Customer 2"), taken, "the head, first in first out (STR-07)");
                waiting.get(3).await(place(1), "the fourth customer next");
                waiting.get(4).await(place(2), "the fifth customer second");
                sixth.await(place(3), "the sixth customer third");
            }
        } finally {
            waiting.forEach(SocketClient::close);
        }
    }

    @Test
    @Order(3)
    void countFromHere() {
        OrmStatistics.clear(em);
    }

    /** The burst's customers (the client side's), waiting until the agent comes. */
    private static final List<SocketClient> BURST_CUSTOMERS = new ArrayList<>();

    @Test
    @Order(4)
    @RunAsClient
    void aBurstOfArrivalsWithNobodyFreeIsWelcomedInPlace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<SocketClient> customers = BURST_CUSTOMERS;
        try {
            List<Future<SocketClient>> arrivals = new ArrayList<>();
            for (int i = 0; i < ARRIVALS; i++) {
                int n = i;
                arrivals.add(pool.submit(() -> {
                    SocketClient customer = SocketClient.customer(base);
                    customer.send(hello(BURST, "Arrival " + n));
                    return customer;
                }));
            }
            for (Future<SocketClient> arrival : arrivals) {
                customers.add(arrival.get(60, TimeUnit.SECONDS));
            }
            List<Integer> places = new ArrayList<>();
            for (SocketClient customer : customers) {
                JsonObject welcome = customer.await("welcome");
                assertEquals("QUEUED", welcome.getString("state"), "nobody is free");
                places.add(welcome.getInt("position"));
            }
            assertEquals(IntStream.rangeClosed(1, ARRIVALS).boxed().collect(Collectors.toSet()), Set.copyOf(places),
                    "WID-05: each told its own place, counted as it was welcomed");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void theBurstReadNoQueueForEachArrival() throws Exception {
        OrmStatistics.Reads reads = OrmStatistics.settled(em);
        System.out.println("A burst of " + ARRIVALS + " arrivals read " + reads);
        // One read of the waiting queue for each arrival would be about ARRIVALS * ARRIVALS / 2 rows (11,250);
        // what each arrival reads of its own chat (a few rows) stays far below.
        assertTrue(reads.rows() < 20L * ARRIVALS, "rows of interactions read: " + reads);
        OrmStatistics.clear(em);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theAgentArrivingWithRoomForTwoTakesTheHead() throws Exception {
        // The customers go (the places they would be told as the queue moves are the step before's): what is counted
        // from here is the engine's reading of the queue.
        BURST_CUSTOMERS.forEach(SocketClient::close);
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "queue-" + BURST + "-0", PASSWORD))) {
            agent.await("hello");
            agent.await("queues");
            String first = agent.await("assigned").getString("customer");
            String second = agent.await("assigned").getString("customer");
            assertTrue(first.startsWith("Arrival ") && second.startsWith("Arrival "), first + ", " + second);
            agent.send("{\"type\":\"queues\"}");
            assertEquals(ARRIVALS - 2, agent.await("queues").getJsonArray("campaigns").getJsonObject(0).getInt("total"),
                    "exactly its room, two, left the queue");
        }
    }

    @Test
    @Order(7)
    void theEngineReadAsManyOfTheQueueAsTheAgentHadRoomFor() throws Exception {
        OrmStatistics.Reads reads = OrmStatistics.settled(em);
        System.out.println("An agent with room for two read " + reads);
        assertEquals(2, reads.queueHeadRows(), "the head of the queue read by the dispatches: " + reads);
    }

    @Test
    @Order(8)
    void aCampaignWithMaxChatsAndNobodyToTakeThem() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, LIMITED, "Queue " + LIMITED, true);
        campaign.setMaxChats(LIMIT);
        campaign.setMessage(org.webchat.campaign.MessageKind.UNAVAILABLE, campaign.getDefaultLanguage(), "Full, sorry");
        tx.commit();
    }

    /**
     * ADV-04 with arrivals decided together (issue 16): of {@value #CROWD} customers arriving at once where Max chats is
     * {@value #LIMIT}, exactly {@value #LIMIT} are queued, each told its own place, and every other one is refused with
     * the Unavailable message (MSG-03).
     */
    @Test
    @Order(9)
    @RunAsClient
    void arrivalsAtOnceBeyondMaxChatsAdmitExactlyTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CROWD);
        List<SocketClient> customers = new ArrayList<>();
        try {
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(CROWD);
            List<Future<SocketClient>> arrivals = new ArrayList<>();
            for (int i = 0; i < CROWD; i++) {
                int n = i;
                arrivals.add(pool.submit(() -> {
                    SocketClient customer = SocketClient.customer(base);
                    ready.countDown();
                    ready.await(); // every socket open: the hellos leave together
                    customer.send(hello(LIMITED, "Crowd " + n));
                    return customer;
                }));
            }
            for (Future<SocketClient> arrival : arrivals) {
                customers.add(arrival.get(60, TimeUnit.SECONDS));
            }
            List<Integer> places = new ArrayList<>();
            int refused = 0;
            for (SocketClient customer : customers) {
                JsonObject answer = customer.await(f -> "welcome".equals(f.getString("type", ""))
                        || "refused".equals(f.getString("type", "")), "welcome or refused");
                if ("welcome".equals(answer.getString("type"))) {
                    assertEquals("QUEUED", answer.getString("state"));
                    places.add(answer.getInt("position"));
                } else {
                    assertEquals("queue-full", answer.getString("reason"));
                    assertEquals("Full, sorry", answer.getString("text"), "MSG-03");
                    refused++;
                }
            }
            assertEquals(IntStream.rangeClosed(1, LIMIT).boxed().toList(), places.stream().sorted().toList(),
                    "ADV-04: the limit admitted, each in its own place");
            assertEquals(CROWD - LIMIT, refused);
        } finally {
            pool.shutdownNow();
            customers.forEach(SocketClient::close);
        }
    }

    @Test
    @Order(10)
    void everyArrivalOfTheCrowdIsStored() {
        List<Object[]> states = em.createQuery("select i.state, i.endReason, count(i) from Interaction i"
                + " where i.campaign.id = :campaign group by i.state, i.endReason order by i.state", Object[].class)
                .setParameter("campaign", LIMITED).getResultList();
        assertEquals(2, states.size(), "queued, and refused by the full queue: " + states.stream()
                .map(java.util.Arrays::toString).toList());
        assertEquals(org.webchat.interaction.InteractionState.ENDED, states.get(0)[0]);
        assertEquals(org.webchat.interaction.EndReason.UNAVAILABLE, states.get(0)[1]);
        assertEquals((long) (CROWD - LIMIT), states.get(0)[2], "the refusals of a full queue are kept");
        assertEquals(org.webchat.interaction.InteractionState.QUEUED, states.get(1)[0]);
        assertEquals((long) LIMIT, states.get(1)[2]);
    }

    /**
     * What Hibernate counted of the reads of interactions, through its statistics (reflection: the ORM's own API is
     * not among the test's dependencies).
     */
    static final class OrmStatistics {

        /** Rows of interactions returned by queries, and those of the queue's head in order (ids). */
        record Reads(long rows, long queueHeadRows, long loads) {
            @Override
            public String toString() {
                return rows + " rows of queries on interactions (" + queueHeadRows + " of the queue in order), "
                        + loads + " interactions loaded";
            }
        }

        private static Object statistics(EntityManager em) throws ReflectiveOperationException {
            Object factory = em.getEntityManagerFactory();
            return factory.getClass().getMethod("getStatistics").invoke(factory);
        }

        static void clear(EntityManager em) {
            try {
                Object statistics = statistics(em);
                statistics.getClass().getMethod("setStatisticsEnabled", boolean.class).invoke(statistics, true);
                statistics.getClass().getMethod("clear").invoke(statistics);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Hibernate's statistics are out of reach", e);
            }
        }

        static Reads now(EntityManager em) throws ReflectiveOperationException {
            Object statistics = statistics(em);
            long rows = 0;
            long head = 0;
            for (String query : (String[]) statistics.getClass().getMethod("getQueries").invoke(statistics)) {
                if (!query.contains("from Interaction i")) {
                    continue;
                }
                Object stats = statistics.getClass().getMethod("getQueryStatistics", String.class).invoke(statistics, query);
                long returned = (Long) stats.getClass().getMethod("getExecutionRowCount").invoke(stats);
                rows += returned;
                if (query.startsWith("select i.id from Interaction i") && query.contains("order by i.queuedAt")) {
                    head += returned;
                }
            }
            Object entity = statistics.getClass().getMethod("getEntityStatistics", String.class)
                    .invoke(statistics, "org.webchat.interaction.Interaction");
            long loads = (Long) entity.getClass().getMethod("getLoadCount").invoke(entity);
            return new Reads(rows, head, loads);
        }

        /** The reads once the events of the step before have been handled: two readings 3 s apart agree. */
        static Reads settled(EntityManager em) throws Exception {
            Reads last = now(em);
            for (int i = 0; i < 20; i++) {
                Thread.sleep(3000);
                Reads again = now(em);
                if (again.queueHeadRows() == last.queueHeadRows() && again.rows() - last.rows() < 20) {
                    return again;
                }
                last = again;
            }
            return last;
        }
    }
}
