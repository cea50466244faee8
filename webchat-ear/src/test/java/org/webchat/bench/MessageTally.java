package org.webchat.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happened to each message of one phase, by its client id: when it was due to be sent, acknowledged to the
 * customer, delivered to the agent (and how many times), or refused. Frames of ids it does not know (another
 * phase's, a late one) are ignored. Safe from the sockets' threads.
 */
final class MessageTally {

    /** One message: {@code chat} is the index of the chat that sent it. */
    static final class Flight {
        final int chat;
        final long sentAt;
        volatile long ackedAt;
        volatile long deliveredAt;
        final AtomicInteger deliveries = new AtomicInteger();

        Flight(int chat, long sentAt) {
            this.chat = chat;
            this.sentAt = sentAt;
        }
    }

    private final Map<String, Flight> flights = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final AtomicLong lastAck = new AtomicLong();
    private final AtomicLong lastDelivery = new AtomicLong();
    private final AtomicLong progress = new AtomicLong(System.nanoTime());

    /** A message due at {@code at} (the schedule's time, not the moment the client got to it: a late send counts). */
    void sent(String clientId, int chat, long at) {
        flights.put(clientId, new Flight(chat, at));
    }

    /** The flight of its first acknowledgement, or null (unknown, or acknowledged before). */
    Flight acked(String clientId, long at) {
        Flight flight = flights.get(clientId);
        if (flight == null || flight.ackedAt != 0) {
            return null;
        }
        flight.ackedAt = at;
        lastAck.accumulateAndGet(at, Math::max);
        progress.set(at);
        return flight;
    }

    void delivered(String clientId, long at) {
        Flight flight = flights.get(clientId);
        if (flight == null) {
            return;
        }
        if (flight.deliveries.getAndIncrement() == 0) {
            flight.deliveredAt = at;
            lastDelivery.accumulateAndGet(at, Math::max);
            progress.set(at);
        }
    }

    /** The flight of a message the server refused (an error frame with its client id), or null. */
    Flight refused(String clientId, String code) {
        refusals.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
        progress.set(System.nanoTime());
        return clientId == null ? null : flights.get(clientId);
    }

    /** Whether every message sent is acknowledged and delivered (a refused one is never expected). */
    boolean settled() {
        long refused = refusals.entrySet().stream().filter(e -> !e.getKey().equals("retry"))
                .mapToLong(e -> e.getValue().get()).sum();
        long acked = 0;
        long delivered = 0;
        for (Flight flight : flights.values()) {
            acked += flight.ackedAt != 0 ? 1 : 0;
            delivered += flight.ackedAt != 0 && flight.deliveredAt != 0 ? 1 : 0;
        }
        return acked + refused >= flights.size() && delivered == acked;
    }

    /** When an acknowledgement, a delivery or a refusal last arrived. */
    long lastProgress() {
        return progress.get();
    }

    /** The figures, the rates counted from {@code started} to the last acknowledgement and delivery. */
    MessageFigures figures(long started) {
        long[] latency = flights.values().stream().filter(f -> f.deliveredAt != 0)
                .mapToLong(f -> f.deliveredAt - f.sentAt).sorted().toArray();
        long[] ackLatency = flights.values().stream().filter(f -> f.ackedAt != 0)
                .mapToLong(f -> f.ackedAt - f.sentAt).sorted().toArray();
        long lost = flights.values().stream().filter(f -> f.ackedAt != 0 && f.deliveredAt == 0).count();
        long duplicated = flights.values().stream().mapToLong(f -> Math.max(0, f.deliveries.get() - 1)).sum();
        Map<String, Integer> refused = new TreeMap<>();
        refusals.forEach((code, count) -> refused.put(code, count.get()));
        return new MessageFigures(flights.size(), ackLatency.length, latency.length,
                perSecond(ackLatency.length, started, lastAck.get()), perSecond(latency.length, started, lastDelivery.get()),
                latency, ackLatency, lost, duplicated, refused);
    }

    private static double perSecond(long count, long from, long to) {
        return count == 0 || to <= from ? 0 : count / ((to - from) / 1e9);
    }

    /** A phase's messages: latencies are sorted nanoseconds. */
    record MessageFigures(long sent, long acked, long delivered, double ackedPerSecond, double deliveredPerSecond,
                          long[] latency, long[] ackLatency, long lost, long duplicated, Map<String, Integer> refused) {

        long notAcked() {
            return sent - acked - refused.entrySet().stream().filter(e -> !e.getKey().equals("retry"))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }
}
