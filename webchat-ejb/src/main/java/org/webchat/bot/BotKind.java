package org.webchat.bot;

/** How a bot is run (BOT-01). */
public enum BotKind {
    /** A flow defined in the product and run by it. */
    FLOW,
    /** An external bot called over HTTP at its endpoint URL. */
    ENDPOINT
}
