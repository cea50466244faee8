package org.webchat.routing;

import java.time.Instant;
import java.util.Objects;
import org.webchat.campaign.CampaignMember;

/**
 * What routing needs to know about one member agent of a campaign at the moment of a decision.
 * The engine builds it from the agent's presence, its interactions and its membership; routing
 * never reads anything else, so a decision can be replayed from its snapshots.
 *
 * @param agentId            the agent (user) id
 * @param loggedIn           in the portal; an agent not logged in never gets anything
 * @param onBreak            on a break or paused by a supervisor (SUP-14)
 * @param onCall             on a telephone or audio/video call
 * @param busy               put busy by an {@code incall} interaction (STR-01): gets nothing else
 * @param activeInteractions the agent's active interactions, counted by the engine across its
 *                           campaigns, because the cap is about what one person can attend
 * @param pendingOffers      offers (ringall, STR-04) the agent has not yet taken or let lapse
 * @param penalty            the membership's penalty 0-100 (STR-06 {@code wrandom})
 * @param lastAssignedAt     the last assignment in this campaign, null if never
 * @param freeSince          when the agent last became free (ended its last interaction or came
 *                           back from a break), null if unknown
 * @param completedToday     interactions the agent completed today (STR-06 {@code fewestcalls})
 */
public record AgentSnapshot(
        Long agentId,
        boolean loggedIn,
        boolean onBreak,
        boolean onCall,
        boolean busy,
        int activeInteractions,
        int pendingOffers,
        int penalty,
        Instant lastAssignedAt,
        Instant freeSince,
        int completedToday) {

    public AgentSnapshot {
        Objects.requireNonNull(agentId, "agentId");
        if (activeInteractions < 0 || pendingOffers < 0 || completedToday < 0) {
            throw new IllegalArgumentException("counts of agent " + agentId + " cannot be negative");
        }
        if (penalty < CampaignMember.MIN_PENALTY || penalty > CampaignMember.MAX_PENALTY) {
            throw new IllegalArgumentException("a penalty lies between " + CampaignMember.MIN_PENALTY
                    + " and " + CampaignMember.MAX_PENALTY + ", agent " + agentId + " has " + penalty);
        }
    }

    /**
     * Since when the agent has had nothing new: the later of becoming free and the last
     * assignment, null if neither is known (never served, so idle longest of all). An agent that
     * took an interaction after it became free is not idle since it became free.
     */
    public Instant idleSince() {
        if (freeSince == null) {
            return lastAssignedAt;
        }
        if (lastAssignedAt == null) {
            return freeSince;
        }
        return freeSince.isAfter(lastAssignedAt) ? freeSince : lastAssignedAt;
    }

    /** The same agent after the plan gives it one more interaction at {@code at}. */
    AgentSnapshot withAssignment(Instant at, boolean putBusy) {
        return new AgentSnapshot(agentId, loggedIn, onBreak, onCall, busy || putBusy,
                activeInteractions + 1, pendingOffers, penalty, at, freeSince, completedToday);
    }

    /** The same agent after the plan offers it one more interaction. */
    AgentSnapshot withOffer() {
        return new AgentSnapshot(agentId, loggedIn, onBreak, onCall, busy,
                activeInteractions, pendingOffers + 1, penalty, lastAssignedAt, freeSince, completedToday);
    }
}
