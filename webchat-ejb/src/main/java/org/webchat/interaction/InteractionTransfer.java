package org.webchat.interaction;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;

/**
 * An agent's request to hand an interaction to another agent or campaign (AGT-08). It is pending
 * until accepted or returned; an untaken transfer returns to the agent after the campaign's max
 * transfer time (0 = no limit).
 */
@Entity
@Table(name = "interaction_transfer")
public class InteractionTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, updatable = false)
    private Interaction interaction;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_agent_id", nullable = false, updatable = false)
    private User fromAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_agent_id", updatable = false)
    private User toAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_campaign_id", updatable = false)
    private Campaign toCampaign;

    /** The campaign the interaction was in when the transfer was asked for; it returns there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_campaign_id", updatable = false)
    private Campaign fromCampaign;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    /** What the agent who asked tells the one who takes the chat (issue 11, point 17); null: nothing. */
    @Size(max = NOTE_MAX)
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    /** The longest note a transfer carries. */
    public static final int NOTE_MAX = 500;

    protected InteractionTransfer() {
    }

    public InteractionTransfer(Interaction interaction, User fromAgent, User toAgent, Campaign toCampaign,
                               Instant requestedAt) {
        this(interaction, fromAgent, toAgent, toCampaign, null, requestedAt);
    }

    public InteractionTransfer(Interaction interaction, User fromAgent, User toAgent, Campaign toCampaign,
                               String note, Instant requestedAt) {
        if (toAgent == null && toCampaign == null) {
            throw new IllegalArgumentException("a transfer goes to an agent or to a campaign");
        }
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.fromAgent = Objects.requireNonNull(fromAgent, "fromAgent");
        this.toAgent = toAgent;
        this.toCampaign = toCampaign;
        this.fromCampaign = interaction.getCampaign();
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("a transfer note has at most " + NOTE_MAX + " characters");
        }
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    public boolean isPending() {
        return acceptedAt == null && returnedAt == null;
    }

    public void accept(Instant now) {
        requirePending();
        acceptedAt = now;
    }

    /** The transfer was not taken in time (or was refused): the interaction goes back to its agent. */
    public void returnToAgent(Instant now) {
        requirePending();
        returnedAt = now;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new IllegalStateException("transfer " + id + " is already settled");
        }
    }

    /** When a pending transfer returns to its agent: after its campaign's max transfer time, never when that is 0. */
    public Optional<Instant> returnsAt() {
        int maxTransferSeconds = fromCampaign.getMaxTransferSeconds();
        return maxTransferSeconds <= 0 ? Optional.empty()
                : Optional.of(requestedAt.plus(Duration.ofSeconds(maxTransferSeconds)));
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public User getFromAgent() {
        return fromAgent;
    }

    public Optional<User> getToAgent() {
        return Optional.ofNullable(toAgent);
    }

    public Optional<Campaign> getToCampaign() {
        return Optional.ofNullable(toCampaign);
    }

    public Campaign getFromCampaign() {
        return fromCampaign;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Optional<String> getNote() {
        return Optional.ofNullable(note);
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }
}
