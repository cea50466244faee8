package org.webchat.routing;

import java.util.OptionalInt;
import org.webchat.campaign.Strategy;

/**
 * STR-02 {@code nocall}: the agent may be on a call and stays available for calls; it gets up to
 * Max interactions per agent (ADV-01) at once. The only strategy that reads that cap.
 */
public final class NocallStrategy extends RoutingStrategy {

    @Override
    public Strategy strategy() {
        return Strategy.NOCALL;
    }

    @Override
    public OptionalInt capacity(int maxInteractionsPerAgent) {
        return OptionalInt.of(maxInteractionsPerAgent);
    }

    @Override
    boolean allowsOneMore(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return !agent.onBreak() && agent.activeInteractions() < maxInteractionsPerAgent;
    }
}
