package org.webchat.routing;

import java.util.OptionalInt;
import org.webchat.campaign.Strategy;

/** STR-03 {@code interaction}: one active interaction at a time; calls are still allowed. */
public final class InteractionStrategy extends RoutingStrategy {

    @Override
    public Strategy strategy() {
        return Strategy.INTERACTION;
    }

    @Override
    public OptionalInt capacity(int maxInteractionsPerAgent) {
        return OptionalInt.of(1);
    }

    @Override
    boolean allowsOneMore(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return !agent.onBreak() && agent.activeInteractions() == 0;
    }
}
