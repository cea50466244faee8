package org.webchat.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a campaign attends at an instant (ADM-06): its schedule read in the campaign's time zone.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>The instant is turned into the local date and wall-clock time of {@link Campaign#zoneId()}.
 *     Daylight saving is handled by that conversion: an entry 09:00-17:00 opens at 09:00 local time
 *     in summer and in winter alike, whatever the offset to UTC.</li>
 * <li>If that date has {@link ScheduleException date exceptions}, they replace the weekly schedule
 *     for the whole date: a closed day is closed all day (a closed day wins over special hours given
 *     for the same date); otherwise the campaign is open inside any of that date's special hours.</li>
 * <li>Otherwise the campaign is open when a weekly {@link ScheduleEntry} covers the local day of week
 *     and time (from inclusive, to exclusive, a to-time of 00:00 being the end of the day).</li>
 * <li>A campaign with no weekly entries and no special hours is <b>closed</b>: an empty schedule
 *     means nobody has said when agents attend, and telling customers "out of hours" (with the
 *     offline message when MSG-05 is on) loses nothing, while admitting them to a queue nobody
 *     watches would.</li>
 * </ol>
 *
 * <p>An overnight shift is two entries (22:00-00:00 on Monday and 00:00-06:00 on Tuesday); each half
 * belongs to its own date, so a closed Tuesday closes the morning half and leaves Monday night open.
 *
 * <p>A snapshot of the campaign's entries and exceptions when built (cheap: build one per decision);
 * each entry's own {@code covers} rule decides its hours, so the rule lives with the entry.
 */
public final class OpeningHours {

    /** The local start of an open span on one date. */
    private record LocalSpan(LocalDate date, LocalTime from) {
    }

    private final ZoneId zone;
    private final List<ScheduleEntry> weekly;
    private final List<ScheduleException> exceptions;

    private OpeningHours(ZoneId zone, List<ScheduleEntry> weekly, List<ScheduleException> exceptions) {
        this.zone = zone;
        this.weekly = weekly;
        this.exceptions = exceptions;
    }

    /** The opening hours of a campaign, read from its schedule entries and date exceptions. */
    public static OpeningHours of(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return new OpeningHours(campaign.zoneId(), List.copyOf(campaign.getScheduleEntries()),
                List.copyOf(campaign.getScheduleExceptions()));
    }

    /** The zone the schedule is read in. */
    public ZoneId zone() {
        return zone;
    }

    /** Whether agents attend at this instant (ADM-06). */
    public boolean isOpenAt(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        List<ScheduleException> ofDate = exceptionsOn(date);
        if (!ofDate.isEmpty()) {
            return ofDate.stream().noneMatch(ScheduleException::isClosed)
                    && ofDate.stream().anyMatch(e -> e.covers(time));
        }
        DayOfWeek day = date.getDayOfWeek();
        return weekly.stream().anyMatch(e -> e.covers(day, time));
    }

    /**
     * When a customer may come back: {@code instant} itself when open then, else the first later
     * instant at which the campaign opens; empty when it never opens again (no weekly entries and no
     * special hours ahead).
     */
    public Optional<Instant> nextOpening(Instant instant) {
        if (isOpenAt(instant)) {
            return Optional.of(instant);
        }
        LocalDate today = LocalDateTime.ofInstant(instant, zone).toLocalDate();
        // After the last exception the weekly schedule repeats, so a week past it is far enough.
        LocalDate last = exceptions.stream().map(ScheduleException::getDate).filter(today::isBefore)
                .max(LocalDate::compareTo).orElse(today).plusDays(8);
        for (LocalDate date = today; !date.isAfter(last); date = date.plusDays(1)) {
            Optional<Instant> found = startsOn(date).stream()
                    .map(this::instantOf)
                    .filter(instant::isBefore)
                    .filter(this::isOpenAt)
                    .min(Instant::compareTo);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private List<ScheduleException> exceptionsOn(LocalDate date) {
        return exceptions.stream().filter(e -> e.getDate().equals(date)).toList();
    }

    /** The local times at which the schedule of this date opens a span. */
    private List<LocalSpan> startsOn(LocalDate date) {
        List<ScheduleException> ofDate = exceptionsOn(date);
        if (!ofDate.isEmpty()) {
            if (ofDate.stream().anyMatch(ScheduleException::isClosed)) {
                return List.of();
            }
            return ofDate.stream().map(e -> new LocalSpan(date, e.getFromTime())).toList();
        }
        DayOfWeek day = date.getDayOfWeek();
        return weekly.stream().filter(e -> e.getDays().contains(day)).map(e -> new LocalSpan(date, e.getFromTime())).toList();
    }

    /** The instant a local start happens; a start inside a spring-forward gap happens when the gap ends. */
    private Instant instantOf(LocalSpan span) {
        LocalDateTime local = LocalDateTime.of(span.date(), span.from());
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }
}
