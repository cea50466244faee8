package org.webchat.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The transport of a single node: a published (so committed) event is delivered at once to this node's
 * observers. Across a cluster a transport over the JMS topic takes its place.
 */
@ApplicationScoped
public class LocalTransport {

    @Inject
    @Delivered
    Event<LiveEvent> delivered;

    void carry(@Observes @Published LiveEvent event) {
        delivered.fire(event);
    }
}
