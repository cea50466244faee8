package org.webchat.supervision;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Interaction;

/**
 * A campaign's service level over a period (spec §6, SUP-16), computed from its stored interactions: the
 * interactions that entered the queue within [from, to).
 */
@Stateless
public class CampaignFigures {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    public Optional<ServiceLevel> serviceLevel(long campaignId, Instant from, Instant to) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            return Optional.empty();
        }
        List<Interaction> interactions = em.createQuery("select i from Interaction i where i.campaign.id = :campaign"
                        + " and i.queuedAt >= :from and i.queuedAt < :to", Interaction.class)
                .setParameter("campaign", campaignId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return Optional.of(ServiceLevel.of(campaign, interactions.stream()
                .map(InteractionFacts::of).flatMap(Optional::stream).toList()));
    }
}
