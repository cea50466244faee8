package org.webchat.bench;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One phase of customers writing to their agents for a given time, over chats already open (each a customer's
 * socket; the agents' sockets report deliveries to the same {@link LoadFrames}), in one of two ways:
 * <ul>
 * <li>a rate: that many messages a second over all chats, each chat in turn, evenly spaced, whatever the server
 * answers (open loop: a server that falls behind shows in the latencies, measured from each message's due time);</li>
 * <li>max: each chat sends its next message once the last one is acknowledged, but no faster than {@code perChat}
 * a second (the flood guard's sustained limit, so that a customer within the documented limits is measured, not
 * closed): the most the server acknowledges with that many chats.</li>
 * </ul>
 * Then it waits until every message is acknowledged and delivered, or nothing moved for {@value #QUIET_SECONDS} s.
 */
final class MessagePhase implements LoadFrames.Listener {

    private static final int QUIET_SECONDS = 15;
    private static final int LONGEST_DRAIN_SECONDS = 180;
    /** 100 characters, as in the measurements. */
    static final String TEXT = padded("Hola, quisiera saber dónde está mi pedido; lo compré la semana pasada y todavía no llegó.");

    private final String id;
    private final List<LoadSocket> chats;
    private final double rate;
    private final double perChat;
    private final MessageTally tally = new MessageTally();
    private final AtomicInteger[] sentBy;
    private final ScheduledExecutorService next = Executors.newSingleThreadScheduledExecutor();
    private volatile long endOfSending;

    /**
     * {@code id} makes the client ids of this phase its own; {@code rate} is messages a second over all chats, or 0
     * for max, at most {@code perChat} a second each.
     */
    MessagePhase(String id, List<LoadSocket> chats, double rate, double perChat) {
        this.id = id;
        this.chats = chats;
        this.rate = rate;
        this.perChat = perChat;
        this.sentBy = new AtomicInteger[chats.size()];
        for (int c = 0; c < sentBy.length; c++) {
            sentBy[c] = new AtomicInteger();
        }
    }

    private static String padded(String text) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < 100) {
            padded.append('.');
        }
        return padded.toString();
    }

    /** Sends for {@code seconds}, waits for what is due, and hands back what happened. */
    MessageTally.MessageFigures run(LoadFrames frames, int seconds) throws InterruptedException {
        frames.listen(this);
        long started = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        endOfSending = started + TimeUnit.SECONDS.toNanos(seconds);
        if (rate > 0) {
            paced(started);
        } else {
            long spread = (long) (1e9 / perChat / chats.size()); // the first messages spread over one gap
            for (int c = 0; c < chats.size(); c++) {
                int chat = c;
                long at = started + c * spread;
                later(() -> send(chat, at), at - System.nanoTime());
            }
            TimeUnit.NANOSECONDS.sleep(endOfSending - System.nanoTime());
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(LONGEST_DRAIN_SECONDS);
        while (!tally.settled() && System.nanoTime() < drainUntil
                && System.nanoTime() - tally.lastProgress() < TimeUnit.SECONDS.toNanos(QUIET_SECONDS)) {
            Thread.sleep(200);
        }
        next.shutdownNow();
        frames.stop();
        return tally.figures(started);
    }

    /** Open loop: message {@code k} is due at {@code k / rate} seconds, from chat {@code k mod chats}. */
    private void paced(long started) {
        long gap = (long) (1e9 / rate);
        for (long k = 0; ; k++) {
            long due = started + k * gap;
            if (due >= endOfSending) {
                return;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send((int) (k % chats.size()), due);
        }
    }

    private void send(int chat, long due) {
        String clientId = id + "-" + chat + "-" + sentBy[chat].getAndIncrement();
        tally.sent(clientId, chat, due);
        chats.get(chat).send(LoadFrames.message(clientId, TEXT));
    }

    @Override
    public void acked(String clientId, long at) {
        MessageTally.Flight flight = tally.acked(clientId, at);
        if (flight != null && rate == 0) {
            sendNext(flight);
        }
    }

    @Override
    public void delivered(String clientId, long at) {
        tally.delivered(clientId, at);
    }

    @Override
    public void refused(String clientId, String code) {
        MessageTally.Flight flight = tally.refused(clientId, code);
        if (flight == null) {
            return;
        }
        if ("retry".equals(code)) { // the server could not store it now: the same message again, stored once
            later(() -> chats.get(flight.chat).send(LoadFrames.message(clientId, TEXT)), TimeUnit.MILLISECONDS.toNanos(100));
        } else if (rate == 0) {
            sendNext(flight);
        }
    }

    /** Max: the chat's next message, at once or when its ceiling allows. */
    private void sendNext(MessageTally.Flight last) {
        long due = Math.max(System.nanoTime(), last.sentAt + (long) (1e9 / perChat));
        if (due >= endOfSending) {
            return;
        }
        long wait = due - System.nanoTime();
        if (wait <= 0) {
            send(last.chat, due);
        } else {
            later(() -> send(last.chat, due), wait);
        }
    }

    /** Runs {@code task} in {@code nanos}; nothing once the phase is over (this runs on the sockets' threads). */
    private void later(Runnable task, long nanos) {
        try {
            next.schedule(task, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException over) {
            // the phase has ended: what it did not send is not part of it
        }
    }
}
