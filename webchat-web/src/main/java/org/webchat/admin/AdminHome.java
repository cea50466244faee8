package org.webchat.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.webchat.campaign.CampaignService;
import org.webchat.campaign.CampaignSummary;

/** The administration landing page: the campaigns of the administrator's security group (ADM-02). */
@Named("adminHome")
@RequestScoped
public class AdminHome {

    @Inject
    SecurityContext securityContext;

    @Inject
    CampaignService campaigns;

    private List<CampaignSummary> visible;

    public List<CampaignSummary> getCampaigns() {
        if (visible == null) {
            visible = campaigns.visibleTo(securityContext.getCallerPrincipal().getName());
        }
        return visible;
    }
}
