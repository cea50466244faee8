package org.webchat.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The transport of a single node: a published event is delivered to this node's observers as soon as
 * its transaction has committed (at once when it was published outside a transaction), and never when
 * the transaction rolled back.
 */
@ApplicationScoped
public class LocalTransport {

    @Inject
    @Delivered
    Event<LiveEvent> delivered;

    void carry(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Published LiveEvent event) {
        delivered.fire(event);
    }
}
