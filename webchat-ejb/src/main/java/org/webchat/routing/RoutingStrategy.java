package org.webchat.routing;

import java.util.Objects;
import java.util.OptionalInt;
import org.webchat.campaign.Strategy;

/**
 * How a campaign's strategy (STR-01..05) treats an agent's other work: whether a member may take
 * one more interaction, and whether interactions are assigned to one agent or offered to all.
 *
 * <p>Two rules hold for every strategy, so they live here and not in each one: an agent not logged
 * in gets nothing, and an agent put busy by an {@code incall} interaction gets nothing else until
 * it ends (STR-01 says "nothing else", whichever campaign asks).
 */
public abstract sealed class RoutingStrategy
        permits IncallStrategy, NocallStrategy, InteractionStrategy, RingallStrategy, RingallMultipleStrategy,
        NopauseStrategy {

    /** The one place that maps a campaign's strategy to its rule. */
    public static RoutingStrategy of(Strategy strategy) {
        return switch (Objects.requireNonNull(strategy, "strategy")) {
            case INCALL -> new IncallStrategy();
            case NOCALL -> new NocallStrategy();
            case INTERACTION -> new InteractionStrategy();
            case RINGALL -> new RingallStrategy();
            case RINGALLMULTIPLE -> new RingallMultipleStrategy();
            case NOPAUSE -> new NopauseStrategy();
        };
    }

    public abstract Strategy strategy();

    /**
     * Whether the agent may take one more interaction now. The engine asks it again when an agent
     * accepts an offer, since the agent's work may have changed since the offer.
     *
     * @param maxInteractionsPerAgent Max interactions per agent of the campaign (ADV-01); only
     *                                {@code nocall} reads it
     */
    public final boolean mayTakeOneMore(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return agent.loggedIn() && !agent.busy() && allowsOneMore(agent, maxInteractionsPerAgent);
    }

    /**
     * The most active interactions the strategy lets one agent attend at once (SUP-06 shows "n of" it), the same
     * limit as {@link #allowsOneMore}; empty when it sets none ({@code nopause}, {@code ringallmultiple}).
     */
    public abstract OptionalInt capacity(int maxInteractionsPerAgent);

    /** The strategy's own rule, for a logged-in agent that is not busy. */
    abstract boolean allowsOneMore(AgentSnapshot agent, int maxInteractionsPerAgent);

    /** True when an interaction is offered to every eligible member and the agent chooses (STR-04). */
    public boolean offersToAll() {
        return false;
    }

    /**
     * Whether the agent may receive one more offer now. <i>(reading)</i> An agent holds one
     * pending offer at a time, in both ringall strategies: offering it the whole queue would let
     * it pick from the back and break first in, first out (STR-07); "any number at once" of
     * {@code ringallmultiple} is about the interactions it attends, not the offers it holds.
     */
    public boolean mayReceiveOffer(AgentSnapshot agent, int maxInteractionsPerAgent) {
        return offersToAll() && agent.pendingOffers() == 0 && mayTakeOneMore(agent, maxInteractionsPerAgent);
    }

    /** True when taking an interaction puts the agent in the busy state (STR-01). */
    public boolean putsAgentBusy() {
        return false;
    }

    @Override
    public String toString() {
        return strategy().code();
    }
}
