package org.webchat.interaction;

/** Where an interaction is in its life. */
public enum InteractionState {
    /** A message left out of hours (WID-04, MSG-05); final, read under Recordings. */
    OFFLINE,
    /** Talking with the campaign's start bot before the queue (BOT-01). */
    BOT,
    /** Waiting in the campaign's queue for an agent (WID-05, STR-07). */
    QUEUED,
    /** Offered to one or more agents who may take it (ringall strategies, STR-04). */
    OFFERED,
    /** Handled by its agent. */
    ASSIGNED,
    /** Over; see its {@link EndReason}. */
    ENDED;

    /** Whether the customer waits in the queue for an agent: queued, or offered and not yet taken. */
    public boolean isWaiting() {
        return this == QUEUED || this == OFFERED;
    }

    /** Whether the interaction may still change: not ended and not an offline message. */
    public boolean isOpen() {
        return this != OFFLINE && this != ENDED;
    }
}
