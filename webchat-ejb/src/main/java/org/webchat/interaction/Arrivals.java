package org.webchat.interaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * New customers arriving at a campaign, decided together (issue 16, point 4): the campaign's rules on entry need its
 * row locked and its queue counted, so arrivals one by one would wait for each other's lock and commit in turn. Here
 * the customers who arrive at one campaign while a decision of it is under way wait for the next one, and it decides
 * them all in one transaction ({@link ArrivalBatch}): one lock, one count of the queue, one commit. Alone, a customer
 * is decided at once. No thread of its own: the first of the waiting customers' threads decides for the others, as
 * {@link MessageWriter}'s lanes do for messages. Called outside any transaction (it holds no connection while it
 * waits); nobody hears of an arrival before its decision has committed.
 */
@ApplicationScoped
public class Arrivals {

    private static final Logger LOG = Logger.getLogger(Arrivals.class.getName());

    /** The most arrivals one transaction decides: it bounds the transaction's size and a decision's latency. */
    static final int MOST_AT_ONCE = 200;

    /**
     * What became of an arrival: the opening as {@link CustomerChatService} gives it, and, for a customer queued at
     * once, the chat as it was admitted, its place in the queue included (null otherwise): what the welcome tells
     * while nothing has changed since.
     */
    public record Arrived(ChatOpening opening, CustomerChatService.ChatNow asAdmitted) {
    }

    @Inject
    ArrivalBatch batch;

    @Resource(lookup = "java:jboss/datasources/WebchatDS")
    DataSource data;

    private final ConcurrentMap<Long, Gate> gates = new ConcurrentHashMap<>();

    /** A new customer at its campaign: admitted (queued, or with the start bot) or refused, once committed. */
    public Arrived open(CustomerChatService.Arrival arrival) {
        long campaignId = arrival.campaignId();
        Waiting mine = new Waiting(arrival);
        // Entered and forgotten atomically: a gate is dropped once nobody waits at it (a hello may name any campaign).
        Gate gate = gates.compute(campaignId, (id, open) -> (open == null ? new Gate() : open).enter(mine));
        while (true) {
            List<Waiting> turn = gate.turn(mine);
            if (turn.isEmpty()) {
                return mine.outcome();
            }
            try {
                decide(campaignId, turn);
            } finally {
                gate.decided();
                gates.computeIfPresent(campaignId, (id, open) -> open.isIdle() ? null : open);
            }
        }
    }

    /**
     * Whether the chat of a customer just queued is still as it was admitted ({@link Arrived#asAdmitted}): in that
     * state, with no message since, so that nobody took it or wrote in it. One row by its key, read outside any
     * transaction by plain JDBC (issue 16: this read is part of every welcome).
     */
    public boolean stillAsAdmitted(Arrived arrived) {
        if (arrived.asAdmitted() == null) {
            return false;
        }
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM interaction WHERE id = ? AND state = ? AND last_seq = ?")) {
            select.setLong(1, arrived.opening().interactionId());
            select.setString(2, arrived.asAdmitted().state());
            select.setLong(3, arrived.opening().lastSeq());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The chat could not be read", failed);
        }
    }

    /** Decides the arrivals together; when that fails, one by one, so that one bad arrival fails alone. */
    private void decide(long campaignId, List<Waiting> turn) {
        List<Arrived> outcomes;
        try {
            outcomes = batch.admit(campaignId, turn.stream().map(Waiting::arrival).toList());
        } catch (RuntimeException failed) {
            if (turn.size() == 1) {
                turn.get(0).fail(failed);
            } else {
                LOG.log(Level.FINE, "Arrivals decided together failed; deciding them one by one", failed);
                turn.forEach(one -> decide(campaignId, List.of(one)));
            }
            return;
        }
        for (int i = 0; i < turn.size(); i++) {
            turn.get(i).answer(outcomes.get(i));
        }
    }

    /** A customer waiting for its campaign's decision. */
    private static final class Waiting {
        private final CustomerChatService.Arrival arrival;
        private Arrived outcome;
        private RuntimeException failure;
        private volatile boolean answered; // written last: the outcome is visible to whoever sees it true

        Waiting(CustomerChatService.Arrival arrival) {
            this.arrival = arrival;
        }

        CustomerChatService.Arrival arrival() {
            return arrival;
        }

        void answer(Arrived outcome) {
            this.outcome = outcome;
            answered = true;
        }

        void fail(RuntimeException failure) {
            this.failure = failure;
            answered = true;
        }

        Arrived outcome() {
            if (failure != null) {
                throw failure;
            }
            return outcome;
        }
    }

    /** One campaign's arrivals waiting for a decision, and whether one is under way. */
    private static final class Gate {
        private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
        private boolean deciding;

        synchronized Gate enter(Waiting arrival) {
            waiting.add(arrival);
            return this;
        }

        synchronized boolean isIdle() {
            return !deciding && waiting.isEmpty();
        }

        /**
         * Empty once {@code mine} is answered; otherwise, when no decision is under way, the arrivals this thread is
         * to decide now, the oldest first (its own among them unless more than {@link #MOST_AT_ONCE} wait before it).
         */
        synchronized List<Waiting> turn(Waiting mine) {
            boolean interrupted = false;
            try {
                while (deciding && !mine.answered) {
                    try {
                        wait();
                    } catch (InterruptedException stop) {
                        if (waiting.remove(mine)) { // not taken yet: nobody will admit it
                            interrupted = true;
                            throw new IllegalStateException("Interrupted before the arrival was decided", stop);
                        }
                        interrupted = true; // taken by the deciding thread: its answer follows
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (mine.answered) {
                return List.of();
            }
            deciding = true;
            List<Waiting> turn = new ArrayList<>(Math.min(waiting.size(), MOST_AT_ONCE));
            while (!waiting.isEmpty() && turn.size() < MOST_AT_ONCE) {
                turn.add(waiting.poll());
            }
            return turn;
        }

        synchronized void decided() {
            deciding = false;
            notifyAll();
        }
    }
}
