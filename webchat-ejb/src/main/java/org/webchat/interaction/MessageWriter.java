package org.webchat.interaction;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat sockets' text messages, written by group commit (issue 16): a message waits in the lane of its
 * interaction, and each lane stores what waits in it together, in one transaction ({@link MessageBatch}), while the
 * next messages gather. Alone, a message is stored at once; under load, hundreds share one commit. A message's future
 * completes only after its own row has committed (persistence first: nothing is acknowledged before the disk has it).
 * One interaction is always in the same lane, so its messages keep the order they came in.
 */
@ApplicationScoped
public class MessageWriter {

    private static final Logger LOG = Logger.getLogger(MessageWriter.class.getName());

    /**
     * Lanes write in parallel, each with one connection; more would only queue on the database's disk flush, and make
     * smaller batches: a statement's fixed cost in PostgreSQL (the interaction's indexes opened, its ten checks read
     * and evaluated: a third of a lane's database CPU in a profile) is paid per batch. With four lanes, 1,000
     * messages a second had a p99 of 76 ms on two cores; with two, 46 ms (issue 16). The lane of an interaction is its
     * id modulo this.
     */
    public static final int LANES = 2;
    /** The most messages one transaction stores: it bounds the statements' size and a lane's latency. */
    static final int MOST_IN_A_BATCH = 200;

    /** A text message to store; {@code agentId} is the writing agent's (null for the customer). */
    public record Write(long interactionId, SenderKind sender, Long agentId, String clientId, String text,
                        CompletableFuture<StoredMessage> done) {
    }

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MessageBatch batch;

    @Inject
    ChatService chat;

    @Inject
    AgentDeskService desk;

    private volatile List<BlockingQueue<Write>> lanes;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopping;

    /** A customer's message in the chat its socket is bound to. */
    public CompletableFuture<StoredMessage> customer(long interactionId, String clientId, String text) {
        return submit(new Write(interactionId, SenderKind.CUSTOMER, null, clientId, text, new CompletableFuture<>()));
    }

    /** An agent's message: refused with {@link AgentDeskService.NotYours} unless the chat is the agent's. */
    public CompletableFuture<StoredMessage> agent(long agentId, long interactionId, String clientId, String text) {
        return submit(new Write(interactionId, SenderKind.AGENT, agentId, clientId, text, new CompletableFuture<>()));
    }

    private CompletableFuture<StoredMessage> submit(Write write) {
        if (stopping) {
            write.done().completeExceptionally(new IllegalStateException("The server is stopping"));
            return write.done();
        }
        lane(write.interactionId()).add(write);
        return write.done();
    }

    private BlockingQueue<Write> lane(long interactionId) {
        List<BlockingQueue<Write>> started = lanes;
        if (started == null) {
            started = start();
        }
        return started.get((int) Math.floorMod(interactionId, (long) LANES));
    }

    /** The lanes and their threads, made with the first message (the managed thread factory is ready by then). */
    private synchronized List<BlockingQueue<Write>> start() {
        if (lanes == null) {
            List<BlockingQueue<Write>> made = new ArrayList<>();
            for (int i = 0; i < LANES; i++) {
                BlockingQueue<Write> lane = new LinkedBlockingQueue<>();
                Thread writer = threads.newThread(() -> drain(lane));
                writer.setName("webchat-message-writer-" + i);
                made.add(lane);
                writers.add(writer);
                writer.start();
            }
            lanes = List.copyOf(made);
        }
        return lanes;
    }

    private void drain(BlockingQueue<Write> lane) {
        List<Write> writes = new ArrayList<>(MOST_IN_A_BATCH);
        try (MessageBatch.Lane connection = batch.lane()) {
            while (!stopping) {
                try {
                    Write first = lane.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        connection.release(); // idle: the pool has it back
                        continue;
                    }
                    writes.add(first);
                    lane.drainTo(writes, MOST_IN_A_BATCH - 1);
                    write(connection, writes);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (RuntimeException unexpected) {
                    LOG.log(Level.SEVERE, "A message lane failed; its messages are answered as failed", unexpected);
                    writes.forEach(w -> w.done().completeExceptionally(unexpected));
                } finally {
                    writes.clear();
                }
            }
        }
        List<Write> left = new ArrayList<>();
        lane.drainTo(left);
        left.forEach(w -> w.done().completeExceptionally(new IllegalStateException("The server is stopping")));
    }

    /** Stores the writes together; when that fails, one by one, so that one bad message fails alone. */
    private void write(MessageBatch.Lane connection, List<Write> writes) {
        List<MessageBatch.Outcome> outcomes;
        try {
            outcomes = batch.store(connection, writes, false);
            if (outcomes == null) { // a resend among them: stored again, its client id looked up this time
                outcomes = batch.store(connection, writes, true);
            }
        } catch (RuntimeException failed) {
            if (writes.size() == 1) {
                writes.get(0).done().completeExceptionally(failed);
            } else {
                LOG.log(Level.FINE, "A batch of messages failed; storing them one by one", failed);
                writes.forEach(w -> write(connection, List.of(w)));
            }
            return;
        }
        for (int i = 0; i < writes.size(); i++) {
            Write write = writes.get(i);
            MessageBatch.Outcome outcome = outcomes.get(i);
            if (outcome instanceof MessageBatch.Stored stored) {
                write.done().complete(stored.message());
            } else if (outcome instanceof MessageBatch.Refused refused) {
                write.done().completeExceptionally(refused.reason());
            } else {
                resend(write);
            }
        }
    }

    /** A client id stored before: the earlier message's ack again, or refused when it is another writer's. */
    private void resend(Write write) {
        try {
            write.done().complete(write.sender() == SenderKind.AGENT
                    ? desk.write(write.agentId(), write.interactionId(), write.clientId(), write.text())
                    : chat.post(write.interactionId(), SenderKind.CUSTOMER, null, write.clientId(), write.text()));
        } catch (RuntimeException refused) {
            write.done().completeExceptionally(refused);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        writers.forEach(Thread::interrupt);
    }
}
