package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.campaign.CampaignMember;

/**
 * Builds the {@link AgentSnapshot}s of a routing decision from the agents' presence and what the database
 * holds of their work, for all the members at once (a few grouped queries, not a few per agent). The counts
 * span every campaign: the caps are about what one person can attend.
 */
@Stateless
public class AgentSnapshots {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    AgentPresence presence;

    /** The members' snapshots at {@code now}, in the order of {@code members}. */
    public List<AgentSnapshot> of(Collection<CampaignMember> members, Instant now) {
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> ids = members.stream().map(m -> m.getUser().getId()).toList();
        Map<Long, long[]> work = new HashMap<>(); // agent -> {active, incall}
        for (Object[] row : em.createQuery("select i.agent.id, count(i), sum(case when i.campaign.strategy"
                        + " = org.webchat.campaign.Strategy.INCALL then 1 else 0 end) from Interaction i"
                        + " where i.state = org.webchat.interaction.InteractionState.ASSIGNED and i.agent.id in :ids"
                        + " group by i.agent.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            work.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        Instant startOfDay = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<Long, Long> completed = counts(em.createQuery("select i.agent.id, count(i) from Interaction i"
                        + " where i.state = org.webchat.interaction.InteractionState.ENDED and i.endedAt >= :since"
                        + " and i.agent.id in :ids group by i.agent.id", Object[].class)
                .setParameter("since", startOfDay).setParameter("ids", ids).getResultList());
        Map<Long, Long> offers = counts(em.createQuery("select o.agent.id, count(o) from InteractionOffer o"
                        + " where o.closedAt is null and o.agent.id in :ids group by o.agent.id", Object[].class)
                .setParameter("ids", ids).getResultList());
        Map<Long, AgentPresence.Presence> presences = presence.of(ids);
        return members.stream().map(member -> {
            long agentId = member.getUser().getId();
            var present = Optional.ofNullable(presences.get(agentId));
            long[] agentWork = work.getOrDefault(agentId, new long[2]);
            return new AgentSnapshot(agentId,
                    present.map(AgentPresence.Presence::loggedIn).orElse(false),
                    present.map(AgentPresence.Presence::onBreak).orElse(false),
                    present.map(p -> p.loggedIn() && p.onCall()).orElse(false),
                    agentWork[1] > 0,
                    (int) agentWork[0],
                    offers.getOrDefault(agentId, 0L).intValue(),
                    member.getPenalty(),
                    member.getLastAssignedAt(),
                    present.map(AgentPresence.Presence::since).orElse(null),
                    completed.getOrDefault(agentId, 0L).intValue());
        }).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
