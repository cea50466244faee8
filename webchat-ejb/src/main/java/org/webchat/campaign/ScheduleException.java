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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date on which the weekly schedule does not apply (ADM-06 reading: holidays): the campaign is
 * closed all day, or open only from {@code fromTime} to {@code toTime}.
 */
@Entity
@Table(name = "campaign_schedule_exception")
public class ScheduleException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @NotNull
    @Column(name = "exception_date", nullable = false)
    private LocalDate date;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @Column(name = "from_time")
    private LocalTime fromTime;

    @Column(name = "to_time")
    private LocalTime toTime;

    @Size(max = 200)
    @Column(name = "description", length = 200)
    private String description;

    protected ScheduleException() {
    }

    /** A day closed all day. */
    ScheduleException(Campaign campaign, LocalDate date, String description) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.date = Objects.requireNonNull(date, "date");
        this.closed = true;
        this.description = description;
    }

    /** A day open only between the given times. */
    ScheduleException(Campaign campaign, LocalDate date, LocalTime fromTime, LocalTime toTime, String description) {
        this(campaign, date, description);
        Objects.requireNonNull(fromTime, "fromTime");
        Objects.requireNonNull(toTime, "toTime");
        if (!fromTime.isBefore(toTime)) {
            throw new IllegalArgumentException("special hours must start before they end: " + fromTime + "-" + toTime);
        }
        this.closed = false;
        this.fromTime = fromTime;
        this.toTime = toTime;
    }

    /** Whether agents attend at this time of this exception's date. */
    public boolean covers(LocalTime time) {
        return !closed && !time.isBefore(fromTime) && time.isBefore(toTime);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isClosed() {
        return closed;
    }

    public LocalTime getFromTime() {
        return fromTime;
    }

    public LocalTime getToTime() {
        return toTime;
    }

    public String getDescription() {
        return description;
    }
}
