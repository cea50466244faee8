package org.webchat.routing;

import java.util.OptionalInt;
import org.webchat.campaign.Strategy;

/**
 * STR-04 {@code ringallmultiple}: as {@code ringall}, offered to every eligible member, but an
 * agent may attend any number at once (Max interactions per agent is for {@code nocall} only,
 * ADV-01).
 */
public final class RingallMultipleStrategy extends RoutingStrategy {

    @Override
    public Strategy strategy() {
        return Strategy.RINGALLMULTIPLE;
    }

    @Override
    public OptionalInt capacity(int maxInteractionsPerAgent) {
        return OptionalInt.empty();
    }

    @Override
    boolean allowsOneMore(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return !agent.onBreak();
    }

    @Override
    public boolean offersToAll() {
        return true;
    }
}
