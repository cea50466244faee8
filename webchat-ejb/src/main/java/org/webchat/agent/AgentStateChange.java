package org.webchat.agent;

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
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One period of an agent in one presence state (AGT-07, SUP-03, SUP-07). The period without an
 * end is the agent's current state. A supervisor's pause or forced logout names the supervisor
 * (SUP-14, SUP-15).
 */
@Entity
@Table(name = "agent_state_change")
public class AgentStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AgentState state;

    /** The break taken, only in state {@link AgentState#ON_BREAK}; null for a supervisor's pause. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "break_type_id")
    private BreakType breakType;

    @NotNull
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The supervisor who caused the change, or null when the agent did it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by_user_id")
    private User changedBy;

    protected AgentStateChange() {
    }

    public AgentStateChange(User user, AgentState state, BreakType breakType, Instant startedAt, User changedBy) {
        if (breakType != null && state != AgentState.ON_BREAK) {
            throw new IllegalArgumentException("a break type goes only with state ON_BREAK, not " + state);
        }
        this.user = Objects.requireNonNull(user, "user");
        this.state = Objects.requireNonNull(state, "state");
        this.breakType = breakType;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.changedBy = changedBy;
    }

    /** Closes this period; the agent's next state starts at the same instant. */
    public void end(Instant at) {
        if (endedAt != null) {
            throw new IllegalStateException("state period already ended");
        }
        if (at.isBefore(startedAt)) {
            throw new IllegalArgumentException("a state period cannot end before it starts");
        }
        this.endedAt = at;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    /** How long the agent has been (or was) in this state, measured up to {@code now} while current. */
    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public AgentState getState() {
        return state;
    }

    public Optional<BreakType> getBreakType() {
        return Optional.ofNullable(breakType);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Optional<User> getChangedBy() {
        return Optional.ofNullable(changedBy);
    }
}
