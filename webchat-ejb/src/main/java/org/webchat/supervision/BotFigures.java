package org.webchat.supervision;

import java.util.Map;
import org.webchat.bot.BotOutcome;

/**
 * What a campaign's start bot did today (issue 15, point 5; BOT-01, BOT-02): the chats it resolved itself, those it
 * handed off to a person, and those it talks in now. A chat counts on the day its bot's part ended, for the campaign
 * whose bot talked (a hand-off may move it to another campaign's queue).
 *
 * <p>Resolved: the bot ended the chat without a person, however it ended: its flow (or the external bot) finished
 * it, the customer did not answer within the bot's timeout ({@code BOT_TIMEOUT}), or the customer left while it
 * talked. Handed off: the bot gave the chat to a queue or an agent, by its flow, at the customer's request or because
 * it failed. Handled: both together, the chats whose bot part is over today.
 *
 * @param bot       the campaign has a start bot now (its block shows these figures even before its first chat)
 * @param resolved  chats the bot ended itself today
 * @param handedOff chats the bot handed to a person today
 * @param talking   chats the bot talks in now
 */
public record BotFigures(boolean bot, int resolved, int handedOff, int talking) {

    /** A campaign without a bot, which did nothing with one. */
    public static final BotFigures NONE = new BotFigures(false, 0, 0, 0);

    public BotFigures {
        if (resolved < 0 || handedOff < 0 || talking < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** The figures from today's count of chats by how the bot's part ended, and the chats it talks in now. */
    public static BotFigures of(boolean bot, Map<BotOutcome, ? extends Number> today, int talking) {
        int resolved = 0;
        int handedOff = 0;
        for (Map.Entry<BotOutcome, ? extends Number> outcome : today.entrySet()) {
            if (outcome.getKey() == null) {
                continue; // not stopped: never counted as over
            }
            int count = outcome.getValue().intValue();
            if (outcome.getKey() == BotOutcome.HANDED_OFF) {
                handedOff += count;
            } else {
                resolved += count; // RESOLVED, TIMED_OUT, ABANDONED: over without a person
            }
        }
        return new BotFigures(bot, resolved, handedOff, talking);
    }

    /** The chats whose bot part ended today: resolved or handed off. */
    public int handled() {
        return resolved + handedOff;
    }

    /** Whether a screen shows them: the campaign has a bot, or had one today. */
    public boolean shown() {
        return bot || handled() > 0 || talking > 0;
    }

    /** Two campaigns' figures together. */
    public BotFigures plus(BotFigures other) {
        return new BotFigures(bot || other.bot, resolved + other.resolved, handedOff + other.handedOff,
                talking + other.talking);
    }
}
