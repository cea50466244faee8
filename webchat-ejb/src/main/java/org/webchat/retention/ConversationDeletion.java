package org.webchat.retention;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.webchat.interaction.InteractionState;

/**
 * Deletes closed conversations (ended chats and offline messages; never a live one) with everything that refers to
 * them, and finds them a page at a time. Runs in the caller's transaction: a chunk of the retention job, or an erasure.
 */
@Stateless
public class ConversationDeletion {

    /** The states of a conversation retention may delete: nothing in them changes any more. */
    static final List<InteractionState> CLOSED = List.of(InteractionState.ENDED, InteractionState.OFFLINE);

    /** The states of a live conversation: a customer or an agent may still write in it. */
    static final List<InteractionState> LIVE =
            List.of(InteractionState.BOT, InteractionState.QUEUED, InteractionState.OFFERED, InteractionState.ASSIGNED);

    /**
     * Every table that refers to an interaction (V1 and later migrations), children first. The database would cascade
     * most of these, but saying each keeps the order clear and does not depend on it. A supervisor's act in the chat
     * stays in the supervision trail (an audit of the supervisor), without the chat.
     */
    private static final List<String> DEPENDENTS = List.of(
            "DELETE FROM evaluation_answer WHERE evaluation_id IN (SELECT e.id FROM evaluation e WHERE e.interaction_id IN (:ids))",
            "DELETE FROM evaluation WHERE interaction_id IN (:ids)",
            "DELETE FROM customer_feedback WHERE interaction_id IN (:ids)",
            "DELETE FROM chat_message WHERE interaction_id IN (:ids)",
            "DELETE FROM attachment WHERE interaction_id IN (:ids)",
            "DELETE FROM interaction_transfer WHERE interaction_id IN (:ids)",
            "DELETE FROM interaction_offer WHERE interaction_id IN (:ids)",
            "DELETE FROM call WHERE interaction_id IN (:ids)",
            "UPDATE supervision_act SET interaction_id = NULL WHERE interaction_id IN (:ids)");

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    /**
     * The ids of the group's conversations past the cutoff (a chat that ended before it, an offline message left
     * before it), above {@code afterId}, at most {@code limit}, in id order: the retention job's reader walks them
     * page by page, never holding them all.
     */
    public List<Long> pastCutoff(long groupId, Instant cutoff, long afterId, int limit) {
        return em.createQuery("select i.id from Interaction i where i.campaign.securityGroup.id = :group"
                        + " and i.id > :after and ((i.state = :ended and i.endedAt < :cutoff)"
                        + " or (i.state = :offline and i.createdAt < :cutoff)) order by i.id", Long.class)
                .setParameter("group", groupId).setParameter("after", afterId).setParameter("cutoff", cutoff)
                .setParameter("ended", InteractionState.ENDED).setParameter("offline", InteractionState.OFFLINE)
                .setMaxResults(limit).getResultList();
    }

    /** The ids of one customer's conversations in the group (the e-mail as stored: lower case), above {@code afterId}. */
    public List<Long> ofCustomer(long groupId, String email, long afterId, int limit) {
        return em.createQuery("select i.id from Interaction i where i.campaign.securityGroup.id = :group"
                        + " and i.customer.email = :email and i.id > :after order by i.id", Long.class)
                .setParameter("group", groupId).setParameter("email", email).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /** How many of one customer's conversations in the group are live. */
    public long liveOfCustomer(long groupId, String email) {
        return em.createQuery("select count(i) from Interaction i where i.campaign.securityGroup.id = :group"
                        + " and i.customer.email = :email and i.state in :live", Long.class)
                .setParameter("group", groupId).setParameter("email", email).setParameter("live", LIVE)
                .getSingleResult();
    }

    /**
     * Deletes those of these conversations that are closed, with their messages, attachments, feedback, evaluations,
     * transfers, offers and calls; a live one among them is left alone. Gives how many were deleted.
     */
    public int delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> closed = em.createQuery("select i.id from Interaction i where i.id in :ids and i.state in :closed",
                Long.class).setParameter("ids", ids).setParameter("closed", CLOSED).getResultList();
        if (closed.isEmpty()) {
            return 0;
        }
        em.flush();
        for (String statement : DEPENDENTS) {
            em.createNativeQuery(statement).setParameter("ids", closed).executeUpdate();
        }
        int deleted = em.createNativeQuery("DELETE FROM interaction WHERE id IN (:ids) AND state IN ('ENDED', 'OFFLINE')")
                .setParameter("ids", closed).executeUpdate();
        em.clear();
        return deleted;
    }
}
