package org.webchat.routing;

import java.util.OptionalInt;
import org.webchat.campaign.Strategy;

/**
 * STR-04 {@code ringall}: each interaction is offered to every eligible member and the agent
 * chooses to take it; an agent takes one only with no active interaction (one at a time). Calls
 * are not mentioned by the spec, so they neither stop an offer nor are stopped by one.
 */
public final class RingallStrategy extends RoutingStrategy {

    @Override
    public Strategy strategy() {
        return Strategy.RINGALL;
    }

    @Override
    public OptionalInt capacity(int maxInteractionsPerAgent) {
        return OptionalInt.of(1);
    }

    @Override
    boolean allowsOneMore(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return !agent.onBreak() && agent.activeInteractions() == 0;
    }

    @Override
    public boolean offersToAll() {
        return true;
    }
}
