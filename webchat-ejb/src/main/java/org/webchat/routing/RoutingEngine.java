package org.webchat.routing;

import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.webchat.agent.AgentState;
import org.webchat.agent.User;
import org.webchat.campaign.AutoFinishRule;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignMember;
import org.webchat.campaign.Language;
import org.webchat.campaign.MaxTimeRule;
import org.webchat.campaign.MessageKind;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.SenderKind;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * The only writer of assignments (STR-07). It wakes up when an interaction is queued, an agent becomes
 * free or changes state, and every few seconds, and hands each campaign's queue out with the campaign's
 * strategy and delivery order ({@link Dispatcher}). A campaign is dispatched under a lock on its row, so two
 * dispatches of one campaign (two threads, or later two nodes) never overlap; an interaction is assigned
 * only while it is still queued, in the same transaction that reads it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@AccessTimeout(value = 60, unit = TimeUnit.SECONDS)
public class RoutingEngine {

    private static final Logger LOG = Logger.getLogger(RoutingEngine.class.getName());

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    AgentPresence presence;

    @Inject
    ChatService chat;

    @Inject
    LiveChannel live;

    @Resource
    SessionContext context;

    private final Dispatcher dispatcher = new Dispatcher(new SecureRandom());
    private final Map<Long, Long> lastServed = new HashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Every few seconds: queues that waited for a free agent, and Max time (ADV-05). */
    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    @Lock(LockType.WRITE)
    void sweep() {
        List<Long> campaigns = em.createQuery("select distinct i.campaign.id from Interaction i"
                + " where i.state = org.webchat.interaction.InteractionState.QUEUED", Long.class).getResultList();
        for (Long campaign : campaigns) {
            self().dispatch(campaign);
        }
        self().autoFinish();
    }

    /** ADV-07: ends the chats whose customer has stayed away longer than the campaign's Auto finish. */
    @Lock(LockType.WRITE)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void autoFinish() {
        Instant now = clock.instant();
        List<Interaction> away = em.createQuery("select i from Interaction i join fetch i.campaign"
                + " where i.customerDisconnectedAt is not null and i.state in"
                + " (org.webchat.interaction.InteractionState.QUEUED, org.webchat.interaction.InteractionState.ASSIGNED)",
                Interaction.class).getResultList();
        for (Interaction awayOne : away) {
            if (!AutoFinishRule.of(awayOne.getCampaign()).finishes(awayOne, now)) {
                continue;
            }
            Interaction interaction = interactions.findForUpdate(awayOne.getId()).orElseThrow();
            if (AutoFinishRule.of(interaction.getCampaign()).finishes(interaction, now)) {
                interaction.end(AutoFinishRule.END_REASON, now);
                live.publish(new LiveEvent.InteractionChanged(interaction.getId(), interaction.getCampaign().getId(),
                        InteractionState.ENDED.name(), interaction.getAgent().map(User::getId).orElse(null), null,
                        AutoFinishRule.END_REASON.name(), now));
            }
        }
    }

    @Asynchronous
    @Lock(LockType.WRITE)
    public void dispatchLater(long campaignId) {
        self().dispatch(campaignId);
    }

    @Asynchronous
    @Lock(LockType.WRITE)
    public void sweepLater() {
        sweep();
    }

    /** Hands out one campaign's queue; its own transaction, so assignments commit before any announcement. */
    @Lock(LockType.WRITE)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void dispatch(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            return;
        }
        Instant now = clock.instant();
        List<Interaction> queued = interactions.queued(campaignId);
        abandonPastMaxTime(campaign, queued, now);
        List<Interaction> waiting = queued.stream().filter(i -> i.getState() == InteractionState.QUEUED).toList();
        if (waiting.isEmpty()) {
            return;
        }
        Map<Long, CampaignMember> members = new HashMap<>();
        List<AgentSnapshot> snapshots = campaign.getMembers().stream()
                .peek(m -> members.put(m.getUser().getId(), m))
                .map(m -> snapshot(m, now))
                .toList();
        DispatchPlan plan = dispatcher.plan(new DispatchRequest(waiting.stream().map(Interaction::getId).toList(),
                campaign.getStrategy(), campaign.getDeliveryOrder(), campaign.getMaxInteractionsPerAgent(), snapshots,
                lastServed.get(campaignId), now));
        // Stamped after everything the plan read: an assignment never appears to start before the end of a
        // chat that the plan already counted as ended.
        Instant assignedAt = clock.instant();
        for (Map.Entry<Long, Long> assignment : plan.assignments().entrySet()) {
            Interaction interaction = interactions.findForUpdate(assignment.getKey()).orElseThrow();
            if (interaction.getState() != InteractionState.QUEUED) {
                continue; // the customer left meanwhile: one assignment fewer keeps every cap
            }
            CampaignMember member = members.get(assignment.getValue());
            User agent = member.getUser();
            interaction.assign(agent, assignedAt);
            member.recordAssignment(assignedAt);
            live.publish(new LiveEvent.InteractionChanged(interaction.getId(), campaignId, InteractionState.ASSIGNED.name(),
                    agent.getId(), agent.getName(), null, assignedAt));
            automaticMessage(campaign, interaction, agent);
        }
        if (plan.lastServed() != null) {
            lastServed.put(campaignId, plan.lastServed());
        }
    }

    /** MSG-04: the agent's automatic message opens the conversation in the customer's language. */
    private void automaticMessage(Campaign campaign, Interaction interaction, User agent) {
        Language language = interaction.getLanguage();
        campaign.message(MessageKind.AGENT_AUTOMATIC, language)
                .filter(text -> !text.isBlank())
                .ifPresent(text -> chat.post(interaction.getId(), SenderKind.AGENT, agent, null, text));
    }

    /** ADV-05: a customer unattended past Max time is abandoned. */
    private void abandonPastMaxTime(Campaign campaign, List<Interaction> queued, Instant now) {
        MaxTimeRule maxTime = MaxTimeRule.of(campaign);
        for (Interaction queuedOne : queued) {
            if (!maxTime.abandons(queuedOne, now)) {
                continue;
            }
            Interaction interaction = interactions.findForUpdate(queuedOne.getId()).orElseThrow();
            if (maxTime.abandons(interaction, now)) {
                // The customer sees the Unavailable message (ADV-05), kept with the conversation.
                campaign.message(MaxTimeRule.MESSAGE, interaction.getLanguage()).filter(text -> !text.isBlank())
                        .ifPresent(text -> chat.post(interaction.getId(), SenderKind.SYSTEM, null, null, text));
                interaction.end(MaxTimeRule.END_REASON, now);
                live.publish(new LiveEvent.InteractionChanged(interaction.getId(), campaign.getId(),
                        InteractionState.ENDED.name(), null, null, MaxTimeRule.END_REASON.name(), now));
                LOG.fine(() -> "Interaction " + interaction.getId() + " abandoned past Max time");
            }
        }
    }

    private AgentSnapshot snapshot(CampaignMember member, Instant now) {
        long agentId = member.getUser().getId();
        var present = presence.of(agentId);
        boolean loggedIn = present.map(p -> p.state() != AgentState.LOGGED_OUT).orElse(false);
        boolean onBreak = present.map(p -> p.state() == AgentState.ON_BREAK).orElse(false);
        boolean onCall = present.map(p -> p.state() == AgentState.ON_CALL).orElse(false);
        long active = em.createQuery("select count(i) from Interaction i where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ASSIGNED", Long.class)
                .setParameter("agent", agentId).getSingleResult();
        Instant startOfDay = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        long completed = em.createQuery("select count(i) from Interaction i where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ENDED and i.endedAt >= :since", Long.class)
                .setParameter("agent", agentId).setParameter("since", startOfDay).getSingleResult();
        return new AgentSnapshot(agentId, loggedIn, onBreak, onCall, false, (int) active, 0, member.getPenalty(),
                member.getLastAssignedAt(), present.map(p -> p.since()).orElse(null), (int) completed);
    }

    private RoutingEngine self() {
        return context.getBusinessObject(RoutingEngine.class);
    }
}
