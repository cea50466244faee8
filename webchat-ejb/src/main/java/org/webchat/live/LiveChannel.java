package org.webchat.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Where services publish live events; they travel after the publishing transaction commits. */
@ApplicationScoped
public class LiveChannel {

    @Inject
    @Published
    Event<LiveEvent> published;

    public void publish(LiveEvent event) {
        published.fire(event);
    }
}
