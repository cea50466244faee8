package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.Thresholds;

/** What a dashboard adds up over the campaigns it watches. */
class BoardTest {

    private static final Instant NOW = Instant.parse("2025-03-03T12:10:00Z");
    private static final Thresholds THRESHOLDS = new Thresholds();

    private static CampaignBoard campaign(long id, int serviceLevel, List<InteractionFacts> facts,
                                          List<CampaignBoard.Queued> queued, int active) {
        return CampaignBoard.of(new CampaignBoard.Settings(id, "C" + id, ZoneId.of("UTC"), Duration.ofSeconds(serviceLevel),
                THRESHOLDS), NOW, facts, queued, queued.size(), active, List.of());
    }

    @Test
    @DisplayName("SUP-16: the campaigns' figures, queues and quarters add up; agents are counted by state")
    void campaignsAddUp() {
        Instant t = Instant.parse("2025-03-03T12:00:00Z");
        CampaignBoard first = campaign(1, 20, List.of(InteractionFacts.answered(t, t.plusSeconds(30))),
                List.of(new CampaignBoard.Queued(5, "Eva", null, t.plusSeconds(60))), 2);
        CampaignBoard second = campaign(2, 60, List.of(InteractionFacts.answered(t, t.plusSeconds(30)),
                InteractionFacts.abandoned(t.minusSeconds(3600), t.minusSeconds(3500))),
                List.of(new CampaignBoard.Queued(6, "Flor", null, t.plusSeconds(30))), 1);
        AgentRow.Agent ana = new AgentRow.Agent(1, "Ana", "ana", 9L);
        AgentRow free = AgentRow.of(ana, AgentStatusTest.presence(1, false, false, false), null,
                new AgentRow.Work(List.of(), null, 0, List.of(), null, null, null));
        AgentRow gone = AgentRow.of(ana, null, null, new AgentRow.Work(List.of(), null, 0, List.of(), null, null, null));

        Board board = Board.of(List.of(first, second), List.of(free, gone, gone));

        assertEquals(3, board.today().offered());
        assertEquals(OptionalDouble.of(50.0), board.today().percent(), "30 s is late for the first, in time for the second");
        assertEquals(2, board.recent().offered());
        assertEquals(2, board.waiting());
        assertEquals(t.plusSeconds(30), board.longestSince());
        assertEquals(3, board.active());
        assertEquals(2, board.slots().get(t).offered());
        assertEquals(1, board.slots().get(t.minusSeconds(3600)).abandoned());
        assertEquals(1, board.agents().get(AgentStatus.FREE));
        assertEquals(2, board.agents().get(AgentStatus.DISCONNECTED));
        assertEquals(0, board.agents().get(AgentStatus.BUSY_IN_BREAK));
    }
}
