package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.Thresholds;

/** SUP-10, SUP-16: a campaign's board, today since its midnight, the last 30 minutes, its quarters and queue. */
class CampaignBoardTest {

    /** UTC-3: the campaign's midnight is 03:00 UTC. */
    private static final ZoneId ZONE = ZoneId.of("America/Argentina/Buenos_Aires");
    private static final Instant MIDNIGHT = Instant.parse("2025-03-03T03:00:00Z");
    /** 09:10 in the campaign's zone. */
    private static final Instant NOW = Instant.parse("2025-03-03T12:10:00Z");
    private static final Thresholds THRESHOLDS = new Thresholds(20, 60, 120, 300, 600, 10);
    private static final CampaignBoard.Settings SALES = new CampaignBoard.Settings(7, "Sales", ZONE,
            Duration.ofSeconds(20), THRESHOLDS);

    private static Instant at(String utc) {
        return Instant.parse("2025-03-03T" + utc + "Z");
    }

    /** Yesterday's last one, midnight's first, both edges of the 30-minute window, a missed, a waiting, a future one. */
    private static final List<InteractionFacts> FACTS = List.of(
            InteractionFacts.abandoned(at("02:59:59.999"), at("03:00:30")),
            InteractionFacts.answered(MIDNIGHT, at("03:00:30"), at("03:05:30")),
            InteractionFacts.abandoned(at("11:39:59.999"), at("11:40:40")),
            InteractionFacts.answered(at("11:40:00"), at("11:40:10")),
            InteractionFacts.missed(at("12:00:00"), at("12:00:00")),
            InteractionFacts.waiting(at("12:05:00")),
            InteractionFacts.waiting(at("12:10:00.001")));

    private static final List<CampaignBoard.Queued> QUEUED = List.of(
            new CampaignBoard.Queued(55, "Eva", "eva@example.com", at("12:05:00")));

    private static CampaignBoard board() {
        return CampaignBoard.of(SALES, NOW, FACTS, QUEUED, 1, 4, List.of(1L, 2L));
    }

    @Test
    @DisplayName("SUP-16: today is since midnight in the campaign's time zone, its first instant included")
    void todayFromTheCampaignsMidnight() {
        ServiceLevel today = board().today();

        assertEquals(5, today.offered(), "neither yesterday's last one nor one after now");
        assertEquals(2, today.answered());
        assertEquals(OptionalDouble.of(50.0), today.percent(), "answered after 30 s and after 10 s");
        assertEquals(1, today.abandoned());
        assertEquals(1, today.missed());
        assertEquals(1, today.completed());
        assertEquals(100.0 / 3, today.percentWithAbandoned().getAsDouble(), 1e-9);
    }

    @Test
    @DisplayName("SUP-16: the last 30 minutes include their first instant, not the millisecond before")
    void theLastThirtyMinutes() {
        ServiceLevel recent = board().recent();

        assertEquals(3, recent.offered(), "11:40:00 in, 11:39:59.999 out");
        assertEquals(1, recent.answered());
        assertEquals(0, recent.abandoned());
        assertEquals(1, recent.missed());
        assertEquals(1, recent.waiting());
        assertEquals(OptionalDouble.of(100.0), recent.percent());
    }

    @Test
    @DisplayName("SUP-16: just after midnight the last 30 minutes reach into yesterday, today does not")
    void justAfterMidnight() {
        Instant now = at("03:10:00");

        CampaignBoard board = CampaignBoard.of(SALES, now, FACTS, List.of(), 0, 0, List.of());

        assertEquals(at("02:40:00"), CampaignBoard.since(ZONE, now), "what the query must read");
        assertEquals(1, board.today().offered());
        assertEquals(2, board.recent().offered());
        assertEquals(1, board.slots().size(), "one quarter so far");
    }

    @Test
    @DisplayName("Charts: each quarter of an hour from midnight to now, empty ones included, by arrival")
    void quartersOfAnHour() {
        CampaignBoard board = board();

        assertEquals(37, board.slots().size(), "03:00 to 12:00 UTC: 09:00 local is the 37th quarter");
        assertEquals(MIDNIGHT, board.slots().firstKey());
        assertEquals(at("12:00:00"), board.slots().lastKey());
        assertEquals(1, board.slots().get(MIDNIGHT).offered());
        ServiceLevel half = board.slots().get(at("11:30:00"));
        assertEquals(2, half.offered());
        assertEquals(1, half.answered());
        assertEquals(1, half.abandoned());
        assertEquals(OptionalDouble.of(100.0), half.percent());
        assertEquals(2, board.slots().get(at("12:00:00")).offered());
        assertEquals(0, board.slots().get(at("06:00:00")).offered());
    }

    @Test
    @DisplayName("SUP-10: each waiting customer with its place and the instants its colour changes")
    void theQueue() {
        CampaignBoard board = board();

        CampaignBoard.Waiting eva = board.queue().listed().get(0);
        assertEquals(1, eva.position());
        assertEquals("eva@example.com", eva.email());
        assertEquals(at("12:05:20.001"), eva.yellowAt(), "past the service level threshold");
        assertEquals(at("12:06:00.001"), eva.redAt(), "past dropout");
        assertEquals(at("12:05:00"), board.queue().longestSince());
        assertEquals(4, board.active());
        assertEquals(List.of(1L, 2L), board.members());
    }

    @Test
    @DisplayName("SUP-10: a long queue lists its first 50 and says how long it is")
    void aLongQueue() {
        List<CampaignBoard.Queued> queued = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> queued.add(new CampaignBoard.Queued(i, "C" + i, null, NOW.minusSeconds(60 - i))));

        CampaignBoard board = CampaignBoard.of(SALES, NOW, List.of(), queued, 60, 0, List.of());

        assertEquals(60, board.queue().total());
        assertEquals(CampaignBoard.LISTED, board.queue().listed().size());
        assertEquals(50, board.queue().listed().get(49).position());
    }

    @Test
    void nobodyWaiting() {
        assertNull(CampaignBoard.of(SALES, NOW, List.of(), List.of(), 0, 0, List.of()).queue().longestSince());
    }
}
