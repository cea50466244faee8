package org.webchat.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.campaign.Membership;

/**
 * The members page of the administration (ADM-11): campaigns and agents chosen several at a time, Add or Remove,
 * the Members column, and each member's penalty for the {@code wrandom} delivery order.
 */
@Named("membersEditor")
@ViewScoped
public class MembersEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Membership membership;

    private List<Membership.CampaignMembers> campaigns;
    private List<Membership.Agent> agents;
    private List<Long> chosenCampaigns = new ArrayList<>();
    private List<Long> chosenAgents = new ArrayList<>();
    /** Penalties as typed, by "campaignId:agentId". */
    private Map<String, String> penalties = new HashMap<>();
    private Map<String, String> errors = new HashMap<>();

    @PostConstruct
    void init() {
        reload();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    private void reload() {
        campaigns = membership.campaigns(login());
        agents = membership.agents(login());
        penalties = new HashMap<>();
        campaigns.forEach(c -> c.members().forEach(m -> penalties.put(key(c.campaignId(), m.agentId()), String.valueOf(m.penalty()))));
        errors = new HashMap<>();
    }

    /** The key of a member's penalty in {@link #getPenalties()}. */
    public String penaltyKey(long campaignId, long agentId) {
        return key(campaignId, agentId);
    }

    private static String key(long campaignId, long agentId) {
        return campaignId + ":" + agentId;
    }

    public void add() {
        change(true);
    }

    public void remove() {
        change(false);
    }

    private void change(boolean adding) {
        if (chosenCampaigns.isEmpty() || chosenAgents.isEmpty()) {
            AdminTexts.say(FacesMessage.SEVERITY_WARN, "admin.members.chooseBoth");
            return;
        }
        int changed = adding ? membership.add(login(), chosenCampaigns, chosenAgents)
                : membership.remove(login(), chosenCampaigns, chosenAgents);
        AdminTexts.say(FacesMessage.SEVERITY_INFO, adding ? "admin.members.added" : "admin.members.removed", changed);
        reload();
    }

    public void savePenalties() {
        Map<String, String> found = new HashMap<>();
        for (Membership.CampaignMembers campaign : campaigns) {
            for (Membership.Member member : campaign.members()) {
                String key = key(campaign.campaignId(), member.agentId());
                Optional<String> problem = membership.penalty(login(), campaign.campaignId(), member.agentId(), penalties.get(key));
                problem.ifPresent(p -> found.put(key, AdminTexts.text(p)));
            }
        }
        if (found.isEmpty()) {
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "admin.members.penaltiesSaved");
            reload();
        } else {
            errors = found;
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "admin.refused", found.size());
        }
    }

    public List<Membership.CampaignMembers> getCampaigns() {
        return campaigns;
    }

    public List<Membership.Agent> getAgents() {
        return agents;
    }

    public List<Long> getChosenCampaigns() {
        return chosenCampaigns;
    }

    public void setChosenCampaigns(List<Long> chosenCampaigns) {
        this.chosenCampaigns = chosenCampaigns == null ? new ArrayList<>() : new ArrayList<>(chosenCampaigns);
    }

    public List<Long> getChosenAgents() {
        return chosenAgents;
    }

    public void setChosenAgents(List<Long> chosenAgents) {
        this.chosenAgents = chosenAgents == null ? new ArrayList<>() : new ArrayList<>(chosenAgents);
    }

    public Map<String, String> getPenalties() {
        return penalties;
    }

    public String penaltyError(long campaignId, long agentId) {
        return errors.get(key(campaignId, agentId));
    }
}
