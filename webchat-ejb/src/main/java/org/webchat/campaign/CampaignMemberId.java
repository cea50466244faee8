package org.webchat.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Key of a {@link CampaignMember}: the campaign and the agent. */
@Embeddable
public class CampaignMemberId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "user_id")
    private Long userId;

    protected CampaignMemberId() {
    }

    public CampaignMemberId(Long campaignId, Long userId) {
        this.campaignId = campaignId;
        this.userId = userId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getUserId() {
        return userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CampaignMemberId that
                && Objects.equals(campaignId, that.campaignId)
                && Objects.equals(userId, that.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(campaignId, userId);
    }
}
