package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.InteractionTransfer;

/**
 * Takes an agent's chats back to their campaigns' queues, for the other agents: when an administrator disabled or
 * removed the agent or took its agent role away ({@link RoutingEngine#release}), and when a supervisor logged it out
 * (SUP-15, {@link RoutingEngine#takeBack}). The transfers it had asked for are called off, and those offered to a
 * logged-out agent return to the agents that asked (AGT-08). The engine still takes each take-back under its lock,
 * in its own transaction; this class holds what it does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TakeBack {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    Transfers transfers;

    @Inject
    Decisions decisions;

    private final Clock clock = Clock.systemUTC();

    /**
     * An administrator disabled or removed the agent, or took its agent role away: its open chats go back to their
     * campaigns' queues, and a transfer it had asked for is called off. An agent whose access changed otherwise (a
     * new password) keeps its chats for when it signs in again.
     */
    public void ofReleased(long agentId) {
        User agent = em.find(User.class, agentId);
        if (agent != null && agent.isEnabled() && agent.hasRole(Role.AGENT)) {
            return;
        }
        requeueOpenChats(agentId);
    }

    /**
     * SUP-15: a supervisor logged the agent out (the caller has made it logged out, so that no dispatch hands it
     * anything again): its open chats go back to their campaigns' queues, as for a disabled agent, and the transfers
     * offered to it return to the agents that asked.
     */
    public void ofLoggedOut(long agentId) {
        Instant now = clock.instant();
        for (InteractionTransfer offered : transfers.pendingTo(agentId)) {
            decisions.locked(offered.getInteraction().getId()).flatMap(d -> transfers.pending(d.interaction().getId()))
                    .filter(t -> t.getToAgent().map(to -> to.getId() == agentId).orElse(false))
                    .ifPresent(t -> transfers.returnToAgent(t, now));
        }
        requeueOpenChats(agentId);
    }

    /** The agent's open chats go back to their campaigns' queues, and a transfer it had asked for is called off. */
    private void requeueOpenChats(long agentId) {
        List<Long> open = em.createQuery("select i.id from Interaction i where i.agent.id = :agent"
                        + " and i.state = :state", Long.class)
                .setParameter("agent", agentId).setParameter("state", InteractionState.ASSIGNED).getResultList();
        for (long interactionId : open) {
            decisions.locked(interactionId).filter(d -> d.interaction().getState() == InteractionState.ASSIGNED)
                    .ifPresent(d -> {
                        transfers.pending(interactionId).ifPresent(t -> transfers.returnToAgent(t, d.now()));
                        d.interaction().moveTo(d.campaign(), d.now());
                        decisions.publishState(d.interaction(), d.now()); // which wakes the campaign's dispatch
                    });
        }
    }
}
