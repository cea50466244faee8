package org.webchat.call;

/** Where a call is in its life (AV-02, AV-03). */
public enum CallState {
    /** Rings at the other side. */
    RINGING,
    /** Answered: the two sides are connected (or connecting). */
    ACTIVE,
    /** Over, for the reason {@link CallEnd} says. */
    ENDED
}
