package org.webchat.campaign;

/** One line of a campaign list: what the consoles show before a campaign is opened. */
public record CampaignSummary(Long id, String name, String strategy, boolean enabled, int members) {

    static CampaignSummary of(Campaign campaign) {
        return new CampaignSummary(campaign.getId(), campaign.getName(), campaign.getStrategy().code(),
                campaign.isEnabled(), campaign.getMembers().size());
    }
}
