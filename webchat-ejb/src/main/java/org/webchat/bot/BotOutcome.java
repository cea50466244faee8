package org.webchat.bot;

/** How the start bot's part of a chat ended (issue 15, point 5: supervision counts them). */
public enum BotOutcome {
    /** The bot finished the chat itself. */
    RESOLVED,
    /** The bot handed the chat to a person. */
    HANDED_OFF,
    /** The customer did not answer within the bot's timeout (BOT-02). */
    TIMED_OUT,
    /** The customer closed the chat while the bot talked. */
    ABANDONED
}
