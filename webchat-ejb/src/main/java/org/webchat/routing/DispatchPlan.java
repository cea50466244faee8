package org.webchat.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of one routing decision: what the engine is to write. Interactions not named stay
 * queued, in their place.
 *
 * @param assignments interaction id to the one agent that gets it, in arrival order (assigning
 *                    strategies)
 * @param offers      interaction id to the agents newly offered it, in arrival order (ringall
 *                    strategies); offers already pending are not repeated
 * @param lastServed  the new {@code rrmemory} pointer: the agent of the last assignment, or the
 *                    request's when nothing was assigned
 */
public record DispatchPlan(Map<Long, Long> assignments, Map<Long, Set<Long>> offers, Long lastServed) {

    public DispatchPlan {
        // copies that keep arrival order, which Map.copyOf would lose
        assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
        Map<Long, Set<Long>> copy = new LinkedHashMap<>();
        offers.forEach((interaction, agents) ->
                copy.put(interaction, Collections.unmodifiableSet(new LinkedHashSet<>(agents))));
        offers = Collections.unmodifiableMap(copy);
    }

    /** True when the decision changes nothing. */
    public boolean isEmpty() {
        return assignments.isEmpty() && offers.isEmpty();
    }
}
