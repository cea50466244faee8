package org.webchat.supervision;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.webchat.campaign.Thresholds;
import org.webchat.routing.AgentPresence;

/**
 * One agent as the dashboard's agents table shows it (SUP-01..09): its state and icon, the channel of each active
 * chat, completed today, active n of its cap, since when it is in its state, each active chat with the instants its
 * colour changes (SUP-08), and the instant an idle agent raises the alert (SUP-09). Instants, never durations: the
 * browser ticks them, and the row stays true until the agent's next change.
 *
 * @param campaigns      the campaigns of its own security group it is a member of
 * @param since          when its state last changed (SUP-07); null when unknown
 * @param cap            the most chats its strategies let it attend at once; null when they set none
 * @param completedToday chats it attended that ended today
 * @param idleAlertAt    when it raises the idle alert: only for an agent free (logged in, not on a break, nothing to
 *                       attend), else null
 */
public record AgentRow(long agentId, String name, String login, Long groupId, List<Long> campaigns, AgentStatus status,
                       String icon, boolean onCall, String breakName, Instant since, List<ActiveChat> chats, Integer cap,
                       int completedToday, Instant idleAlertAt, boolean screenMonitoring) {

    /** Who the agent is; {@code screenMonitoring}: its configuration allows a supervisor to watch its screen (SUP-12). */
    public record Agent(long id, String name, String login, Long groupId, boolean screenMonitoring) {

        public Agent(long id, String name, String login, Long groupId) {
            this(id, name, login, groupId, false);
        }
    }

    /** A chat the agent attends, as stored, with its campaign's thresholds. */
    public record OpenChat(long interactionId, long campaignId, String customer, Instant assignedAt, Thresholds thresholds) {
    }

    /**
     * An active chat on the dashboard: green until {@code yellowAt}, yellow until {@code redAt}, red after (SUP-08).
     *
     * @param since when the agent took it
     */
    public record ActiveChat(long interactionId, long campaignId, String customer, Channel channel, Instant since,
                             Instant yellowAt, Instant redAt) {
    }

    /**
     * What the database holds of the agent's work and campaigns.
     *
     * @param lastChatEndedAt when its last chat ended today, null if none did
     * @param idleThresholds  the thresholds its idle alert follows: those of its campaign that raises it first
     * @param lastStateAt     the start of its last recorded state, for an agent the presence has not seen since the
     *                        server started
     */
    public record Work(List<OpenChat> chats, Instant lastChatEndedAt, int completedToday, List<Long> campaigns,
                       Integer cap, Thresholds idleThresholds, Instant lastStateAt) {
    }

    /**
     * The agent's row from its presence (null: not seen since the server started) and its work. It is in its state
     * (SUP-07) since the later of its last presence change and the change its chats made: the first of its active
     * chats when they make it busy, the end of its last chat when it became free.
     */
    public static AgentRow of(Agent agent, AgentPresence.Presence presence, String breakIcon, Work work) {
        List<OpenChat> open = work.chats().stream().sorted(Comparator.comparing(OpenChat::assignedAt)).toList();
        AgentStatus status = AgentStatus.of(presence, open.size());
        boolean onCall = presence != null && presence.loggedIn() && presence.onCall();
        Instant changed = presence != null ? presence.since() : work.lastStateAt();
        Instant since;
        if (status == AgentStatus.DISCONNECTED) {
            since = changed;
        } else if (!open.isEmpty()) {
            since = later(changed, open.get(0).assignedAt());
        } else {
            since = status.busy() ? changed : later(changed, work.lastChatEndedAt());
        }
        List<ActiveChat> chats = open.stream().map(c -> new ActiveChat(c.interactionId(), c.campaignId(), c.customer(),
                Channel.WEBCHAT, c.assignedAt(), ChatTimeBand.yellowAt(c.assignedAt(), c.thresholds()),
                ChatTimeBand.redAt(c.assignedAt(), c.thresholds()))).toList();
        Instant idleAlertAt = status == AgentStatus.FREE && since != null && work.idleThresholds() != null
                ? IdleAlert.raisedAt(since, work.idleThresholds()) : null;
        return new AgentRow(agent.id(), agent.name(), agent.login(), agent.groupId(), List.copyOf(work.campaigns()),
                status, status.icon(onCall, breakIcon), onCall, status.inBreak() ? presence.breakName() : null, since,
                chats, work.cap(), work.completedToday(), idleAlertAt, agent.screenMonitoring());
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    public AgentRow {
        Objects.requireNonNull(status, "status");
        campaigns = List.copyOf(campaigns);
        chats = List.copyOf(chats);
    }
}
