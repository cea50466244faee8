package org.webchat.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where services publish live events. Events published in a transaction travel only once it has committed
 * (never when it rolled back), all of them in the order they were published; outside a transaction they
 * travel at once.
 */
@ApplicationScoped
public class LiveChannel {

    private static final Logger LOG = Logger.getLogger(LiveChannel.class.getName());
    private static final Object PENDING = LiveChannel.class.getName() + ".pending";

    @Inject
    @Published
    Event<LiveEvent> published;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @SuppressWarnings("unchecked")
    public void publish(LiveEvent event) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            deliver(event);
            return;
        }
        List<LiveEvent> pending = (List<LiveEvent>) transactions.getResource(PENDING);
        if (pending == null) {
            List<LiveEvent> events = new ArrayList<>();
            transactions.putResource(PENDING, events);
            // One synchronization per transaction: the container would not keep several in publication order.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        events.forEach(LiveChannel.this::deliver);
                    }
                }
            });
            pending = events;
        }
        pending.add(event);
    }

    /** One screen that fails on an event must not keep it from the others, nor the next events from anyone. */
    private void deliver(LiveEvent event) {
        try {
            published.fire(event);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A live event could not be delivered everywhere: " + event, failed);
        }
    }
}
