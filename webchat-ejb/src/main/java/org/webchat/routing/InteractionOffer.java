package org.webchat.routing;

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
import java.util.Optional;
import org.webchat.agent.User;
import org.webchat.interaction.Interaction;

/**
 * One ringall offer (STR-04): an interaction ringing at one agent until the agent takes or declines it, it
 * lapses, or it is withdrawn. Only the routing engine writes offers.
 */
@Entity
@Table(name = "interaction_offer")
public class InteractionOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, updatable = false)
    private Interaction interaction;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false, updatable = false)
    private User agent;

    @NotNull
    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    @NotNull
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private OfferOutcome outcome;

    protected InteractionOffer() {
    }

    public InteractionOffer(Interaction interaction, User agent, Instant offeredAt, Instant expiresAt) {
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.agent = Objects.requireNonNull(agent, "agent");
        this.offeredAt = Objects.requireNonNull(offeredAt, "offeredAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(offeredAt)) {
            throw new IllegalArgumentException("an offer expires after it is made");
        }
    }

    public boolean isOpen() {
        return outcome == null;
    }

    /** Whether the offer has rung its whole time at {@code now}. */
    public boolean hasLapsed(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void close(OfferOutcome how, Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException("offer " + id + " closed already as " + outcome);
        }
        outcome = Objects.requireNonNull(how, "how");
        closedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public User getAgent() {
        return agent;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<OfferOutcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }
}
