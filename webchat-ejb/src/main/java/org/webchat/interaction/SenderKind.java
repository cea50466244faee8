package org.webchat.interaction;

/** Who wrote a chat message. */
public enum SenderKind {
    CUSTOMER,
    AGENT,
    /** The product itself: welcome, automatic and comments messages, notices. */
    SYSTEM,
    BOT,
    SUPERVISOR
}
