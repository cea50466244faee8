package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Loads interactions and their messages; the queue's order is arrival order (STR-07). */
@Stateless
public class InteractionRepository {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    public Optional<Interaction> find(long id) {
        return Optional.ofNullable(em.find(Interaction.class, id));
    }

    /**
     * The interaction, locked until the transaction ends and read again under the lock: messages get their
     * numbers one at a time, and a change works on the latest committed state even when the interaction was
     * loaded earlier in the same transaction.
     */
    public Optional<Interaction> findForUpdate(long id) {
        Interaction interaction = em.find(Interaction.class, id);
        // Already locked by this transaction: it is the latest state, and may hold changes not yet flushed
        // that a refresh would throw away. Lock before changing an interaction, never after.
        if (interaction != null && em.getLockMode(interaction) != LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(interaction, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(interaction);
    }

    /** The interaction of a customer's session token, locked and read again as {@link #findForUpdate}. */
    public Optional<Interaction> findBySessionTokenForUpdate(String token) {
        return findBySessionToken(token).flatMap(interaction -> findForUpdate(interaction.getId()));
    }

    public Optional<Interaction> findBySessionToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select i from Interaction i where i.sessionToken = :token", Interaction.class)
                .setParameter("token", token)
                .getResultStream().findFirst();
    }

    /**
     * The transfer that brought the interaction to its agent now (issue 11, point 17): the last one taken, when
     * it was taken as the interaction was assigned last; empty when the agent got it otherwise.
     */
    public Optional<InteractionTransfer> handover(Interaction interaction) {
        if (interaction.getAssignedAt() == null) {
            return Optional.empty();
        }
        return em.createQuery("select t from InteractionTransfer t join fetch t.fromAgent where t.interaction.id = :id"
                        + " and t.acceptedAt is not null order by t.acceptedAt desc, t.id desc", InteractionTransfer.class)
                .setParameter("id", interaction.getId()).setMaxResults(1).getResultStream().findFirst()
                .filter(t -> !t.getAcceptedAt().isBefore(interaction.getAssignedAt().minusMillis(1)));
    }

    /** The campaign's waiting interactions (queued, or offered and not yet taken), first in first out. */
    public List<Interaction> waiting(long campaignId) {
        return em.createQuery("select i from Interaction i where i.campaign.id = :campaign and i.state in"
                        + " (org.webchat.interaction.InteractionState.QUEUED, org.webchat.interaction.InteractionState.OFFERED)"
                        + " order by i.queuedAt, i.id",
                        Interaction.class)
                .setParameter("campaign", campaignId)
                .getResultList();
    }

    /** How many customers wait in the campaign's queue (Max chats, ADV-04), offered ones included. */
    public long countWaiting(long campaignId) {
        return em.createQuery("select count(i) from Interaction i where i.campaign.id = :campaign and i.state in"
                        + " (org.webchat.interaction.InteractionState.QUEUED, org.webchat.interaction.InteractionState.OFFERED)",
                        Long.class)
                .setParameter("campaign", campaignId)
                .getSingleResult();
    }

    public Optional<ChatMessage> findMessage(long interactionId, String clientId) {
        return em.createQuery("select m from ChatMessage m where m.interaction.id = :interaction and m.clientId = :clientId",
                        ChatMessage.class)
                .setParameter("interaction", interactionId)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    /**
     * The messages after {@code afterSeq}, in order: what a client that saw {@code afterSeq} missed; the internal ones
     * (whispers, issue 12) only {@code withInternal}.
     */
    public List<ChatMessage> messagesAfter(long interactionId, long afterSeq, boolean withInternal) {
        return em.createQuery("select m from ChatMessage m left join fetch m.sender where m.interaction.id = :interaction"
                        + " and m.seq > :after" + (withInternal ? "" : " and m.internal = false") + " order by m.seq",
                        ChatMessage.class)
                .setParameter("interaction", interactionId)
                .setParameter("after", afterSeq)
                .getResultList();
    }
}
