package org.webchat.routing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.webchat.campaign.DeliveryOrder;
import org.webchat.campaign.Strategy;

/**
 * Everything one routing decision for one campaign reads.
 *
 * @param queue                   the campaign's waiting interactions (ids), first arrived first
 *                                (STR-07); an id appears once
 * @param strategy                the campaign's strategy (STR-01..05)
 * @param deliveryOrder           the campaign's delivery order (STR-06)
 * @param maxInteractionsPerAgent Max interactions per agent (ADV-01), at least 1; read by
 *                                {@code nocall} only
 * @param members                 a snapshot of each member agent of the campaign, one per agent
 * @param lastServed              the agent served last in this campaign ({@code rrmemory}), null if
 *                                none
 * @param onOffer                 for the ringall strategies: interaction id to the agents that
 *                                have it on offer now, so that nobody is offered it twice; absent
 *                                interactions have no offer
 * @param now                     the time of the decision, recorded as each chosen agent's last
 *                                assignment so that it goes behind the others in the same plan
 */
public record DispatchRequest(
        List<Long> queue,
        Strategy strategy,
        DeliveryOrder deliveryOrder,
        int maxInteractionsPerAgent,
        List<AgentSnapshot> members,
        Long lastServed,
        Map<Long, Set<Long>> onOffer,
        Instant now) {

    public DispatchRequest {
        queue = List.copyOf(queue);
        if (new HashSet<>(queue).size() != queue.size()) {
            // the same interaction twice could be handed to two agents (STR-07)
            throw new IllegalArgumentException("an interaction appears twice in the queue");
        }
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(deliveryOrder, "deliveryOrder");
        if (maxInteractionsPerAgent < 1) {
            throw new IllegalArgumentException("Max interactions per agent is at least 1, was " + maxInteractionsPerAgent);
        }
        members = List.copyOf(members);
        if (members.stream().map(AgentSnapshot::agentId).distinct().count() != members.size()) {
            throw new IllegalArgumentException("an agent appears twice among the members");
        }
        onOffer = onOffer.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
        Objects.requireNonNull(now, "now");
    }

    /** A request for a strategy that assigns, where no interaction is on offer. */
    public DispatchRequest(List<Long> queue, Strategy strategy, DeliveryOrder deliveryOrder,
            int maxInteractionsPerAgent, List<AgentSnapshot> members, Long lastServed, Instant now) {
        this(queue, strategy, deliveryOrder, maxInteractionsPerAgent, members, lastServed, Map.of(), now);
    }
}
