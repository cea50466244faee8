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
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignMember;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.InteractionTransfer;
import org.webchat.interaction.SenderKind;
import org.webchat.node.NodeLease;

/**
 * The only writer of assignments and offers (STR-07). It wakes up when an interaction is queued, an agent
 * becomes free or changes state, an offer lapses, and every few seconds, and hands each campaign's queue
 * out with the campaign's strategy and delivery order ({@link Dispatcher}). A campaign is dispatched under a
 * lock on its row, and so is an agent's answer to an offer, so two decisions about one campaign (two threads,
 * or two nodes) never overlap; an interaction is assigned only while it is still waiting, in the same transaction
 * that reads it. Every decision also takes the {@link RoutingLock}, the engine's lock across the nodes of a cluster.
 *
 * <p>The engine holds the assignment core: dispatch, offers and their answers. What else it decides is carried out
 * by beans of its own: transfers (AGT-08, {@link TransferDecisions}), the take-back of a disabled or logged-out
 * agent's chats (SUP-15, {@link TakeBack}) and the customer's time limits (ADV-05, ADV-07, {@link TimeLimits}), with
 * the lock order and announcements they share in {@link Decisions}. Their entry points stay here, so that each
 * still runs under the engine's lock, in a transaction of its own, and its timers stay the engine's.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@AccessTimeout(value = 60, unit = TimeUnit.SECONDS)
public class RoutingEngine {

    /** How a transfer request went (AGT-08). */
    public enum TransferAnswer {
        /** Asked: the agent is offered it, or the campaign's queue has it. */
        REQUESTED,
        /** The chat is not the agent's open chat. */
        NOT_YOURS,
        /** No such agent signed in, or no such enabled campaign (nor itself). */
        NO_TARGET,
        /** A transfer of this chat is waiting already. */
        PENDING
    }

    /** How an agent's answer to an offer went. */
    public enum OfferAnswer {
        /** Accepted: the interaction is the agent's. Declined: it is no longer offered to the agent. */
        DONE,
        /** Nothing rings at the agent for that interaction: taken by another, lapsed, withdrawn, or never offered. */
        GONE,
        /** The agent's work changed since the offer and its strategy lets it take no more now (STR-01..05). */
        CANNOT_TAKE
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    AgentSnapshots snapshots;

    @Inject
    Offers offers;

    @Inject
    Transfers transfers;

    @Inject
    TransferDecisions transferDecisions;

    @Inject
    TakeBack takeBack;

    @Inject
    TimeLimits timeLimits;

    @Inject
    Decisions decisions;

    @Inject
    ChatService chat;

    @Inject
    PendingDispatches dispatches;

    @Inject
    RoutingLock routingLock;

    @Inject
    NodeLease nodes;

    @Resource
    SessionContext context;

    @Resource
    TimerService timers;

    private static final String TRANSFER_TIMER = "transfer:";

    private final Dispatcher dispatcher = new Dispatcher(new SecureRandom());
    private final Map<Long, Long> lastServed = new HashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Every few seconds: queues that waited for a free agent, and Max time (ADV-05). */
    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    @Lock(LockType.WRITE)
    void sweep() {
        dispatches.sweepBegins();
        // One probe of the waiting index per campaign, not a pass over every waiting interaction.
        for (Long campaign : em.createQuery("select c.id from Campaign c", Long.class).getResultList()) {
            if (interactions.anyWaiting(campaign)) {
                self().dispatch(campaign);
            }
        }
        self().autoFinish();
        // Timers do not outlive a restart; the transfers due meanwhile return here.
        for (InteractionTransfer due : transfers.due(clock.instant())) {
            self().returnTransfer(due.getId());
        }
    }

    /**
     * A timer of the engine: an offer of the campaign (the info, a campaign id) has rung its time and rings again,
     * or a transfer (info "transfer:id") was not taken in its campaign's max transfer time and returns.
     */
    @Timeout
    @Lock(LockType.WRITE)
    void timeout(Timer timer) {
        if (timer.getInfo() instanceof String transfer && transfer.startsWith(TRANSFER_TIMER)) {
            self().returnTransfer(Long.parseLong(transfer.substring(TRANSFER_TIMER.length())));
        } else {
            self().dispatch((Long) timer.getInfo());
        }
    }

    /**
     * ADV-07: ends the chats whose customer has stayed away longer than the campaign's Auto finish, counting as away
     * those whose socket died with its node.
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void autoFinish() {
        routingLock.take();
        Instant now = clock.instant();
        timeLimits.customersOfDeadNodesAway(nodes.alive(), now);
        timeLimits.autoFinish(now);
    }

    /** Asked through {@link PendingDispatches}, which merges the asks of a campaign into one. */
    @Asynchronous
    @Lock(LockType.WRITE)
    public void dispatchLater(long campaignId) {
        self().dispatch(campaignId);
    }

    /** Asked through {@link PendingDispatches}, which merges the asks into one. */
    @Asynchronous
    @Lock(LockType.WRITE)
    public void sweepLater() {
        sweep();
    }

    /**
     * Hands out one campaign's queue; its own transaction, so assignments commit before any announcement. Its cost
     * does not grow with the queue's length (issue 16): it reads the customers past Max time, the campaign's offers
     * and agents, and then only as many of the queue's head as the agents have room for, none when nobody has room.
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dispatch(long campaignId) {
        long changes = dispatches.begins(campaignId);
        Work work = work(campaignId, clock.instant());
        if (work == Work.NOBODY_HAS_ROOM) {
            dispatches.idle(campaignId, changes);
        } else {
            dispatches.working(campaignId);
        }
        if (work != Work.SOME) {
            return;
        }
        routingLock.take();
        em.clear(); // read again under the lock
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            return;
        }
        Instant now = clock.instant();
        RoutingStrategy strategy = RoutingStrategy.of(campaign.getStrategy());
        timeLimits.abandonPastMaxTime(campaign, now);
        Map<Long, CampaignMember> members = campaign.getMembers().stream()
                .collect(Collectors.toMap(m -> m.getUser().getId(), m -> m));
        Set<Long> requeued = closeStaleOffers(campaign, strategy, members, now);
        DispatchPlan plan = plan(campaign, members, now);
        // Stamped after everything the plan read: an assignment never appears to start before the end of a
        // chat that the plan already counted as ended.
        Instant decidedAt = clock.instant();
        for (Map.Entry<Long, Long> assignment : plan.assignments().entrySet()) {
            Interaction interaction = interactions.findForUpdate(assignment.getKey()).orElseThrow();
            if (interaction.getState() == InteractionState.QUEUED) { // else the customer left: one fewer keeps every cap
                assign(campaign, interaction, members.get(assignment.getValue()), decidedAt);
            }
        }
        for (Map.Entry<Long, Set<Long>> offered : plan.offers().entrySet()) {
            Interaction interaction = interactions.findForUpdate(offered.getKey()).orElseThrow();
            if (!interaction.getState().isWaiting()) {
                continue;
            }
            if (interaction.getState() == InteractionState.QUEUED) {
                interaction.offer(decidedAt);
                if (!requeued.remove(interaction.getId())) { // a lapsed offer ringing again is no news to the customer
                    decisions.publishState(interaction, decidedAt);
                }
            }
            offered.getValue().forEach(agentId -> offers.make(interaction, members.get(agentId).getUser(), decidedAt));
            Instant lapses = decidedAt.plusSeconds(campaign.getOfferTimeoutSeconds());
            timers.createSingleActionTimer(Date.from(lapses.plusMillis(1)), new TimerConfig(campaignId, false));
        }
        for (Long back : requeued) {
            interactions.find(back).ifPresent(interaction -> decisions.publishState(interaction, decidedAt));
        }
        if (plan.lastServed() != null) {
            lastServed.put(campaignId, plan.lastServed());
        }
    }

    /** What a dispatch of a campaign may have to do. */
    private enum Work {
        /** Something: an offer ringing, someone past Max time, or someone waiting while an agent has room. */
        SOME,
        /** Nothing: nobody waits (an arrival will ask again). */
        NOBODY_WAITS,
        /** Nothing: no agent has room, so no arrival changes that ({@link PendingDispatches#idle}). */
        NOBODY_HAS_ROOM
    }

    /**
     * What a dispatch of the campaign now would have to do. Read without the campaign's lock (issue 16): a campaign
     * whose agents are all busy is not locked, nor its commit flushed, for each of a thousand arrivals, and a dispatch
     * never waits behind the arrivals for the lock to find that out. A change committed after this read asks a
     * dispatch of its own. A campaign gone has nothing to do, as nobody waits in it.
     */
    private Work work(long campaignId, Instant now) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            return Work.NOBODY_WAITS;
        }
        if (!offers.openIn(campaignId).isEmpty() || interactions.anyWaitingSince(campaignId,
                now.minus(org.webchat.campaign.MaxTimeRule.of(campaign).maxTime()))) {
            return Work.SOME;
        }
        if (!interactions.anyWaiting(campaignId)) {
            return Work.NOBODY_WAITS;
        }
        List<AgentSnapshot> agents = snapshots.of(campaign.getMembers(), now);
        // No offer is open (read above), so the declined ones are all that is on offer.
        return Dispatcher.room(campaign.getStrategy(), campaign.getMaxInteractionsPerAgent(), agents,
                offers.recentlyDeclined(campaign, now)) == 0 ? Work.NOBODY_HAS_ROOM : Work.SOME;
    }

    /** The dispatch's decision; empty when nobody waits or nobody has room, and then the queue is not read. */
    private DispatchPlan plan(Campaign campaign, Map<Long, CampaignMember> members, Instant now) {
        long campaignId = campaign.getId();
        if (!interactions.anyWaiting(campaignId)) {
            return new DispatchPlan(Map.of(), Map.of(), null);
        }
        // Read after the stale offers closed, so that an agent whose offer lapsed may be offered again.
        List<AgentSnapshot> agents = snapshots.of(members.values(), now);
        Map<Long, Set<Long>> onOffer = onOffer(campaign, now);
        int room = Dispatcher.room(campaign.getStrategy(), campaign.getMaxInteractionsPerAgent(), agents, onOffer);
        if (room == 0) {
            return new DispatchPlan(Map.of(), Map.of(), null);
        }
        return dispatcher.plan(new DispatchRequest(interactions.queue(campaignId, room), campaign.getStrategy(),
                campaign.getDeliveryOrder(), campaign.getMaxInteractionsPerAgent(), agents, lastServed.get(campaignId),
                onOffer, now));
    }

    /** The interactions on offer or declined lately, with their agents ({@link DispatchRequest}). */
    private Map<Long, Set<Long>> onOffer(Campaign campaign, Instant now) {
        Map<Long, Set<Long>> onOffer = new HashMap<>(offers.recentlyDeclined(campaign, now));
        offers.openIn(campaign.getId()).forEach(offer -> onOffer.computeIfAbsent(offer.getInteraction().getId(),
                id -> new HashSet<>()).add(offer.getAgent().getId()));
        return onOffer;
    }

    /**
     * The agent takes an interaction offered to it (STR-04). Decided under the campaign's lock like a dispatch:
     * of two agents accepting at once, one gets it and the other hears it is gone.
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OfferAnswer accept(long agentId, long interactionId) {
        routingLock.take();
        Optional<Decision> decision = answering(agentId, interactionId);
        if (decision.isEmpty()) {
            return OfferAnswer.GONE;
        }
        Decision d = decision.get();
        CampaignMember member = d.campaign().getMembers().stream()
                .filter(m -> m.getUser().getId() == agentId).findFirst().orElse(null);
        if (member == null) {
            return OfferAnswer.GONE;
        }
        AgentSnapshot agent = snapshots.of(List.of(member), d.now()).get(0);
        if (!RoutingStrategy.of(d.campaign().getStrategy()).mayTakeOneMore(agent,
                d.campaign().getMaxInteractionsPerAgent())) {
            self().dispatchLater(d.campaign().getId()); // which withdraws the offer the agent can no longer take
            return OfferAnswer.CANNOT_TAKE;
        }
        for (InteractionOffer offer : offers.openFor(interactionId)) {
            offers.close(offer, offer.getAgent().getId() == agentId ? OfferOutcome.ACCEPTED : OfferOutcome.WITHDRAWN,
                    d.now());
        }
        assign(d.campaign(), d.interaction(), member, d.now());
        lastServed.put(d.campaign().getId(), agentId);
        return OfferAnswer.DONE;
    }

    /**
     * Issue 11, point 18: the agent picks a waiting customer from its campaign's queue. Only where the strategy lets
     * agents choose (the ringall strategies, STR-04); elsewhere the engine hands the queue out in order. Decided under
     * the campaign's lock like a dispatch, and never past the agent's cap: of two agents picking at once, one gets it.
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OfferAnswer pick(long agentId, long interactionId) {
        routingLock.take();
        return take(agentId, interactionId, false);
    }

    /**
     * A bot hands a chat to one agent (BOT-01): the agent takes it at once when its strategy lets it take one more
     * now, whatever the campaign's strategy; otherwise it waits in the queue for whoever comes first.
     */
    @Asynchronous
    @Lock(LockType.WRITE)
    public void handToLater(long agentId, long interactionId) {
        self().handTo(agentId, interactionId);
    }

    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OfferAnswer handTo(long agentId, long interactionId) {
        routingLock.take();
        return take(agentId, interactionId, true);
    }

    /** The agent takes a waiting interaction; {@code named}: chosen for it (a bot's hand-off), not picked by it. */
    private OfferAnswer take(long agentId, long interactionId, boolean named) {
        Optional<Decision> decision = decisions.locked(interactionId)
                .filter(d -> d.interaction().getState().isWaiting());
        if (decision.isEmpty()) {
            return OfferAnswer.GONE;
        }
        Decision d = decision.get();
        CampaignMember member = d.campaign().getMembers().stream()
                .filter(m -> m.getUser().getId() == agentId).findFirst().orElse(null);
        RoutingStrategy strategy = RoutingStrategy.of(d.campaign().getStrategy());
        if (member == null || !(named || strategy.offersToAll())) {
            return OfferAnswer.GONE;
        }
        AgentSnapshot agent = snapshots.of(List.of(member), d.now()).get(0);
        if (!strategy.mayTakeOneMore(agent, d.campaign().getMaxInteractionsPerAgent())) {
            return OfferAnswer.CANNOT_TAKE;
        }
        for (InteractionOffer offer : offers.openFor(interactionId)) {
            offers.close(offer, OfferOutcome.WITHDRAWN, d.now());
        }
        assign(d.campaign(), d.interaction(), member, d.now());
        lastServed.put(d.campaign().getId(), agentId);
        return OfferAnswer.DONE;
    }

    /** The agent refuses an interaction offered to it; it rings on at the others, or waits for the next round. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OfferAnswer decline(long agentId, long interactionId) {
        routingLock.take();
        Optional<Decision> decision = answering(agentId, interactionId);
        if (decision.isEmpty()) {
            return OfferAnswer.GONE;
        }
        Decision d = decision.get();
        List<InteractionOffer> open = offers.openFor(interactionId);
        open.stream().filter(offer -> offer.getAgent().getId() == agentId)
                .forEach(offer -> offers.close(offer, OfferOutcome.DECLINED, d.now()));
        if (open.stream().allMatch(offer -> offer.getAgent().getId() == agentId)) {
            d.interaction().enqueue(d.now());
            // which wakes a dispatch: the agent is free for the next one
            decisions.publishState(d.interaction(), d.now());
        }
        return OfferAnswer.DONE;
    }

    /** The decision about an interaction that rings at the agent now, locked; empty when it rings no more. */
    private Optional<Decision> answering(long agentId, long interactionId) {
        if (offers.campaignOfOpen(agentId, interactionId).isEmpty()) {
            return Optional.empty();
        }
        return decisions.locked(interactionId).filter(d -> d.interaction().getState() == InteractionState.OFFERED
                && offers.openFor(interactionId).stream()
                        .anyMatch(offer -> offer.getAgent().getId() == agentId && !offer.hasLapsed(d.now())));
    }

    /**
     * Closes the campaign's offers that can no longer be taken: lapsed ones (EXPIRED), and those whose
     * interaction stopped waiting, whose agent can no longer take it or left the campaign, or that the
     * campaign's strategy no longer makes (WITHDRAWN). An interaction left without an open offer goes back
     * to the queue in its place; returns those.
     */
    private Set<Long> closeStaleOffers(Campaign campaign, RoutingStrategy strategy, Map<Long, CampaignMember> members,
            Instant now) {
        List<InteractionOffer> open = offers.openIn(campaign.getId());
        if (open.isEmpty()) {
            return new LinkedHashSet<>();
        }
        Map<Long, AgentSnapshot> agents = new HashMap<>();
        snapshots.of(members.values(), now).forEach(agent -> agents.put(agent.agentId(), agent));
        Map<Long, Interaction> touched = new HashMap<>();
        Set<Long> stillRinging = new HashSet<>();
        for (InteractionOffer offer : open) {
            Interaction interaction = offer.getInteraction();
            AgentSnapshot agent = agents.get(offer.getAgent().getId());
            OfferOutcome outcome = null;
            if (offer.hasLapsed(now)) {
                outcome = OfferOutcome.EXPIRED;
            } else if (interaction.getState() != InteractionState.OFFERED || !strategy.offersToAll() || agent == null
                    || !strategy.mayTakeOneMore(agent, campaign.getMaxInteractionsPerAgent())) {
                outcome = OfferOutcome.WITHDRAWN;
            }
            if (outcome == null) {
                stillRinging.add(interaction.getId());
            } else {
                offers.close(offer, outcome, now);
                touched.put(interaction.getId(), interaction);
            }
        }
        Set<Long> requeued = new LinkedHashSet<>();
        for (Interaction interaction : touched.values()) {
            if (interaction.getState() == InteractionState.OFFERED && !stillRinging.contains(interaction.getId())) {
                interactions.findForUpdate(interaction.getId()).orElseThrow().enqueue(now);
                requeued.add(interaction.getId());
            }
        }
        return requeued;
    }

    /** Hands the interaction to the member agent: the assignment, the announcement and MSG-04. */
    private void assign(Campaign campaign, Interaction interaction, CampaignMember member, Instant at) {
        User agent = member.getUser();
        interaction.assign(agent, at);
        member.recordAssignment(at);
        // Taken in the campaign it was transferred to (AGT-08): the transfer is settled.
        transfers.pending(interaction.getId()).filter(t -> t.getToCampaign().isPresent())
                .ifPresent(t -> transfers.accept(t, at));
        decisions.announceAssignment(campaign, interaction, agent, at);
        automaticMessage(campaign, interaction, agent);
    }

    /**
     * AGT-08: the agent hands its chat to another signed-in agent (who is offered it and keeps it only by
     * accepting) or to another campaign (whose queue takes it at once). Either returns to the agent after the
     * campaign's max transfer time when nobody takes it: the engine's timer calls {@link #returnTransfer}.
     * The decision itself: {@link TransferDecisions#request}.
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TransferAnswer transfer(long fromAgentId, long interactionId, Long toAgentId, Long toCampaignId,
            String note) {
        routingLock.take();
        TransferDecisions.Request request = transferDecisions.request(fromAgentId, interactionId, toAgentId,
                toCampaignId, note);
        if (request.transfer() != null) {
            long transferId = request.transfer().getId();
            request.transfer().returnsAt().ifPresent(at -> timers.createSingleActionTimer(Date.from(at.plusMillis(1)),
                    new TimerConfig(TRANSFER_TIMER + transferId, false)));
        }
        return request.answer();
    }

    /** The agent takes a chat another agent transferred to it (AGT-08). */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OfferAnswer acceptTransfer(long agentId, long interactionId) {
        routingLock.take();
        return transferDecisions.accept(agentId, interactionId);
    }

    /** The agent refuses a chat transferred to it: it stays with the agent that asked. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OfferAnswer declineTransfer(long agentId, long interactionId) {
        routingLock.take();
        return transferDecisions.decline(agentId, interactionId);
    }

    @Asynchronous
    @Lock(LockType.WRITE)
    public void releaseLater(long agentId) {
        self().release(agentId);
    }

    /**
     * An administrator disabled or removed the agent, or took its agent role away: its open chats go back to their
     * campaigns' queues for the other agents ({@link TakeBack#ofReleased}).
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long agentId) {
        routingLock.take();
        takeBack.ofReleased(agentId);
    }

    /**
     * SUP-15: a supervisor logged the agent out: its open chats go back to their campaigns' queues for the other
     * agents, and the transfers offered to it return to the agents that asked ({@link TakeBack#ofLoggedOut}).
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void takeBack(long agentId) {
        routingLock.take();
        takeBack.ofLoggedOut(agentId);
    }

    /** A transfer nobody took in time returns to its agent, in the campaign it came from (AGT-08). */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void returnTransfer(long transferId) {
        routingLock.take();
        transferDecisions.returnWhenDue(transferId);
    }

    /** MSG-04: the agent's automatic message opens the conversation in the customer's language. */
    private void automaticMessage(Campaign campaign, Interaction interaction, User agent) {
        Language language = interaction.getLanguage();
        campaign.message(MessageKind.AGENT_AUTOMATIC, language)
                .filter(text -> !text.isBlank())
                .ifPresent(text -> chat.post(interaction.getId(), SenderKind.AGENT, agent, null, text));
    }

    private RoutingEngine self() {
        return context.getBusinessObject(RoutingEngine.class);
    }
}
