package org.webchat.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.webchat.campaign.DeliveryOrder;

/**
 * STR-06 {@code leastrecent} <i>(reading)</i>: the agent idle longest, that is the earliest
 * {@link AgentSnapshot#idleSince()}; an agent never served and never freed comes first. Ties go to
 * the smaller agent id.
 */
public final class LeastrecentOrder implements DeliveryOrderRule {

    private static final Comparator<AgentSnapshot> IDLE_LONGEST_FIRST = Comparator
            .comparing(AgentSnapshot::idleSince, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(BY_AGENT_ID);

    @Override
    public DeliveryOrder order() {
        return DeliveryOrder.LEASTRECENT;
    }

    @Override
    public AgentSnapshot choose(List<AgentSnapshot> eligible, Long lastServed) {
        DeliveryOrderRule.requireSomeone(eligible);
        return eligible.stream().min(IDLE_LONGEST_FIRST).orElseThrow();
    }
}
