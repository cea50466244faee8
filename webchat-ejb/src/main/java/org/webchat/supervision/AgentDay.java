package org.webchat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An agent's day as the supervisor's Info window shows it (SUP-13): its states since the day began, each cut to the
 * day, and its figures: the chats it completed and their average chat time (from being taken to the end).
 *
 * @param states          the state periods that overlap the day, oldest first; the current one has no end
 * @param completed       the chats the agent ended (or that ended while it attended them) within the day
 * @param averageChatTime their mean chat time, null when it completed none
 */
public record AgentDay(List<StatePeriod> states, int completed, Duration averageChatTime) {

    /**
     * One period in a state ({@code AgentState} name), with the break's name on a break, and the supervisor who caused
     * it (a pause, SUP-14, or a log-out, SUP-15; null: the agent); {@code to} null while it lasts.
     */
    public record StatePeriod(String state, String breakName, Instant from, Instant to, String changedBy) {
    }

    /** A completed chat: taken at {@code assignedAt} (null when unknown), ended at {@code endedAt}. */
    public record ChatSpan(Instant assignedAt, Instant endedAt) {
    }

    /**
     * The day that began at {@code dayStart} (in the supervisor's time zone), seen at {@code now}: periods that ended
     * before it are left out and one that began before it starts at {@code dayStart}; chats count when they ended
     * within [dayStart, now].
     */
    public static AgentDay of(Instant dayStart, Instant now, List<StatePeriod> periods, List<ChatSpan> chats) {
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(now, "now");
        List<StatePeriod> states = periods.stream()
                .filter(p -> (p.to() == null || p.to().isAfter(dayStart)) && !p.from().isAfter(now))
                .map(p -> p.from().isBefore(dayStart)
                        ? new StatePeriod(p.state(), p.breakName(), dayStart, p.to(), p.changedBy()) : p)
                .sorted(Comparator.comparing(StatePeriod::from))
                .toList();
        List<ChatSpan> completed = chats.stream()
                .filter(c -> c.endedAt() != null && !c.endedAt().isBefore(dayStart) && !c.endedAt().isAfter(now))
                .toList();
        List<Duration> timed = completed.stream().filter(c -> c.assignedAt() != null && !c.assignedAt().isAfter(c.endedAt()))
                .map(c -> Duration.between(c.assignedAt(), c.endedAt())).toList();
        Duration average = timed.isEmpty() ? null
                : timed.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(timed.size());
        return new AgentDay(states, completed.size(), average);
    }
}
