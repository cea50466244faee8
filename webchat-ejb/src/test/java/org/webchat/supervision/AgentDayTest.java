package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SUP-13: the agent's day in the Info window, its states cut to the day and its figures. */
class AgentDayTest {

    private static final Instant DAY = Instant.parse("2026-03-02T03:00:00Z"); // midnight in Buenos Aires
    private static final Instant NOW = DAY.plus(Duration.ofHours(10));

    private static AgentDay.StatePeriod period(String state, Instant from, Instant to) {
        return new AgentDay.StatePeriod(state, null, from, to, null);
    }

    @Test
    @DisplayName("a period that ended before the day is left out, one that began before it starts at midnight")
    void statesAreCutToTheDay() {
        AgentDay day = AgentDay.of(DAY, NOW, List.of(
                period("AVAILABLE", DAY.minusSeconds(7200), DAY.minusSeconds(3600)),
                period("LOGGED_OUT", DAY.minusSeconds(3600), DAY.plusSeconds(600)),
                new AgentDay.StatePeriod("ON_BREAK", "Lunch", DAY.plusSeconds(1200), null, "Sara"),
                period("AVAILABLE", DAY.plusSeconds(600), DAY.plusSeconds(1200))), List.of());

        assertEquals(List.of(period("LOGGED_OUT", DAY, DAY.plusSeconds(600)),
                period("AVAILABLE", DAY.plusSeconds(600), DAY.plusSeconds(1200)),
                new AgentDay.StatePeriod("ON_BREAK", "Lunch", DAY.plusSeconds(1200), null, "Sara")), day.states(),
                "oldest first; the current one has no end and names the supervisor who paused the agent (SUP-14)");
    }

    @Test
    @DisplayName("a period ending exactly at midnight belongs to the day before")
    void aPeriodEndingAtMidnightIsYesterdays() {
        assertEquals(List.of(), AgentDay.of(DAY, NOW, List.of(period("AVAILABLE", DAY.minusSeconds(60), DAY)), List.of())
                .states());
    }

    @Test
    @DisplayName("completed counts the chats ended within the day; the average runs from taken to ended")
    void figuresOfTheDay() {
        AgentDay day = AgentDay.of(DAY, NOW, List.of(), List.of(
                new AgentDay.ChatSpan(DAY.minusSeconds(300), DAY.minusSeconds(1)), // ended yesterday
                new AgentDay.ChatSpan(DAY.minusSeconds(60), DAY.plusSeconds(60)), // began yesterday: 120 s
                new AgentDay.ChatSpan(DAY.plusSeconds(1000), DAY.plusSeconds(1300)), // 300 s
                new AgentDay.ChatSpan(null, DAY.plusSeconds(2000)))); // taken at an unknown time: counted, not timed

        assertEquals(3, day.completed());
        assertEquals(Duration.ofSeconds(210), day.averageChatTime());
    }

    @Test
    @DisplayName("without a completed chat there is no average")
    void noAverageWithoutChats() {
        AgentDay day = AgentDay.of(DAY, NOW, List.of(), List.of());
        assertEquals(0, day.completed());
        assertNull(day.averageChatTime());
    }
}
