package org.webchat.supervision;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.bot.BotOutcome;
import org.webchat.bot.Bots;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.InteractionState;

/**
 * A campaign's figures read from its stored interactions (spec §6, SUP-10, SUP-16): its service level over a period,
 * and its board for the supervision dashboard. Queries read only the columns the figures need, through the indexes on
 * (campaign, queue time), (campaign, state, queue time) and (bot campaign, bot end): no interaction is loaded whole.
 */
@Stateless
public class CampaignFigures {

    private static final List<InteractionState> OPEN = List.of(InteractionState.BOT, InteractionState.QUEUED,
            InteractionState.OFFERED, InteractionState.ASSIGNED);

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    /** The service level of the interactions that entered the campaign's queue within [from, to). */
    public Optional<ServiceLevel> serviceLevel(long campaignId, Instant from, Instant to) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            return Optional.empty();
        }
        return Optional.of(ServiceLevel.of(campaign, facts(campaignId, from).stream()
                .filter(f -> f.queuedAt().isBefore(to)).toList()));
    }

    /** The campaign's board at {@code now}; empty when there is no such campaign. */
    public Optional<CampaignBoard> board(long campaignId, Instant now) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            return Optional.empty();
        }
        CampaignBoard.Settings settings = new CampaignBoard.Settings(campaign.getId(), campaign.getName(),
                campaign.zoneId(), Duration.ofSeconds(campaign.getServiceLevelSeconds()), campaign.getThresholds());
        int waiting = 0;
        int active = 0;
        int talking = 0;
        for (Object[] row : em.createQuery("select i.state, count(i) from Interaction i where i.campaign.id = :campaign"
                        + " and i.state in :open group by i.state", Object[].class)
                .setParameter("campaign", campaignId).setParameter("open", OPEN).getResultList()) {
            int count = ((Number) row[1]).intValue();
            if (row[0] == InteractionState.ASSIGNED) {
                active = count;
            } else if (row[0] == InteractionState.BOT) {
                talking = count;
            } else {
                waiting += count;
            }
        }
        List<CampaignBoard.Queued> queued = waiting == 0 ? List.of() : em.createQuery("select i.id, i.customer.name,"
                        + " i.customer.email, i.queuedAt from Interaction i where i.campaign.id = :campaign and i.state in"
                        + " (org.webchat.interaction.InteractionState.QUEUED, org.webchat.interaction.InteractionState.OFFERED)"
                        + " order by i.queuedAt, i.id", Object[].class)
                .setParameter("campaign", campaignId).setMaxResults(CampaignBoard.LISTED).getResultStream()
                .map(r -> new CampaignBoard.Queued((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3])).toList();
        List<Long> members = em.createQuery("select m.user.id from CampaignMember m where m.campaign.id = :campaign"
                        + " order by m.user.id", Long.class)
                .setParameter("campaign", campaignId).getResultList();
        BotFigures bots = BotFigures.of(Bots.startBotOf(campaign).isPresent(),
                botOutcomes(campaignId, CampaignBoard.midnight(campaign.zoneId(), now)), talking);
        return Optional.of(CampaignBoard.of(settings, now, facts(campaignId, CampaignBoard.since(campaign.zoneId(), now)),
                queued, waiting, active, members).withBots(bots));
    }

    /**
     * How the chats whose start bot talked for the campaign ended their bot part since {@code from} (issue 15, point
     * 5): one range of the index on (bot campaign, bot end).
     */
    private Map<BotOutcome, Long> botOutcomes(long campaignId, Instant from) {
        Map<BotOutcome, Long> outcomes = new EnumMap<>(BotOutcome.class);
        em.createQuery("select i.botOutcome, count(i) from Interaction i where i.botCampaignId = :campaign"
                        + " and i.botEndedAt >= :from group by i.botOutcome", Object[].class)
                .setParameter("campaign", campaignId).setParameter("from", from).getResultStream()
                .filter(r -> r[0] != null).forEach(r -> outcomes.put((BotOutcome) r[0], ((Number) r[1]).longValue()));
        return outcomes;
    }

    /** The facts of the interactions that entered the campaign's queue from {@code from} on. */
    private List<InteractionFacts> facts(long campaignId, Instant from) {
        return em.createQuery("select i.queuedAt, i.firstAssignedAt, i.assignedAt, i.state, i.endReason, i.endedAt"
                        + " from Interaction i where i.campaign.id = :campaign and i.queuedAt >= :from", Object[].class)
                .setParameter("campaign", campaignId).setParameter("from", from).getResultStream()
                .map(r -> InteractionFacts.of((Instant) r[0], InteractionFacts.answeredAt((Instant) r[0], (Instant) r[1],
                        (Instant) r[2]), (InteractionState) r[3], (EndReason) r[4], (Instant) r[5]))
                .flatMap(Optional::stream).toList();
    }
}
