package org.webchat.campaign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;

/**
 * The members of campaigns (ADM-11): an administrator puts agents of their own security group into campaigns of
 * that group, several at once, takes them out, and sets each member's penalty for the {@code wrandom} delivery
 * order. Routing reads the members at each decision, so a change applies at once.
 */
@Stateless
public class Membership {

    /** An agent as the members page offers it. */
    public record Agent(long id, String name, String login) {
    }

    /** One member of a campaign with its penalty. */
    public record Member(long agentId, String name, int penalty) {
    }

    /** A campaign with its members, by name. */
    public record CampaignMembers(long campaignId, String name, List<Member> members) {
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    CampaignRepository campaigns;

    public List<CampaignMembers> campaigns(String login) {
        return users.findByLogin(login).map(admin -> campaigns.visibleTo(admin).stream()
                .map(c -> new CampaignMembers(c.getId(), c.getName(), c.getMembers().stream()
                        .map(m -> new Member(m.getUser().getId(), m.getUser().getName(), m.getPenalty()))
                        .sorted(Comparator.comparing(Member::name)).toList()))
                .toList()).orElse(List.of());
    }

    /** The agents of the administrator's security group. */
    public List<Agent> agents(String login) {
        return users.findByLogin(login).map(this::agentsOf).orElse(List.of()).stream()
                .map(u -> new Agent(u.getId(), u.getName(), u.getLogin())).toList();
    }

    private List<User> agentsOf(User admin) {
        if (admin.getSecurityGroup() == null) {
            return List.of();
        }
        return em.createQuery("select u from User u join u.roles r where r = :agent and u.securityGroup = :group"
                        + " order by u.name", User.class)
                .setParameter("agent", Role.AGENT).setParameter("group", admin.getSecurityGroup()).getResultList();
    }

    /** Makes every chosen agent a member of every chosen campaign (penalty 0); returns how many joined. */
    public int add(String login, Collection<Long> campaignIds, Collection<Long> agentIds) {
        int joined = 0;
        for (Campaign campaign : chosenCampaigns(login, campaignIds)) {
            for (User agent : chosenAgents(login, agentIds)) {
                if (!campaign.isMember(agent)) {
                    campaign.addMember(agent, CampaignMember.MIN_PENALTY);
                    joined++;
                }
            }
        }
        return joined;
    }

    /** Takes every chosen agent out of every chosen campaign; returns how many left. */
    public int remove(String login, Collection<Long> campaignIds, Collection<Long> agentIds) {
        int left = 0;
        for (Campaign campaign : chosenCampaigns(login, campaignIds)) {
            for (User agent : chosenAgents(login, agentIds)) {
                if (campaign.isMember(agent)) {
                    campaign.removeMember(agent);
                    left++;
                }
            }
        }
        return left;
    }

    /**
     * Sets a member's penalty from what the administrator typed; returns the message key of the problem when
     * it is not a whole number from 0 to 100 or the member is not one the administrator may change.
     */
    public Optional<String> penalty(String login, long campaignId, long agentId, String typed) {
        String text = typed == null ? "" : typed.trim();
        if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) > CampaignMember.MAX_PENALTY) {
            return Optional.of("admin.members.error.penalty");
        }
        Optional<CampaignMember> member = chosenCampaigns(login, List.of(campaignId)).stream().findFirst()
                .flatMap(c -> chosenAgents(login, List.of(agentId)).stream().findFirst().flatMap(c::findMember));
        if (member.isEmpty()) {
            return Optional.of("admin.error.gone");
        }
        member.get().setPenalty(Integer.parseInt(text));
        return Optional.empty();
    }

    private List<Campaign> chosenCampaigns(String login, Collection<Long> ids) {
        return users.findByLogin(login).map(admin -> campaigns.visibleTo(admin).stream()
                .filter(c -> ids.contains(c.getId())).toList()).orElse(List.of());
    }

    private List<User> chosenAgents(String login, Collection<Long> ids) {
        return users.findByLogin(login).map(admin -> agentsOf(admin).stream()
                .filter(u -> ids.contains(u.getId())).toList()).orElse(List.of());
    }
}
