package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;

/**
 * Issue 11, point 18: the queues an agent works in, as its workspace shows them: each campaign it is a member of,
 * its waiting customers in order with the time they arrived, and whether the agent may pick one (the strategies
 * that let agents choose, STR-04; see {@link RoutingEngine#pick}).
 */
@Stateless
public class QueueView {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @jakarta.inject.Inject
    InteractionRepository interactions;

    /** A waiting customer: its place (1 = next), name and arrival. */
    public record Waiting(long interactionId, int position, String customer, Instant arrivedAt) {
    }

    /** One campaign's queue as one of its agents sees it. */
    public record CampaignQueue(long campaignId, String campaignName, boolean pickable, int total, List<Waiting> waiting) {
    }

    /** How many waiting customers of one queue are listed. */
    public static final int LISTED = 50;

    /** The campaigns the agent is a member of that take customers, with their queues. */
    public List<CampaignQueue> of(long agentId) {
        return em.createQuery("select m.campaign from CampaignMember m where m.user.id = :agent"
                        + " and m.campaign.archivedAt is null and m.campaign.enabled = true order by m.campaign.name",
                        Campaign.class)
                .setParameter("agent", agentId).getResultStream().map(this::queue).toList();
    }

    /** One campaign's queue; empty when the campaign is gone. */
    public java.util.Optional<CampaignQueue> ofCampaign(long campaignId) {
        return java.util.Optional.ofNullable(em.find(Campaign.class, campaignId)).map(this::queue);
    }

    /**
     * At most {@link #LISTED} customers each: the screen shows the head of a long queue and its length, read as the
     * head and one count, whatever the queue's length.
     */
    private CampaignQueue queue(Campaign campaign) {
        List<Interaction> head = interactions.waiting(campaign.getId(), LISTED);
        List<Waiting> listed = new ArrayList<>();
        for (Interaction interaction : head) {
            listed.add(new Waiting(interaction.getId(), listed.size() + 1, interaction.getCustomer().getName(),
                    interaction.waitingSince()));
        }
        int total = head.size() < LISTED ? head.size() : (int) interactions.countWaiting(campaign.getId());
        return new CampaignQueue(campaign.getId(), campaign.getName(),
                RoutingStrategy.of(campaign.getStrategy()).offersToAll(), total, listed);
    }

    /** The campaign's members: who see its queue move. */
    public List<Long> members(long campaignId) {
        return em.createQuery("select m.user.id from CampaignMember m where m.campaign.id = :campaign", Long.class)
                .setParameter("campaign", campaignId).getResultList();
    }
}
