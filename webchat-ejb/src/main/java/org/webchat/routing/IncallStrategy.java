package org.webchat.routing;

import java.util.OptionalInt;
import org.webchat.campaign.Strategy;

/**
 * STR-01 {@code incall}: only to an agent not on a break, not on a call and with no other
 * interaction; the agent is then busy and gets nothing else, no call and no interaction, until it
 * ends.
 */
public final class IncallStrategy extends RoutingStrategy {

    @Override
    public Strategy strategy() {
        return Strategy.INCALL;
    }

    @Override
    public OptionalInt capacity(int maxInteractionsPerAgent) {
        return OptionalInt.of(1);
    }

    @Override
    boolean allowsOneMore(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return !agent.onBreak() && !agent.onCall() && agent.activeInteractions() == 0;
    }

    @Override
    public boolean putsAgentBusy() {
        return true;
    }
}
