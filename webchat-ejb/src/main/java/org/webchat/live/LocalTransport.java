package org.webchat.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Delivers a published (so committed) event at once to this node's observers, in the publishing thread, and in a
 * cluster hands it to the {@link TopicTransport} for the other nodes.
 */
@ApplicationScoped
public class LocalTransport {

    @Inject
    @Delivered
    @FromThisNode
    Event<LiveEvent> delivered;

    @Inject
    TopicTransport topic;

    void carry(@Observes @Published LiveEvent event) {
        topic.send(event); // first: an observer here that throws must not keep it from the other nodes
        delivered.fire(event);
    }
}
