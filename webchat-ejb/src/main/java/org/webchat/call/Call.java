package org.webchat.call;

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
import java.time.Instant;
import java.util.Objects;
import org.webchat.interaction.Interaction;

/** An audio or video call placed by the customer during an interaction (AV-01..03). */
@Entity
@Table(name = "av_call")
public class Call {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, updatable = false)
    private Interaction interaction;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private CallKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CallState state;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Call() {
    }

    public Call(Interaction interaction, CallKind kind, Instant requestedAt) {
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.state = CallState.REQUESTED;
    }

    /** The agent accepted (AV-03). */
    public void answer(Instant now) {
        requireState(CallState.REQUESTED);
        state = CallState.ACTIVE;
        answeredAt = now;
    }

    public void reject(Instant now) {
        requireState(CallState.REQUESTED);
        state = CallState.REJECTED;
        endedAt = now;
    }

    /** Ends the call: an active one is ENDED, an unanswered one MISSED. */
    public void hangUp(Instant now) {
        if (state == CallState.ACTIVE) {
            state = CallState.ENDED;
        } else {
            requireState(CallState.REQUESTED);
            state = CallState.MISSED;
        }
        endedAt = now;
    }

    private void requireState(CallState expected) {
        if (state != expected) {
            throw new IllegalStateException("call " + id + " is " + state + ", expected " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public CallKind getKind() {
        return kind;
    }

    public CallState getState() {
        return state;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
