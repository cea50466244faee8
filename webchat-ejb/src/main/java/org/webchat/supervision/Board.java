package org.webchat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What one dashboard adds up from the campaigns it watches (each {@link CampaignBoard} shared by every dashboard
 * that watches it) and their agents: the campaigns' figures together, their interactions of each quarter of an hour
 * together (the charts), and the agents by state. Sums are not coloured: the campaigns may have different thresholds.
 *
 * @param today   all the campaigns' figures since each one's midnight
 * @param recent  all the campaigns' figures of the last 30 minutes
 * @param waiting customers waiting now in all of them
 * @param longestSince since when the customer who waits longest in any of them has waited; null if nobody waits
 * @param active  interactions attended now
 * @param slots   the interactions of each quarter of an hour, all campaigns together
 * @param agents  how many of the agents are in each state (SUP-03)
 * @param bots    what the campaigns' start bots did today and do now, together (issue 15, point 5)
 */
public record Board(ServiceLevel today, ServiceLevel recent, int waiting, Instant longestSince, int active,
                    NavigableMap<Instant, ServiceLevel> slots, Map<AgentStatus, Integer> agents, BotFigures bots) {

    public static Board of(Collection<CampaignBoard> campaigns, Collection<AgentRow> agents) {
        ServiceLevel none = ServiceLevel.of(List.of(), Duration.ZERO);
        ServiceLevel today = none;
        ServiceLevel recent = none;
        int waiting = 0;
        int active = 0;
        BotFigures bots = BotFigures.NONE;
        Instant longestSince = null;
        NavigableMap<Instant, ServiceLevel> slots = new TreeMap<>();
        for (CampaignBoard campaign : campaigns) {
            today = today.plus(campaign.today());
            recent = recent.plus(campaign.recent());
            waiting += campaign.queue().total();
            active += campaign.active();
            bots = bots.plus(campaign.bots());
            Instant since = campaign.queue().longestSince();
            if (since != null && (longestSince == null || since.isBefore(longestSince))) {
                longestSince = since;
            }
            campaign.slots().forEach((slot, figures) -> slots.merge(slot, figures, ServiceLevel::plus));
        }
        Map<AgentStatus, Integer> byState = new EnumMap<>(AgentStatus.class);
        for (AgentStatus status : AgentStatus.values()) {
            byState.put(status, 0);
        }
        agents.forEach(agent -> byState.merge(agent.status(), 1, Integer::sum));
        return new Board(today, recent, waiting, longestSince, active, slots, byState, bots);
    }
}
