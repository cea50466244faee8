package org.webchat.bot;

/** One row of the administration's list of bots. */
public record BotSummary(long id, String name, String shownName, BotKind kind, boolean enabled) {

    static BotSummary of(Bot bot) {
        return new BotSummary(bot.getId(), bot.getName(), bot.shownName(), bot.getKind(), bot.isEnabled());
    }
}
