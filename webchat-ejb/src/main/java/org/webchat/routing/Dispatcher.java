package org.webchat.routing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.webchat.campaign.Strategy;

/**
 * Decides, for one campaign, which queued interactions go to which agents now (STR-01..07). A
 * function of its request (and of the generator, for {@code wrandom}): it reads no clock or
 * database and changes nothing, so the engine can compute a plan and write it in one transaction.
 *
 * <p>The queue is served strictly first in, first out (STR-07): interactions are placed from the
 * head, and when the head cannot be placed the decision stops there, nobody behind it jumps ahead.
 * Every interaction of a campaign asks the same of an agent (there are no skills), so an
 * interaction behind a head that fits nobody would fit nobody either; stopping makes that
 * explicit and keeps the rule true if that ever changes.
 *
 * <p>Each assignment or offer updates the chosen agent's snapshot before the next interaction is
 * placed, so every cap counts what the same plan already gave.
 */
public final class Dispatcher {

    private final RandomGenerator random;

    /** @param random the draws of {@code wrandom}; seed it for repeatable tests */
    public Dispatcher(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public DispatchPlan plan(DispatchRequest request) {
        RoutingStrategy strategy = RoutingStrategy.of(request.strategy());
        // agent id order, so that the same request always gives the same plan
        Map<Long, AgentSnapshot> members = new TreeMap<>();
        request.members().forEach(agent -> members.put(agent.agentId(), agent));
        return strategy.offersToAll()
                ? planOffers(request, strategy, members)
                : planAssignments(request, strategy, members);
    }

    /**
     * How many interactions from the head of the queue a plan for these members can place at most, known before the
     * queue is read (issue 16): a plan over that many of the head is the plan over the whole queue, and 0 means that
     * nobody has room and the queue need not be read at all. Assigning strategies: the members' free slots (one for a
     * strategy that puts the agent busy, the cap less what the agent has, {@link Integer#MAX_VALUE} where the strategy
     * sets no cap). Ringall strategies: the interactions on offer (placed already, their agents choosing) plus one for
     * each agent that may receive an offer, when one may; 0 when none may, as no offer can then be made.
     *
     * @param onOffer interaction to the agents that have it on offer or declined it lately, as in {@link DispatchRequest}
     */
    public static int room(Strategy strategy, int maxInteractionsPerAgent, List<AgentSnapshot> members,
            Map<Long, Set<Long>> onOffer) {
        RoutingStrategy rule = RoutingStrategy.of(strategy);
        long room = 0;
        if (rule.offersToAll()) {
            long receivers = members.stream().filter(agent -> rule.mayReceiveOffer(agent, maxInteractionsPerAgent)).count();
            room = receivers == 0 ? 0 : receivers + onOffer.size();
        } else {
            for (AgentSnapshot agent : members) {
                if (!rule.mayTakeOneMore(agent, maxInteractionsPerAgent)) {
                    continue;
                }
                if (rule.putsAgentBusy()) {
                    room += 1;
                } else if (rule.capacity(maxInteractionsPerAgent).isPresent()) {
                    room += rule.capacity(maxInteractionsPerAgent).getAsInt() - agent.activeInteractions();
                } else {
                    return Integer.MAX_VALUE;
                }
            }
        }
        return (int) Math.min(room, Integer.MAX_VALUE);
    }

    private DispatchPlan planAssignments(DispatchRequest request, RoutingStrategy strategy,
            Map<Long, AgentSnapshot> members) {
        DeliveryOrderRule order = DeliveryOrderRule.of(request.deliveryOrder(), random);
        Map<Long, Long> assignments = new LinkedHashMap<>();
        Long lastServed = request.lastServed();
        for (Long interaction : request.queue()) {
            List<AgentSnapshot> eligible = members.values().stream()
                    .filter(agent -> strategy.mayTakeOneMore(agent, request.maxInteractionsPerAgent()))
                    .toList();
            if (eligible.isEmpty()) {
                break; // the head waits and so does everyone behind it
            }
            AgentSnapshot chosen = order.choose(eligible, lastServed);
            assignments.put(interaction, chosen.agentId());
            members.put(chosen.agentId(), chosen.withAssignment(request.now(), strategy.putsAgentBusy()));
            lastServed = chosen.agentId();
        }
        return new DispatchPlan(assignments, Map.of(), lastServed);
    }

    /**
     * Ringall: each interaction, from the head, is offered to every eligible agent that does not
     * have it on offer yet. An interaction already on offer is placed (its agents are choosing), so
     * the next one may be offered; the decision stops at the first interaction that is on offer to
     * nobody and can be offered to nobody.
     */
    private DispatchPlan planOffers(DispatchRequest request, RoutingStrategy strategy,
            Map<Long, AgentSnapshot> members) {
        Map<Long, Set<Long>> offers = new LinkedHashMap<>();
        for (Long interaction : request.queue()) {
            Set<Long> alreadyOffered = request.onOffer().getOrDefault(interaction, Set.of());
            Set<Long> offeredNow = new LinkedHashSet<>();
            for (AgentSnapshot agent : List.copyOf(members.values())) {
                if (!alreadyOffered.contains(agent.agentId())
                        && strategy.mayReceiveOffer(agent, request.maxInteractionsPerAgent())) {
                    offeredNow.add(agent.agentId());
                    members.put(agent.agentId(), agent.withOffer());
                }
            }
            if (alreadyOffered.isEmpty() && offeredNow.isEmpty()) {
                break; // the head waits and so does everyone behind it
            }
            if (!offeredNow.isEmpty()) {
                offers.put(interaction, offeredNow);
            }
        }
        return new DispatchPlan(Map.of(), offers, request.lastServed());
    }
}
