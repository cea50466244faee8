package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.bot.BotOutcome;
import org.webchat.campaign.Thresholds;

/** Issue 15, point 5: what supervision counts of a campaign's start bot. */
class BotFiguresTest {

    @Test
    @DisplayName("Resolved: the bot's flow ended the chat, its timeout, or the customer left; handed off: to a person")
    void everyWayABotEndsItsPartCountsAsResolvedOrHandedOff() {
        Map<BotOutcome, Long> today = new EnumMap<>(BotOutcome.class);
        today.put(BotOutcome.RESOLVED, 3L);
        today.put(BotOutcome.TIMED_OUT, 2L);
        today.put(BotOutcome.ABANDONED, 1L);
        today.put(BotOutcome.HANDED_OFF, 4L);

        BotFigures figures = BotFigures.of(true, today, 5);

        assertEquals(6, figures.resolved());
        assertEquals(4, figures.handedOff());
        assertEquals(10, figures.handled(), "resolved and handed off: the chats whose bot part is over today");
        assertEquals(5, figures.talking(), "those it talks in now are not handled yet");
    }

    @Test
    @DisplayName("A campaign shows its bot's figures while it has a bot, or when its bot ended chats today")
    void shownWithABotOrWhatItDidToday() {
        assertTrue(BotFigures.of(true, Map.of(), 0).shown(), "a bot with nothing done yet shows zeros");
        assertFalse(BotFigures.of(false, Map.of(), 0).shown(), "no bot, nothing done: nothing to show");
        assertFalse(BotFigures.NONE.shown());
        assertTrue(BotFigures.of(false, Map.of(BotOutcome.HANDED_OFF, 1), 0).shown(),
                "a bot taken off the campaign today still shows what it did");
        assertTrue(BotFigures.of(false, Map.of(), 1).shown(), "a chat with the removed bot goes on");
    }

    @Test
    @DisplayName("The campaigns' bots add up on the dashboard")
    void campaignsAddUp() {
        BotFigures first = new BotFigures(true, 1, 2, 3);
        BotFigures none = BotFigures.NONE;
        BotFigures second = new BotFigures(false, 4, 0, 1);
        assertEquals(new BotFigures(true, 5, 2, 4), first.plus(none).plus(second));

        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        CampaignBoard.Settings settings = new CampaignBoard.Settings(1, "C", ZoneId.of("UTC"), Duration.ofSeconds(20),
                new Thresholds());
        CampaignBoard withBot = CampaignBoard.of(settings, now, List.of(), List.of(), 0, 0, List.of()).withBots(first);
        CampaignBoard without = CampaignBoard.of(settings, now, List.of(), List.of(), 0, 0, List.of());
        assertEquals(none, without.bots(), "a board is without a bot until told");
        assertEquals(first, Board.of(List.of(withBot, without), List.of()).bots());
    }

    @Test
    void countsAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new BotFigures(true, -1, 0, 0));
    }
}
