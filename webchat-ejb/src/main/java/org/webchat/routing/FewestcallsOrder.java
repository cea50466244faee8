package org.webchat.routing;

import java.util.Comparator;
import java.util.List;
import org.webchat.campaign.DeliveryOrder;

/**
 * STR-06 {@code fewestcalls} <i>(reading)</i>: the agent with the fewest interactions completed
 * today. Between equals the one attending fewer right now goes first, so that a burst at the start
 * of the day is spread instead of filling one agent after another; then the smaller agent id.
 */
public final class FewestcallsOrder implements DeliveryOrderRule {

    private static final Comparator<AgentSnapshot> FEWEST_FIRST = Comparator
            .comparingInt(AgentSnapshot::completedToday)
            .thenComparingInt(AgentSnapshot::activeInteractions)
            .thenComparing(BY_AGENT_ID);

    @Override
    public DeliveryOrder order() {
        return DeliveryOrder.FEWESTCALLS;
    }

    @Override
    public AgentSnapshot choose(List<AgentSnapshot> eligible, Long lastServed) {
        DeliveryOrderRule.requireSomeone(eligible);
        return eligible.stream().min(FEWEST_FIRST).orElseThrow();
    }
}
