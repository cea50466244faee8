package org.webchat.call;

/** Where a call is in its life (AV-02, AV-03). */
public enum CallState {
    /** The customer asked; the agent is notified. */
    REQUESTED,
    /** The agent accepted; both are connected. */
    ACTIVE,
    /** The agent declined. */
    REJECTED,
    /** Nobody answered, or the customer gave up before an answer. */
    MISSED,
    /** A call that was active has finished. */
    ENDED
}
