package org.webchat.interaction;

/** Why an interaction ended. */
public enum EndReason {
    /** The customer closed the chat. */
    CUSTOMER,
    /** The agent ended it (AGT-07). */
    AGENT,
    /** A supervisor ended it. */
    SUPERVISOR,
    /** The customer stayed disconnected longer than Auto finish (ADV-07). */
    AUTO_FINISH,
    /** The customer waited past Max time unattended (ADV-05 reading), or left while waiting. */
    ABANDONED,
    /** Refused at the start because the queue was full (ADV-04, MSG-03). */
    UNAVAILABLE,
    /** The campaign was disabled while the interaction was open (ADV-09). */
    CAMPAIGN_DISABLED,
    /** The bot flow finished the interaction (BOT-02). */
    BOT_FINISHED,
    /** The customer did not answer the bot within its timeout (BOT-02). */
    BOT_TIMEOUT
}
