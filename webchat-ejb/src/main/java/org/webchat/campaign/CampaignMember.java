package org.webchat.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Objects;
import org.webchat.agent.User;

/**
 * An agent that attends a campaign (ADM-11, SUP-04), with its penalty 0-100 for the weighted
 * random delivery order (a higher penalty gets fewer, STR-06) and the time of its last assignment
 * in this campaign (used by round robin with memory and least recent).
 */
@Entity
@Table(name = "campaign_member")
public class CampaignMember {

    public static final int MIN_PENALTY = 0;
    public static final int MAX_PENALTY = 100;

    @EmbeddedId
    private CampaignMemberId id = new CampaignMemberId();

    @MapsId("campaignId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @MapsId("userId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Min(MIN_PENALTY)
    @Max(MAX_PENALTY)
    @Column(name = "penalty", nullable = false)
    private int penalty;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    protected CampaignMember() {
    }

    CampaignMember(Campaign campaign, User user, int penalty) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.user = Objects.requireNonNull(user, "user");
        this.id = new CampaignMemberId(campaign.getId(), user.getId());
        setPenalty(penalty);
    }

    public void setPenalty(int penalty) {
        if (penalty < MIN_PENALTY || penalty > MAX_PENALTY) {
            throw new IllegalArgumentException("a penalty lies between " + MIN_PENALTY + " and " + MAX_PENALTY + ", was " + penalty);
        }
        this.penalty = penalty;
    }

    /** Records that the routing engine assigned this member an interaction of the campaign. */
    public void recordAssignment(Instant at) {
        this.lastAssignedAt = Objects.requireNonNull(at, "at");
    }

    public CampaignMemberId getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public User getUser() {
        return user;
    }

    public int getPenalty() {
        return penalty;
    }

    public Instant getLastAssignedAt() {
        return lastAssignedAt;
    }
}
