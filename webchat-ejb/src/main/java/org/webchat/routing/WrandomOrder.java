package org.webchat.routing;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.webchat.campaign.CampaignMember;
import org.webchat.campaign.DeliveryOrder;

/**
 * STR-06 {@code wrandom}: random, weighted by the member's penalty 0-100, a higher penalty gets
 * fewer. The weight is {@code 101 - penalty}: penalty 0 weighs 101 and penalty 100 weighs 1, so
 * each agent is chosen with probability weight / sum of the eligible agents' weights. Penalty 100
 * still gets a little rather than nothing: a penalty ranks agents, it does not exclude one.
 */
public final class WrandomOrder implements DeliveryOrderRule {

    private final RandomGenerator random;

    public WrandomOrder(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The weight of an agent in the draw. */
    public static int weight(AgentSnapshot agent) {
        return CampaignMember.MAX_PENALTY + 1 - agent.penalty();
    }

    @Override
    public DeliveryOrder order() {
        return DeliveryOrder.WRANDOM;
    }

    @Override
    public AgentSnapshot choose(List<AgentSnapshot> eligible, Long lastServed) {
        DeliveryOrderRule.requireSomeone(eligible);
        // id order, so that the same seed gives the same agent whatever order the caller used
        List<AgentSnapshot> agents = eligible.stream().sorted(BY_AGENT_ID).toList();
        int total = agents.stream().mapToInt(WrandomOrder::weight).sum();
        int draw = random.nextInt(total);
        for (AgentSnapshot agent : agents) {
            draw -= weight(agent);
            if (draw < 0) {
                return agent;
            }
        }
        throw new IllegalStateException("a draw below the total weight always lands on an agent");
    }
}
