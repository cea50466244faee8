package org.webchat.routing;

import java.util.List;
import org.webchat.campaign.DeliveryOrder;

/**
 * STR-06 {@code rrmemory}: round robin that remembers the last agent served. The next agent is the
 * eligible one with the smallest id above the last served, wrapping to the smallest id. Agent id
 * order is the ring because it is stable: it does not move when agents log in, out or take breaks,
 * and the last served need not be eligible (or a member) any more to mark the place.
 */
public final class RrmemoryOrder implements DeliveryOrderRule {

    @Override
    public DeliveryOrder order() {
        return DeliveryOrder.RRMEMORY;
    }

    @Override
    public AgentSnapshot choose(List<AgentSnapshot> eligible, Long lastServed) {
        DeliveryOrderRule.requireSomeone(eligible);
        AgentSnapshot first = null;
        AgentSnapshot next = null;
        for (AgentSnapshot agent : eligible) {
            if (first == null || agent.agentId() < first.agentId()) {
                first = agent;
            }
            if (lastServed != null && agent.agentId() > lastServed
                    && (next == null || agent.agentId() < next.agentId())) {
                next = agent;
            }
        }
        return next != null ? next : first;
    }
}
