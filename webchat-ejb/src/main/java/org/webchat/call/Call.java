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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.webchat.agent.User;
import org.webchat.interaction.Interaction;

/**
 * An audio or video call of a chat between its customer and its agent (AV-01..03, AGT-04), from its ring to its
 * end. Each side's endpoint is the socket that carries its signalling: the caller's from the ring, the callee's from
 * its answer.
 */
@Entity
@Table(name = "call")
public class Call {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, updatable = false)
    private Interaction interaction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id", updatable = false)
    private User agent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private CallKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "started_by", nullable = false, length = 10, updatable = false)
    private CallSide startedBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private CallState state;

    @NotNull
    @Column(name = "rang_at", nullable = false, updatable = false)
    private Instant rangAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private CallEnd endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by", length = 10)
    private CallSide endedBy;

    @Column(name = "customer_endpoint", length = 64)
    private String customerEndpoint;

    @Column(name = "agent_endpoint", length = 64)
    private String agentEndpoint;

    /** The node holding each side's endpoint (NodeLease's key): a call whose node died is over (V25). */
    @Column(name = "customer_node", length = 120)
    private String customerNode;

    @Column(name = "agent_node", length = 120)
    private String agentNode;

    protected Call() {
    }

    public Call(Interaction interaction, User agent, CallKind kind, CallSide startedBy, Instant rangAt) {
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.agent = agent;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.rangAt = Objects.requireNonNull(rangAt, "rangAt");
        this.state = CallState.RINGING;
    }

    /** The caller's endpoint, on {@code node}, from the ring on. */
    public Call from(String endpoint, String node) {
        bind(startedBy, endpoint, node);
        return this;
    }

    /** The side called answered on {@code endpoint}, on {@code node} (AV-03). */
    public void answer(String endpoint, String node, Instant now) {
        requireState(CallState.RINGING);
        bind(startedBy.other(), endpoint, node);
        state = CallState.ACTIVE;
        answeredAt = now;
    }

    /** Ends the call, once: false when it had ended already. */
    public boolean end(CallEnd reason, CallSide by, Instant now) {
        if (state == CallState.ENDED) {
            return false;
        }
        state = CallState.ENDED;
        endReason = Objects.requireNonNull(reason, "reason");
        endedBy = by;
        endedAt = now;
        return true;
    }

    private void bind(CallSide side, String endpoint, String node) {
        Objects.requireNonNull(node, "node");
        if (side == CallSide.CUSTOMER) {
            customerEndpoint = endpoint;
            customerNode = node;
        } else {
            agentEndpoint = endpoint;
            agentNode = node;
        }
    }

    private void requireState(CallState expected) {
        if (state != expected) {
            throw new IllegalStateException("call " + id + " is " + state + ", expected " + expected);
        }
    }

    /** The socket carrying {@code side}'s signalling; null until that side has one. */
    public String endpoint(CallSide side) {
        return side == CallSide.CUSTOMER ? customerEndpoint : agentEndpoint;
    }

    /** From the answer to the end (or to {@code now} while up); empty for a call never answered. */
    public Optional<Duration> duration(Instant now) {
        return Optional.ofNullable(answeredAt).map(a -> Duration.between(a, endedAt != null ? endedAt : now));
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public Optional<User> getAgent() {
        return Optional.ofNullable(agent);
    }

    public CallKind getKind() {
        return kind;
    }

    public CallSide getStartedBy() {
        return startedBy;
    }

    public CallState getState() {
        return state;
    }

    public Instant getRangAt() {
        return rangAt;
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<CallEnd> getEndReason() {
        return Optional.ofNullable(endReason);
    }

    public Optional<CallSide> getEndedBy() {
        return Optional.ofNullable(endedBy);
    }
}
