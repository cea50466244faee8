package org.webchat.campaign;

/** The configurable messages of a campaign, each written per {@link Language}. */
public enum MessageKind {
    /** MSG-01: shown while the campaign is available. */
    WELCOME,
    /** MSG-02: shown out of the schedule. */
    OUT_OF_HOURS,
    /** MSG-03: shown when the queue is full or the customer waited past Max time. */
    UNAVAILABLE,
    /** MSG-04: sent to the customer when an agent starts the interaction. */
    AGENT_AUTOMATIC,
    /** MSG-06: shown when the interaction ends. */
    COMMENTS
}
