package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Interaction;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * The ringall offers (STR-04) in the database. The routing engine makes and closes them (each change is
 * published to the agent it concerns); the workspace reads an agent's ringing offers from here.
 */
@Stateless
public class Offers {

    /** An offer ringing at an agent, as the workspace shows it. */
    public record Ringing(long interactionId, long campaignId, String campaignName, String customerName,
                          Instant expiresAt) {
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    LiveChannel live;

    /** The offers ringing at the agent now, oldest first. */
    public List<Ringing> ringing(long agentId) {
        return em.createQuery("select o from InteractionOffer o join fetch o.interaction"
                        + " where o.agent.id = :agent and o.closedAt is null order by o.offeredAt, o.id",
                        InteractionOffer.class)
                .setParameter("agent", agentId).getResultList().stream()
                .map(o -> new Ringing(o.getInteraction().getId(), o.getInteraction().getCampaign().getId(),
                        o.getInteraction().getCampaign().getName(), o.getInteraction().getCustomer().getName(),
                        o.getExpiresAt()))
                .toList();
    }

    /**
     * The open offers of a campaign's interactions. Found among the open offers of every campaign (a few: an agent holds
     * one at a time), by their index (V18), and not among the campaign's interactions, which grow with its queue and
     * its history (issue 16).
     */
    public List<InteractionOffer> openIn(long campaignId) {
        List<Long> open = em.createQuery("select o.id from InteractionOffer o where o.closedAt is null", Long.class)
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from InteractionOffer o join fetch o.interaction join fetch o.agent"
                        + " where o.id in :open and o.interaction.campaign.id = :campaign order by o.id", InteractionOffer.class)
                .setParameter("open", open).setParameter("campaign", campaignId).getResultList();
    }

    /** The open offers of one interaction. */
    public List<InteractionOffer> openFor(long interactionId) {
        return em.createQuery("select o from InteractionOffer o join fetch o.agent"
                        + " where o.interaction.id = :interaction and o.closedAt is null", InteractionOffer.class)
                .setParameter("interaction", interactionId).getResultList();
    }

    /** The campaign of the interaction when it rings at the agent now; read without loading the offer. */
    public Optional<Long> campaignOfOpen(long agentId, long interactionId) {
        return em.createQuery("select o.interaction.campaign.id from InteractionOffer o where o.agent.id = :agent"
                        + " and o.interaction.id = :interaction and o.closedAt is null", Long.class)
                .setParameter("agent", agentId).setParameter("interaction", interactionId)
                .getResultStream().findFirst();
    }

    /**
     * Interaction to the agents that declined it within the last offer timeout: they are not asked again yet. Found, as
     * {@link #openIn}, among the offers closed lately, not among the campaign's interactions.
     */
    public Map<Long, Set<Long>> recentlyDeclined(Campaign campaign, Instant now) {
        Map<Long, Set<Long>> declined = new HashMap<>();
        List<Long> lately = em.createQuery("select o.id from InteractionOffer o where o.closedAt > :since"
                        + " and o.outcome = org.webchat.routing.OfferOutcome.DECLINED", Long.class)
                .setParameter("since", now.minus(timeout(campaign))).getResultList();
        if (lately.isEmpty()) {
            return declined;
        }
        em.createQuery("select o.interaction.id, o.agent.id from InteractionOffer o where o.id in :lately"
                        + " and o.interaction.campaign.id = :campaign", Object[].class)
                .setParameter("lately", lately).setParameter("campaign", campaign.getId())
                .getResultList()
                .forEach(row -> declined.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Long) row[1]));
        return declined;
    }

    public InteractionOffer make(Interaction interaction, User agent, Instant now) {
        Campaign campaign = interaction.getCampaign();
        InteractionOffer offer = new InteractionOffer(interaction, agent, now, now.plus(timeout(campaign)));
        em.persist(offer);
        publish(offer, now);
        return offer;
    }

    public void close(InteractionOffer offer, OfferOutcome outcome, Instant now) {
        offer.close(outcome, now);
        publish(offer, now);
    }

    private void publish(InteractionOffer offer, Instant now) {
        Interaction interaction = offer.getInteraction();
        live.publish(new LiveEvent.OfferChanged(interaction.getId(), interaction.getCampaign().getId(),
                interaction.getCampaign().getName(), offer.getAgent().getId(), interaction.getCustomer().getName(),
                offer.getOutcome().map(Enum::name).orElse(null), offer.getExpiresAt(), now));
    }

    private static Duration timeout(Campaign campaign) {
        return Duration.ofSeconds(campaign.getOfferTimeoutSeconds());
    }
}
