package org.webchat.agent;

/** The presence state of an agent, as recorded in {@link AgentStateChange} (AGT-07, SUP-03). */
public enum AgentState {
    /** Not in the portal (also after a supervisor's forced logout, SUP-15). */
    LOGGED_OUT,
    /** Ready to take interactions. */
    AVAILABLE,
    /** Taken by an interaction that admits nothing else (strategy {@code incall}, STR-01). */
    BUSY,
    /** On one of the configured breaks, or paused by a supervisor (SUP-14). */
    ON_BREAK,
    /** On a telephone or audio/video call. */
    ON_CALL
}
