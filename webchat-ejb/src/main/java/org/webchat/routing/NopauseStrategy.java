package org.webchat.routing;

import java.util.OptionalInt;
import org.webchat.campaign.Strategy;

/**
 * STR-05 {@code nopause}: to any logged-in member not on a break, several at once, with no cap
 * (Max interactions per agent is for {@code nocall} only, ADV-01) and calls allowed.
 */
public final class NopauseStrategy extends RoutingStrategy {

    @Override
    public Strategy strategy() {
        return Strategy.NOPAUSE;
    }

    @Override
    public OptionalInt capacity(int maxInteractionsPerAgent) {
        return OptionalInt.empty();
    }

    @Override
    boolean allowsOneMore(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return !agent.onBreak();
    }
}
