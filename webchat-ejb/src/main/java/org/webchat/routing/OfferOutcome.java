package org.webchat.routing;

/** How a ringall offer (STR-04) closed. */
public enum OfferOutcome {
    /** The agent took the interaction. */
    ACCEPTED,
    /** The agent refused it; it is not offered to that agent again for one offer timeout. */
    DECLINED,
    /** Nobody answered within the campaign's offer timeout; it rings again. */
    EXPIRED,
    /** Another agent took it, the customer left, or the agent can no longer take it (a break, logged out). */
    WITHDRAWN
}
