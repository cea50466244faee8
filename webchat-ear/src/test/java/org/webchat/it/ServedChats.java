package org.webchat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * STR-07 and ADV-01 under load, on one server or a cluster: customers arrive all at once at a campaign whose agents
 * end each chat as it comes. Every interaction reaches exactly one agent, none is lost, and the stored times show that
 * no agent held more than its cap at once and that the queue was served first in, first out.
 */
public final class ServedChats {

    /** One interaction as stored: who took it, and when it was queued, assigned and ended. */
    public record Served(long id, long agent, Instant queuedAt, Instant assignedAt, Instant endedAt) {
    }

    private ServedChats() {
    }

    /**
     * Has {@code customers} customers arrive at once at {@code campaign}, the n-th through {@code entry.apply(n)},
     * while the {@code agents} (open, greeted) end every chat they are given; returns once every customer's chat
     * ended, each having been handed to exactly one agent.
     */
    public static void serve(List<SocketClient> agents, IntFunction<URL> entry, long campaign, int customers)
            throws Exception {
        Map<Long, AtomicInteger> handedOut = new ConcurrentHashMap<>();
        AtomicInteger ended = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(agents.size() + 20);
        Queue<SocketClient> arrived = new ConcurrentLinkedQueue<>();
        try {
            for (SocketClient agent : agents) {
                pool.submit(() -> {
                    while (ended.get() < customers) {
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
            for (int i = 0; i < customers; i++) {
                int n = i;
                arrivals.add(pool.submit(() -> {
                    SocketClient customer = SocketClient.customer(entry.apply(n));
                    arrived.add(customer);
                    customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"Customer " + n
                            + "\"}");
                    return customer;
                }));
            }
            List<SocketClient> welcomed = new ArrayList<>();
            for (Future<SocketClient> arrival : arrivals) {
                SocketClient customer = arrival.get(60, TimeUnit.SECONDS);
                JsonObject answer = customer.await(f -> Set.of("welcome", "refused").contains(f.getString("type", "")),
                        "the welcome");
                assertEquals("welcome", answer.getString("type"), "none refused: " + answer);
                // Welcomed with the chat's state as it is by then: an agent free at that moment may have taken it, and
                // even ended it, already.
                if (!"ENDED".equals(answer.getString("state"))) {
                    welcomed.add(customer);
                }
            }
            for (SocketClient customer : welcomed) {
                customer.await(f -> "ENDED".equals(f.getString("state", null)), "the end of the chat");
            }
        } finally {
            pool.shutdownNow();
            arrived.forEach(SocketClient::close);
        }
        assertEquals(customers, handedOut.size(), "every interaction reached an agent");
        assertTrue(handedOut.values().stream().allMatch(count -> count.get() == 1), "no interaction reached two agents");
    }

    /** No agent held more than {@code cap} chats at once (ADV-01), and the first to arrive were the first taken (STR-07). */
    public static void assertCapsAndFirstInFirstOut(List<Served> served, int cap) {
        Map<Long, List<Served>> byAgent = new ConcurrentHashMap<>();
        served.forEach(s -> byAgent.computeIfAbsent(s.agent(), id -> new ArrayList<>()).add(s));
        byAgent.forEach((agent, chats) -> assertTrue(mostAtOnce(chats) <= cap,
                "agent " + agent + " held " + mostAtOnce(chats) + " chats at once (ADV-01)"));

        List<Served> byArrival = served.stream()
                .sorted(Comparator.comparing(Served::queuedAt).thenComparing(Served::id)).toList();
        for (int i = 1; i < byArrival.size(); i++) {
            assertTrue(!byArrival.get(i).assignedAt().isBefore(byArrival.get(i - 1).assignedAt()),
                    "first in, first out (STR-07): interaction " + byArrival.get(i).id() + " was taken before "
                            + byArrival.get(i - 1).id() + ", which arrived earlier");
        }
    }

    /** The most chats held at once, from their assignment and end instants. */
    private static int mostAtOnce(List<Served> chats) {
        List<Instant[]> events = new ArrayList<>();
        chats.forEach(c -> {
            events.add(new Instant[] {c.assignedAt(), null});
            events.add(new Instant[] {c.endedAt(), c.endedAt()});
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
