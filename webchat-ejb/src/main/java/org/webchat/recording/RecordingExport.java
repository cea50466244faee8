package org.webchat.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.webchat.agent.User;

/**
 * A search of Recordings being exported as one PDF by the batch job {@code recordings-export} (REC-02): whose it is,
 * its search, how far the job got, and the file, offered to its owner only until it expires.
 */
@Entity
@Table(name = "recording_export")
public class RecordingExport {

    /** Where an export stands. */
    public enum State {
        QUEUED, RUNNING, COMPLETED, FAILED, STOPPED, EXPIRED;

        public boolean isOver() {
            return this != QUEUED && this != RUNNING;
        }
    }

    /** How long a finished export's file is offered. */
    public static final Duration KEPT = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private User owner;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state = State.QUEUED;

    @Column(name = "criteria", nullable = false, length = 4000, updatable = false)
    private String criteria;

    @Column(name = "language", nullable = false, length = 5, updatable = false)
    private String language;

    @Column(name = "total", nullable = false)
    private long total;

    @Column(name = "done", nullable = false)
    private long done;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "error", length = 500)
    private String error;

    /** The node whose job writes it (issue 17): once that node's lease lapsed, another takes it over. */
    @Column(name = "node", length = 120)
    private String node;

    protected RecordingExport() {
    }

    public RecordingExport(User owner, RecordingCriteria criteria, String language, long total, Instant now,
                           String node) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.node = Objects.requireNonNull(node, "node");
        this.criteria = criteria.write();
        this.language = Objects.requireNonNull(language, "language");
        this.total = total;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    void started(long executionId, Instant now) {
        this.jobExecutionId = executionId;
        if (startedAt == null) {
            startedAt = now;
        }
        // The job may have ended before its start was recorded (one short conversation on a busy server).
        if (state == State.QUEUED) {
            state = State.RUNNING;
        }
    }

    /** Taken over by {@code by}, whose job starts it again from the beginning when {@code anew}. */
    void takenOver(String by, boolean anew) {
        node = by;
        if (anew) {
            done = 0;
        }
    }

    void progressed(long written) {
        done = Math.min(total, done + written);
    }

    void completed(long size, Instant now) {
        state = State.COMPLETED;
        done = total;
        sizeBytes = size;
        finishedAt = now;
        expiresAt = now.plus(KEPT);
    }

    void ended(State how, String why, Instant now) {
        state = how;
        error = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
        finishedAt = now;
    }

    void expired() {
        state = State.EXPIRED;
    }

    /** How long the rest should take at the pace so far; empty before the first chunk or once over. */
    public Optional<Duration> timeLeft(Instant now) {
        if (state != State.RUNNING || startedAt == null || done == 0 || done >= total) {
            return Optional.empty();
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return Optional.of(Duration.ofMillis(elapsed * (total - done) / done));
    }

    public Long getId() {
        return id;
    }

    public User getOwner() {
        return owner;
    }

    public String getNode() {
        return node;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public State getState() {
        return state;
    }

    public RecordingCriteria getCriteria() {
        return RecordingCriteria.read(criteria);
    }

    public String getLanguage() {
        return language;
    }

    public long getTotal() {
        return total;
    }

    public long getDone() {
        return done;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getError() {
        return error;
    }
}
