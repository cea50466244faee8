package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.webchat.bot.BotOutcome;
import org.webchat.campaign.Thresholds;
import org.webchat.supervision.Board;
import org.webchat.supervision.BotFigures;
import org.webchat.supervision.CampaignBoard;

/** The supervision board's frames (issue 12), with what the campaigns' start bots did (issue 15, point 5). */
class BoardFramesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static CampaignBoard campaign(long id, String name) {
        return CampaignBoard.of(new CampaignBoard.Settings(id, name, ZoneId.of("UTC"), Duration.ofSeconds(20),
                new Thresholds()), NOW, List.of(), List.of(), 0, 0, List.of());
    }

    @Test
    void aCampaignWithABotCarriesWhatItResolvedHandedOffHandledAndTalksInNow() {
        CampaignBoard sales = campaign(7, "Sales").withBots(BotFigures.of(true,
                Map.of(BotOutcome.RESOLVED, 2L, BotOutcome.TIMED_OUT, 1L, BotOutcome.HANDED_OFF, 4L), 1));
        JsonObject bots = read(BoardFrames.campaign(sales)).getJsonObject("bots");
        assertEquals(3, bots.getInt("resolved"), "its timeout resolves the chat too");
        assertEquals(4, bots.getInt("handedOff"));
        assertEquals(7, bots.getInt("handled"));
        assertEquals(1, bots.getInt("talking"));
    }

    @Test
    void aCampaignWithoutABotHasNoBotFiguresAndTheTotalsAddUpTheBotsOnly() {
        CampaignBoard none = campaign(8, "Support");
        assertFalse(read(BoardFrames.campaign(none)).containsKey("bots"), "nothing to show: left out");
        CampaignBoard sales = campaign(7, "Sales").withBots(new BotFigures(true, 2, 1, 0));
        CampaignBoard shop = campaign(9, "Shop").withBots(new BotFigures(true, 1, 3, 2));

        String totals = BoardFrames.totals(Board.of(List.of(sales, none, shop), List.of()));
        JsonObject frame = read(BoardFrames.changes(NOW, List.of(BoardFrames.campaign(shop)), List.of(),
                List.of(7L, 8L, 9L), List.of(), totals));
        assertEquals("changes", frame.getString("type"));
        assertEquals(3, frame.getJsonArray("campaigns").getJsonObject(0).getJsonObject("bots").getInt("handedOff"),
                "a changed block carries its bot's figures");
        JsonObject total = frame.getJsonObject("total").getJsonObject("bots");
        assertEquals(3, total.getInt("resolved"));
        assertEquals(4, total.getInt("handedOff"));
        assertEquals(7, total.getInt("handled"));
        assertEquals(2, total.getInt("talking"));
        assertFalse(read(BoardFrames.totals(Board.of(List.of(none), List.of())).transform(s -> "{" + s + "}"))
                .getJsonObject("total").containsKey("bots"), "no bot in any campaign: no bot total");
    }
}
