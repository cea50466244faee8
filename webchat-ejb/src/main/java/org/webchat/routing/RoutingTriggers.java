package org.webchat.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;
import org.webchat.live.Delivered;
import org.webchat.live.FromThisNode;
import org.webchat.live.LiveEvent;

/**
 * Wakes the routing engine for the events that may change a decision: an interaction queued or leaving an
 * agent, an agent's state, an agent disabled (its chats go back to the queue); and keeps an agent's busy state
 * (STR-01) in step with its assignments. Kept apart from the engine so that the many other events (every chat
 * message) never wait for the engine's lock; the dispatches a burst of events asks are merged into one per
 * campaign ({@link PendingDispatches}). In a cluster the node an event happened on acts on it; every node counts it
 * as a change.
 */
@ApplicationScoped
public class RoutingTriggers {

    @Inject
    RoutingEngine engine;

    @Inject
    PendingDispatches dispatches;

    @Inject
    AgentPresence presence;

    void onEvent(@Observes @Delivered LiveEvent event, EventMetadata delivery) {
        if (!(event instanceof LiveEvent.InteractionChanged || event instanceof LiveEvent.AgentChanged
                || event instanceof LiveEvent.AccessChanged)) {
            return; // a message, say (thousands a second): asking where it came from costs more than the rest here
        }
        if (!FromThisNode.Literal.marks(delivery)) {
            if (!(event instanceof LiveEvent.InteractionChanged changed && changed.arrival())) {
                dispatches.changed();
            }
            return;
        }
        if (event instanceof LiveEvent.InteractionChanged changed) {
            String state = changed.state();
            if (changed.arrival()) { // a new customer: no agent has more room for it
                dispatches.askForArrival(changed.campaignId());
            } else {
                dispatches.changed();
                if (!"ASSIGNED".equals(state) && !"OFFERED".equals(state)) {
                    dispatches.ask(changed.campaignId());
                }
            }
            if (changed.agentId() != null && ("ASSIGNED".equals(state) || "ENDED".equals(state))) {
                presence.reconcileBusy(changed.agentId());
            }
        } else if (event instanceof LiveEvent.AgentChanged) {
            dispatches.changed();
            dispatches.askSweep();
        } else if (event instanceof LiveEvent.AccessChanged changed) {
            dispatches.changed();
            engine.releaseLater(changed.userId());
        }
    }
}
