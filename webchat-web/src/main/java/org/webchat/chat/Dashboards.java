package org.webchat.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.live.Delivered;
import org.webchat.live.LiveEvent;
import org.webchat.supervision.AgentRow;
import org.webchat.supervision.AgentRows;
import org.webchat.supervision.Board;
import org.webchat.supervision.CampaignBoard;
import org.webchat.supervision.CampaignFigures;
import org.webchat.supervision.Supervisors;

/**
 * The supervision dashboards open on this node and their live board (issue 12, point 6). Each watched campaign's
 * block and each shown agent's row is computed once and shared by every dashboard that shows it. Delivered live
 * events mark the campaigns and agents they touch; one refresh on the managed executor, at most every
 * {@link #REFRESH_MILLIS} ms, computes what was marked and sends each dashboard it concerns its whole board (only
 * when something in it changed). Bursts are thus coalesced; what time alone changes (the 30-minute window, a new
 * quarter of an hour, a member added) is read again every {@link #DRIFT_SECONDS} s. Clocks tick in the browser from
 * the instants the board gives.
 */
@ApplicationScoped
public class Dashboards {

    private static final Logger LOG = Logger.getLogger(Dashboards.class.getName());
    static final long REFRESH_MILLIS = 250;
    static final long DRIFT_SECONDS = 30;

    /** A computed piece of the board and its JSON, written once for every dashboard. */
    private record Piece<T>(T value, String json) {
    }

    /**
     * What a dashboard was last sent: the JSON of each block and row by id, in their order, and the totals. The JSON
     * is the shared pieces' own, so an unchanged piece compares by reference.
     */
    private record Sent(Map<Long, String> campaigns, Map<Long, String> agents, String totals) {
    }

    /** One open dashboard: its supervisor, the campaigns it watches (none until it asks), what it was last sent. */
    private static final class Dashboard {
        final Supervisors.Supervisor supervisor;
        volatile Set<Long> campaigns = Set.of();
        Sent sent; // null: its next frame is the whole board

        Dashboard(Supervisors.Supervisor supervisor) {
            this.supervisor = supervisor;
        }
    }

    private final Map<Session, Dashboard> dashboards = new ConcurrentHashMap<>();
    private final Map<Long, Piece<CampaignBoard>> campaigns = new ConcurrentHashMap<>();
    private final Map<Long, Piece<AgentRow>> agents = new ConcurrentHashMap<>();
    private final Set<Long> dirtyCampaigns = ConcurrentHashMap.newKeySet();
    private final Set<Long> dirtyAgents = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean drifting = new AtomicBoolean();
    private volatile long lastRefresh = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CampaignFigures figures;

    @Inject
    AgentRows rows;

    @Inject
    FrameFailures failures;

    void join(Session session, Supervisors.Supervisor supervisor) {
        dashboards.put(session, new Dashboard(supervisor));
        if (drifting.compareAndSet(false, true)) {
            scheduler.scheduleAtFixedRate(this::drift, DRIFT_SECONDS, DRIFT_SECONDS, TimeUnit.SECONDS);
        }
    }

    void leave(Session session) {
        dashboards.remove(session);
    }

    /**
     * The dashboard watches these campaigns (already checked to be its supervisor's) from now on and gets their whole
     * board at once: what no dashboard showed yet is computed here, the rest is shared.
     */
    void watch(Session session, Supervisors.Supervisor supervisor, Set<Long> watched) {
        Dashboard dashboard = dashboards.get(session);
        if (dashboard == null) {
            return;
        }
        dashboard.campaigns = Set.copyOf(watched);
        Instant now = Instant.now();
        computeCampaigns(watched.stream().filter(id -> !campaigns.containsKey(id)).toList(), now);
        computeAgents(members(watched).stream().filter(id -> !agents.containsKey(id)).toList(), now);
        synchronized (dashboard) {
            dashboard.sent = null;
        }
        send(session, dashboard);
    }

    /** The live channel: mark what an event touches, and refresh soon. */
    void onEvent(@Observes @Delivered LiveEvent event) {
        if (dashboards.isEmpty()) {
            return;
        }
        if (event instanceof LiveEvent.InteractionChanged changed) {
            dirtyCampaigns.add(changed.campaignId());
            markAgent(changed.agentId());
        } else if (event instanceof LiveEvent.BotChanged bot) {
            dirtyCampaigns.add(bot.campaignId()); // the bot's figures (issue 15, point 5): the campaign it talks for
        } else if (event instanceof LiveEvent.AgentChanged changed) {
            markAgent(changed.agentId());
        } else if (event instanceof LiveEvent.TransferChanged transfer) {
            markAgent(transfer.fromAgentId());
            markAgent(transfer.toAgentId());
            dirtyCampaigns.addAll(watched()); // a transfer to a campaign leaves one the event does not name (rare)
        } else if (event instanceof LiveEvent.AccessChanged changed) {
            markAgent(changed.userId());
            signOut(changed.userId());
        } else {
            return; // messages, typing, pages, ratings: nothing the board shows
        }
        schedule();
    }

    private void markAgent(Long agentId) {
        if (agentId != null) {
            dirtyAgents.add(agentId);
        }
    }

    /** A supervisor whose access was taken away or changed signs in again: its dashboards close. */
    private void signOut(long userId) {
        dashboards.forEach((session, dashboard) -> {
            if (dashboard.supervisor.id() == userId) {
                try {
                    session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ChatSockets.SIGNED_OUT));
                } catch (IOException | IllegalStateException gone) {
                    LOG.log(Level.FINE, "A supervisor socket was closed already", gone);
                }
            }
        });
    }

    /** One refresh at a time, at most every {@link #REFRESH_MILLIS} ms: a burst of events makes one. */
    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            long wait = TimeUnit.MILLISECONDS.toNanos(REFRESH_MILLIS) - (System.nanoTime() - lastRefresh);
            scheduler.schedule(this::refresh, Math.max(0, wait), TimeUnit.NANOSECONDS);
        }
    }

    /** What time alone changes: every watched campaign and its agents again. */
    private void drift() {
        if (!dashboards.isEmpty()) {
            dirtyCampaigns.addAll(watched());
            dirtyAgents.addAll(agents.keySet());
            schedule();
        }
    }

    private void refresh() {
        // Allowed again before reading the marks: an event from now on schedules the next refresh.
        scheduled.set(false);
        lastRefresh = System.nanoTime();
        try {
            Set<Long> watched = watched();
            Set<Long> changedCampaigns = take(dirtyCampaigns);
            changedCampaigns.retainAll(watched);
            Instant now = Instant.now();
            computeCampaigns(changedCampaigns, now);
            campaigns.keySet().retainAll(watched);
            Set<Long> shown = members(watched);
            Set<Long> changedAgents = take(dirtyAgents);
            changedAgents.retainAll(shown);
            shown.stream().filter(id -> !agents.containsKey(id)).forEach(changedAgents::add);
            computeAgents(changedAgents, now);
            agents.keySet().retainAll(shown);
            if (changedCampaigns.isEmpty() && changedAgents.isEmpty()) {
                return;
            }
            dashboards.forEach((session, dashboard) -> {
                if (dashboard.campaigns.stream().anyMatch(changedCampaigns::contains)
                        || members(dashboard.campaigns).stream().anyMatch(changedAgents::contains)) {
                    send(session, dashboard);
                }
            });
        } catch (RuntimeException failed) {
            failures.log("The supervision board could not be refreshed", failed);
        }
    }

    private static Set<Long> take(Set<Long> marks) {
        Set<Long> taken = new HashSet<>();
        for (Long id : marks) {
            if (marks.remove(id)) {
                taken.add(id);
            }
        }
        return taken;
    }

    private Set<Long> watched() {
        Set<Long> watched = new HashSet<>();
        dashboards.values().forEach(d -> watched.addAll(d.campaigns));
        return watched;
    }

    /** The member agents of these campaigns, as their blocks say. */
    private Set<Long> members(Collection<Long> campaignIds) {
        Set<Long> members = new HashSet<>();
        for (Long id : campaignIds) {
            Piece<CampaignBoard> piece = campaigns.get(id);
            if (piece != null) {
                members.addAll(piece.value().members());
            }
        }
        return members;
    }

    private void computeCampaigns(Collection<Long> ids, Instant now) {
        for (Long id : ids) {
            figures.board(id, now).ifPresentOrElse(board -> campaigns.put(id, new Piece<>(board, BoardFrames.campaign(board))),
                    () -> campaigns.remove(id));
        }
    }

    private void computeAgents(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            rows.of(ids, now).forEach((id, row) -> agents.put(id, new Piece<>(row, BoardFrames.agent(row))));
        }
    }

    /**
     * Sends the dashboard its whole board after a watch, and afterwards what changed in it, if anything. Only its
     * supervisor's group's agents are in it (ADM-02): a campaign's member of another group is left out.
     */
    private void send(Session session, Dashboard dashboard) {
        List<Piece<CampaignBoard>> shown = new ArrayList<>();
        for (Long id : dashboard.campaigns) {
            Piece<CampaignBoard> piece = campaigns.get(id);
            if (piece != null) {
                shown.add(piece);
            }
        }
        shown.sort((a, b) -> a.value().settings().name().compareToIgnoreCase(b.value().settings().name()));
        Map<Long, Piece<AgentRow>> members = new LinkedHashMap<>();
        for (Piece<CampaignBoard> campaign : shown) {
            for (Long agentId : campaign.value().members()) {
                Piece<AgentRow> row = agents.get(agentId);
                if (row != null && Objects.equals(row.value().groupId(), dashboard.supervisor.groupId())) {
                    members.putIfAbsent(agentId, row);
                }
            }
        }
        List<Piece<AgentRow>> rowsShown = new ArrayList<>(members.values());
        rowsShown.sort((a, b) -> a.value().name().compareToIgnoreCase(b.value().name()));
        Board board = Board.of(shown.stream().map(Piece::value).toList(), rowsShown.stream().map(Piece::value).toList());
        Map<Long, String> campaignsNow = new LinkedHashMap<>();
        shown.forEach(piece -> campaignsNow.put(piece.value().settings().id(), piece.json()));
        Map<Long, String> agentsNow = new LinkedHashMap<>();
        rowsShown.forEach(piece -> agentsNow.put(piece.value().agentId(), piece.json()));
        Sent now = new Sent(campaignsNow, agentsNow, BoardFrames.totals(board));
        synchronized (dashboard) { // frames computed on two threads go out in the order they were compared
            Sent last = dashboard.sent;
            String frame = last == null
                    ? BoardFrames.board(Instant.now(), campaignsNow.values(), agentsNow.values(), now.totals())
                    : changes(last, now);
            if (frame != null) {
                dashboard.sent = now;
                ChatSockets.send(session, frame);
            }
        }
    }

    /** The {@code changes} frame from what a dashboard was last sent to what it shows now; null when nothing changed. */
    private static String changes(Sent last, Sent now) {
        List<String> campaignsChanged = changed(last.campaigns(), now.campaigns());
        List<String> agentsChanged = changed(last.agents(), now.agents());
        boolean reordered = !List.copyOf(last.campaigns().keySet()).equals(List.copyOf(now.campaigns().keySet()))
                || !List.copyOf(last.agents().keySet()).equals(List.copyOf(now.agents().keySet()));
        if (campaignsChanged.isEmpty() && agentsChanged.isEmpty() && !reordered && last.totals().equals(now.totals())) {
            return null;
        }
        return BoardFrames.changes(Instant.now(), campaignsChanged, agentsChanged, now.campaigns().keySet(),
                now.agents().keySet(), now.totals());
    }

    private static List<String> changed(Map<Long, String> last, Map<Long, String> now) {
        List<String> changed = new ArrayList<>();
        now.forEach((id, json) -> {
            if (!json.equals(last.get(id))) {
                changed.add(json);
            }
        });
        return changed;
    }
}
