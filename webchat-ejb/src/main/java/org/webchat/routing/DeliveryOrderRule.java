package org.webchat.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.webchat.campaign.DeliveryOrder;

/**
 * Which one of the agents a strategy allows gets the next interaction (STR-06). Only assigning
 * strategies choose; the ringall strategies offer to all eligible agents and the agent chooses.
 */
public sealed interface DeliveryOrderRule permits RrmemoryOrder, WrandomOrder, LeastrecentOrder, FewestcallsOrder {

    /** Agent id order: every rule breaks its ties by it so that a decision is repeatable. */
    Comparator<AgentSnapshot> BY_AGENT_ID = Comparator.comparing(AgentSnapshot::agentId);

    /**
     * The one place that maps a campaign's delivery order to its rule.
     *
     * @param random the draws of {@code wrandom}; a seeded generator makes them repeatable in tests
     */
    static DeliveryOrderRule of(DeliveryOrder order, RandomGenerator random) {
        return switch (Objects.requireNonNull(order, "order")) {
            case RRMEMORY -> new RrmemoryOrder();
            case WRANDOM -> new WrandomOrder(random);
            case LEASTRECENT -> new LeastrecentOrder();
            case FEWESTCALLS -> new FewestcallsOrder();
        };
    }

    DeliveryOrder order();

    /**
     * The agent that gets the next interaction.
     *
     * @param eligible   the agents the strategy allows, at least one, in any order
     * @param lastServed the agent served last in this campaign, null if none; only
     *                   {@code rrmemory} reads it
     */
    AgentSnapshot choose(List<AgentSnapshot> eligible, Long lastServed);

    /** Refuses an empty choice: the caller must not ask when nobody is eligible. */
    static void requireSomeone(List<AgentSnapshot> eligible) {
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("no eligible agent to choose from");
        }
    }
}
