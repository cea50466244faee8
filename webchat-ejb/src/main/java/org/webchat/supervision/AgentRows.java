package org.webchat.supervision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.webchat.campaign.Strategy;
import org.webchat.campaign.Thresholds;
import org.webchat.routing.AgentPresence;
import org.webchat.routing.RoutingStrategy;

/**
 * The agents' rows of the supervision dashboard (SUP-01..09), for many agents at once with a handful of grouped
 * queries, however many agents and chats there are. An agent's chats, cap, idle alert and day are those of the
 * campaigns of its own security group (ADM-02): a campaign of another group, were it to count the agent among its
 * members, is never shown nor counted.
 */
@Stateless
public class AgentRows {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    AgentPresence presence;

    /** A campaign the agent is a member of, as its row needs it. */
    private record Membership(long campaignId, Long groupId, Strategy strategy, int maxInteractions,
                              Thresholds thresholds, ZoneId zone) {
    }

    /** The rows of these agents (unknown ids are left out), by agent id. */
    public Map<Long, AgentRow> of(Collection<Long> agentIds, Instant now) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(agentIds);
        Map<Long, AgentRow.Agent> agents = new LinkedHashMap<>();
        em.createQuery("select u.id, u.name, u.login, g.id, u.screenMonitoringAllowed from User u left join u.securityGroup g"
                        + " where u.id in :ids order by u.name, u.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> agents.put((Long) r[0], new AgentRow.Agent((Long) r[0], (String) r[1], (String) r[2], (Long) r[3],
                        (Boolean) r[4])));
        Map<Long, List<Membership>> memberships = new HashMap<>();
        for (Object[] r : em.createQuery("select m.user.id, c.id, g.id, c.strategy, c.maxInteractionsPerAgent, c.thresholds,"
                        + " c.timeZone from CampaignMember m join m.campaign c left join c.securityGroup g"
                        + " where m.user.id in :ids and c.archivedAt is null order by c.id", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            AgentRow.Agent agent = agents.get((Long) r[0]);
            if (agent != null && Objects.equals(agent.groupId(), r[2])) {
                memberships.computeIfAbsent(agent.id(), a -> new ArrayList<>()).add(new Membership((Long) r[1],
                        (Long) r[2], (Strategy) r[3], (Integer) r[4], (Thresholds) r[5], ZoneId.of((String) r[6])));
            }
        }
        Map<Long, List<AgentRow.OpenChat>> chats = new HashMap<>();
        for (Object[] r : em.createQuery("select i.agent.id, i.id, c.id, g.id, i.customer.name, i.assignedAt, c.thresholds"
                        + " from Interaction i join i.campaign c left join c.securityGroup g"
                        + " where i.state = org.webchat.interaction.InteractionState.ASSIGNED and i.agent.id in :ids",
                        Object[].class)
                .setParameter("ids", ids).getResultList()) {
            AgentRow.Agent agent = agents.get((Long) r[0]);
            if (agent != null && Objects.equals(agent.groupId(), r[3])) {
                chats.computeIfAbsent(agent.id(), a -> new ArrayList<>()).add(new AgentRow.OpenChat((Long) r[1],
                        (Long) r[2], (String) r[4], (Instant) r[5], (Thresholds) r[6]));
            }
        }
        Map<Long, Instant> lastEnded = new HashMap<>();
        Map<Long, Integer> completed = completedToday(agents.keySet(), memberships, now, lastEnded);
        Map<Long, Instant> lastState = new HashMap<>();
        Map<Long, AgentPresence.Presence> presences = presence.of(ids);
        List<Long> unseen = ids.stream().filter(id -> !presences.containsKey(id)).toList();
        if (!unseen.isEmpty()) {
            em.createQuery("select s.user.id, max(s.startedAt) from AgentStateChange s where s.user.id in :ids"
                            + " group by s.user.id", Object[].class)
                    .setParameter("ids", unseen).getResultList().forEach(r -> lastState.put((Long) r[0], (Instant) r[1]));
        }
        Map<Long, String> breakIcons = breakIcons(ids);
        Map<Long, AgentRow> rows = new LinkedHashMap<>();
        for (AgentRow.Agent agent : agents.values()) {
            List<Membership> of = memberships.getOrDefault(agent.id(), List.of());
            AgentPresence.Presence present = presences.get(agent.id());
            AgentRow.Work work = new AgentRow.Work(chats.getOrDefault(agent.id(), List.of()),
                    lastEnded.get(agent.id()), completed.getOrDefault(agent.id(), 0),
                    of.stream().map(Membership::campaignId).toList(), cap(of), idleThresholds(of),
                    lastState.get(agent.id()));
            rows.put(agent.id(), AgentRow.of(agent, present,
                    present == null || present.breakTypeId() == null ? null : breakIcons.get(present.breakTypeId()), work));
        }
        return rows;
    }

    /**
     * The chats each agent completed today (ended after it took them), and when the last of them ended: enough to know
     * since when a free agent has been free, as a state change the presence keeps (its login, at the latest) comes
     * after any chat of an earlier day. Today starts at midnight in the time zone of the agent's first campaign (those
     * of one group share one, as a rule). Read through the index on (agent, state, end): today's chats only.
     */
    private Map<Long, Integer> completedToday(Collection<Long> ids, Map<Long, List<Membership>> memberships, Instant now,
                                              Map<Long, Instant> lastEnded) {
        Map<Instant, List<Long>> byDay = ids.stream().collect(Collectors.groupingBy(id -> CampaignBoard.midnight(
                memberships.getOrDefault(id, List.of()).stream().findFirst().map(Membership::zone)
                        .orElse(ZoneId.of("UTC")), now)));
        Map<Long, Integer> completed = new HashMap<>();
        byDay.forEach((midnight, agents) -> em.createQuery("select i.agent.id, max(i.endedAt), count(i) from Interaction i"
                        + " where i.agent.id in :ids and i.state = org.webchat.interaction.InteractionState.ENDED"
                        + " and i.endedAt >= :midnight group by i.agent.id", Object[].class)
                .setParameter("ids", agents).setParameter("midnight", midnight).getResultList().forEach(r -> {
                    lastEnded.put((Long) r[0], (Instant) r[1]);
                    completed.put((Long) r[0], ((Number) r[2]).intValue());
                }));
        return completed;
    }

    /** The icons of the breaks the agents are on (SUP-01). */
    private Map<Long, String> breakIcons(List<Long> ids) {
        List<Long> breaks = ids.stream().map(presence::of).flatMap(java.util.Optional::stream)
                .map(AgentPresence.Presence::breakTypeId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> icons = new HashMap<>();
        if (!breaks.isEmpty()) {
            em.createQuery("select b.id, b.icon from BreakType b where b.id in :ids", Object[].class)
                    .setParameter("ids", breaks).getResultList().forEach(r -> icons.put((Long) r[0], (String) r[1]));
        }
        return icons;
    }

    /** The most chats the agent's strategies let it attend at once (SUP-06): the largest, none when one sets none. */
    private static Integer cap(List<Membership> memberships) {
        int most = 0;
        for (Membership membership : memberships) {
            OptionalInt cap = RoutingStrategy.of(membership.strategy()).capacity(membership.maxInteractions());
            if (cap.isEmpty()) {
                return null;
            }
            most = Math.max(most, cap.getAsInt());
        }
        return memberships.isEmpty() ? null : most;
    }

    /** The thresholds of the campaign whose third Chat time band is the shortest: the first to find the agent idle. */
    private static Thresholds idleThresholds(List<Membership> memberships) {
        return memberships.stream().map(Membership::thresholds)
                .min(java.util.Comparator.comparingInt(Thresholds::getChatTimeBand3Seconds)).orElse(null);
    }
}
