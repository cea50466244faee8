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
import org.webchat.interaction.ChatViews;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * What every decision of the routing engine shares, whichever bean carries it out (the assignment core, the
 * transfers of AGT-08, the take-back of an agent's chats): the order in which it locks a campaign and its
 * interaction, so that two decisions never deadlock nor overlap (STR-07), and how it announces an interaction's
 * new state. Runs only inside the transaction the engine opened, under the engine's lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Decisions {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    LiveChannel live;

    private final Clock clock = Clock.systemUTC();

    /** The interaction and its campaign, locked campaign first: the order in which every decision locks them. */
    public Optional<Decision> locked(long interactionId) {
        Optional<Interaction> known = interactions.find(interactionId);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Campaign campaign = em.find(Campaign.class, known.get().getCampaign().getId(), LockModeType.PESSIMISTIC_WRITE);
        Interaction interaction = interactions.findForUpdate(interactionId).orElseThrow();
        return Optional.of(new Decision(campaign, interaction, clock.instant()));
    }

    /** The interaction now belongs to the agent: its card, and who handed it over, go with the news. */
    public void announceAssignment(Campaign campaign, Interaction interaction, User agent, Instant at) {
        live.publish(new LiveEvent.InteractionChanged(interaction.getId(), campaign.getId(),
                InteractionState.ASSIGNED.name(), agent.getId(), ChatViews.card(campaign, agent), null, at,
                interactions.chatInfo(interaction)));
    }

    public void publishState(Interaction interaction, Instant at) {
        live.publish(new LiveEvent.InteractionChanged(interaction.getId(), interaction.getCampaign().getId(),
                interaction.getState().name(), null, null, null, at));
    }
}
