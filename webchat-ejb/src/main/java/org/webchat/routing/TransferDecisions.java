package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.InteractionTransfer;
import org.webchat.routing.RoutingEngine.OfferAnswer;
import org.webchat.routing.RoutingEngine.TransferAnswer;

/**
 * The routing decisions about transfers (AGT-08): an agent hands its chat to another agent or campaign, the other
 * agent takes or refuses it, and a transfer nobody took returns. Kept apart from the assignment core; the engine
 * still takes each of them, under its lock, in its own transaction, and keeps the timers of the returns
 * ({@link RoutingEngine#transfer}); {@link Transfers} keeps their records.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TransferDecisions {

    /** How a transfer request went, and the transfer asked for (null unless {@link TransferAnswer#REQUESTED}). */
    public record Request(TransferAnswer answer, InteractionTransfer transfer) {

        static Request refused(TransferAnswer answer) {
            return new Request(answer, null);
        }
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    Transfers transfers;

    @Inject
    AgentPresence presence;

    @Inject
    Decisions decisions;

    private final Clock clock = Clock.systemUTC();

    /**
     * AGT-08: the agent hands its chat to another signed-in agent (who is offered it and keeps it only by
     * accepting) or to another campaign (whose queue takes it at once). The note (null: none) goes to whoever takes
     * it. Only within the agent's security group (ADM-02): another group's agent or campaign is no target, whatever
     * id the agent sends.
     */
    public Request request(long fromAgentId, long interactionId, Long toAgentId, Long toCampaignId, String note) {
        Optional<Decision> decision = decisions.locked(interactionId);
        if (decision.isEmpty()) {
            return Request.refused(TransferAnswer.NOT_YOURS);
        }
        Campaign campaign = decision.get().campaign();
        Interaction interaction = decision.get().interaction();
        if (interaction.getState() != InteractionState.ASSIGNED
                || !interaction.getAgent().map(a -> a.getId() == fromAgentId).orElse(false)) {
            return Request.refused(TransferAnswer.NOT_YOURS);
        }
        if (transfers.pending(interactionId).isPresent()) {
            return Request.refused(TransferAnswer.PENDING);
        }
        Instant now = decision.get().now();
        User from = em.find(User.class, fromAgentId);
        InteractionTransfer transfer;
        if (toAgentId != null) {
            User to = em.find(User.class, toAgentId);
            if (to == null || toAgentId == fromAgentId || !Transfers.isTarget(to, from.getSecurityGroup())
                    || !presence.isLoggedIn(toAgentId)) {
                return Request.refused(TransferAnswer.NO_TARGET);
            }
            transfer = transfers.request(interaction, from, to, null, note, now);
        } else {
            Campaign target = toCampaignId == null ? null
                    : em.find(Campaign.class, toCampaignId, LockModeType.PESSIMISTIC_WRITE);
            if (target == null || !Transfers.isTarget(target, from.getSecurityGroup())
                    || target.getId().equals(campaign.getId())) {
                return Request.refused(TransferAnswer.NO_TARGET);
            }
            transfer = transfers.request(interaction, from, null, target, note, now);
            interaction.moveTo(target, now);
            decisions.publishState(interaction, now); // which wakes the target campaign's dispatch
        }
        return new Request(TransferAnswer.REQUESTED, transfer);
    }

    /** The agent takes a chat another agent transferred to it (AGT-08). */
    public OfferAnswer accept(long agentId, long interactionId) {
        Optional<InteractionTransfer> asked = transferTo(agentId, interactionId);
        if (asked.isEmpty()) {
            return OfferAnswer.GONE;
        }
        Interaction interaction = asked.get().getInteraction();
        Instant now = clock.instant();
        User agent = em.find(User.class, agentId);
        interaction.assign(agent, now);
        transfers.accept(asked.get(), now);
        decisions.announceAssignment(interaction.getCampaign(), interaction, agent, now);
        return OfferAnswer.DONE;
    }

    /** The agent refuses a chat transferred to it: it stays with the agent that asked. */
    public OfferAnswer decline(long agentId, long interactionId) {
        Optional<InteractionTransfer> asked = transferTo(agentId, interactionId);
        asked.ifPresent(transfer -> transfers.returnToAgent(transfer, clock.instant()));
        return asked.isPresent() ? OfferAnswer.DONE : OfferAnswer.GONE;
    }

    /** A pending transfer of the interaction to this agent, with the campaign and the interaction locked. */
    private Optional<InteractionTransfer> transferTo(long agentId, long interactionId) {
        return decisions.locked(interactionId).filter(d -> d.interaction().getState() == InteractionState.ASSIGNED)
                .flatMap(d -> transfers.pending(interactionId))
                .filter(t -> t.getToAgent().map(a -> a.getId() == agentId).orElse(false));
    }

    /** A transfer nobody took in time returns to its agent, in the campaign it came from (AGT-08). */
    public void returnWhenDue(long transferId) {
        InteractionTransfer transfer = em.find(InteractionTransfer.class, transferId);
        Instant now = clock.instant();
        if (transfer == null || !transfer.isPending()
                || transfer.returnsAt().map(now::isBefore).orElse(true)) {
            return;
        }
        Interaction interaction = interactions.findForUpdate(transfer.getInteraction().getId()).orElseThrow();
        if (transfer.getToCampaign().isPresent()) {
            if (!interaction.getState().isWaiting()) {
                return; // taken meanwhile, or the customer left: nothing returns
            }
            em.find(Campaign.class, transfer.getFromCampaign().getId(), LockModeType.PESSIMISTIC_WRITE);
            interaction.moveTo(transfer.getFromCampaign(), now);
            transfers.returnToAgent(transfer, now);
            if (transfer.getFromAgent().isEnabled()) {
                interaction.assign(transfer.getFromAgent(), now);
                decisions.announceAssignment(transfer.getFromCampaign(), interaction, transfer.getFromAgent(), now);
            } else {
                // its agent was disabled meanwhile: back in its campaign's queue
                decisions.publishState(interaction, now);
            }
        } else {
            transfers.returnToAgent(transfer, now);
        }
    }
}
