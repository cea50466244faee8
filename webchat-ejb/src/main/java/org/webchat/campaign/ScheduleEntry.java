package org.webchat.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a campaign's weekly schedule (ADM-06): on the given days, agents attend from
 * {@code fromTime} (inclusive) to {@code toTime} (exclusive), in the campaign's time zone. A
 * {@code toTime} of 00:00 means midnight at the end of the day, so 00:00-00:00 is the whole day.
 * A shift past midnight is written as two entries.
 */
@Entity
@Table(name = "campaign_schedule_entry")
public class ScheduleEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    /** See {@link WeekDays} for the stored form. */
    @NotNull
    @Size(min = 3, max = 27)
    @Column(name = "days", nullable = false, length = 27)
    private String days;

    @NotNull
    @Column(name = "from_time", nullable = false)
    private LocalTime fromTime;

    @NotNull
    @Column(name = "to_time", nullable = false)
    private LocalTime toTime;

    protected ScheduleEntry() {
    }

    ScheduleEntry(Campaign campaign, Set<DayOfWeek> days, LocalTime fromTime, LocalTime toTime) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        change(days, fromTime, toTime);
    }

    /** Replaces the days and hours of this entry. */
    public void change(Set<DayOfWeek> days, LocalTime fromTime, LocalTime toTime) {
        Objects.requireNonNull(fromTime, "fromTime");
        Objects.requireNonNull(toTime, "toTime");
        if (!toTime.equals(LocalTime.MIDNIGHT) && !fromTime.isBefore(toTime)) {
            throw new IllegalArgumentException("a schedule entry must start before it ends: " + fromTime + "-" + toTime);
        }
        this.days = WeekDays.format(days);
        this.fromTime = fromTime;
        this.toTime = toTime;
    }

    /** Whether agents attend at this local day and time according to this entry. */
    public boolean covers(DayOfWeek day, LocalTime time) {
        return getDays().contains(day) && !time.isBefore(fromTime)
                && (toTime.equals(LocalTime.MIDNIGHT) || time.isBefore(toTime));
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Set<DayOfWeek> getDays() {
        return WeekDays.parse(days);
    }

    public LocalTime getFromTime() {
        return fromTime;
    }

    public LocalTime getToTime() {
        return toTime;
    }
}
