package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.bot.Bot;
import org.webchat.bot.BotVariable;
import org.webchat.live.LiveEvent;
import org.webchat.schema.LockedRows;

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
        return Optional.ofNullable(LockedRows.latest(em, Interaction.class, id));
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

    /** The chat as its agent's workspace shows it: with who handed it over and what its start bot did. */
    public LiveEvent.ChatInfo chatInfo(Interaction interaction) {
        return chatInfos(List.of(interaction)).get(0);
    }

    /** As {@link #chatInfo}, for several chats: their bots' parts are read in one query. */
    public List<LiveEvent.ChatInfo> chatInfos(List<Interaction> chats) {
        Map<Long, LiveEvent.BotPart> bots = botParts(chats);
        return chats.stream().map(i -> ChatViews.info(i, handover(i).orElse(null), bots.get(i.getId()))).toList();
    }

    /**
     * What the start bots of these chats did before a person took them (issue 15, point 5), by interaction: the bot,
     * how its part ended, its summary and reason, and the variables it collected (an empty one was not), in one
     * query for all the chats; a chat no bot talked in asks nothing.
     */
    public Map<Long, LiveEvent.BotPart> botParts(List<Interaction> chats) {
        List<Long> ids = chats.stream().filter(i -> i.getBotOutcome().isPresent()).map(Interaction::getId).toList();
        Map<Long, LiveEvent.BotPart> parts = new HashMap<>();
        if (ids.isEmpty()) {
            return parts;
        }
        Map<Long, List<LiveEvent.Variable>> variables = new HashMap<>();
        List<Object[]> rows = em.createQuery("select i.id, b.name, b.displayName, i.botOutcome, i.botSummary,"
                        + " i.botHandoffReason, v.key.name, v.value from Interaction i left join i.startBot b"
                        + " left join BotVariable v on v.key.interactionId = i.id and v.key.phase = :start"
                        + " where i.id in :ids order by i.id, v.ordinal", Object[].class)
                .setParameter("start", BotVariable.Phase.START).setParameter("ids", ids).getResultList();
        Map<Long, Object[]> firstRows = new HashMap<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            firstRows.putIfAbsent(id, row);
            List<LiveEvent.Variable> collected = variables.computeIfAbsent(id, any -> new ArrayList<>());
            if (row[6] != null && row[7] != null && !((String) row[7]).isEmpty()) {
                collected.add(new LiveEvent.Variable((String) row[6], (String) row[7]));
            }
        }
        firstRows.forEach((id, row) -> parts.put(id, new LiveEvent.BotPart(
                row[1] == null ? null : Bot.shownName((String) row[1], (String) row[2]), String.valueOf(row[3]),
                (String) row[4], (String) row[5], variables.get(id))));
        return parts;
    }

    /** Queued, or offered and not yet taken: the states of a customer waiting in a campaign's queue. */
    private static final String WAITING = "i.campaign.id = :campaign and i.state in"
            + " (org.webchat.interaction.InteractionState.QUEUED, org.webchat.interaction.InteractionState.OFFERED)";

    /**
     * The first {@code limit} of the campaign's waiting interactions, first in first out (STR-07): the head of the
     * queue, read from its own index (V18) without touching the rest of the queue.
     */
    public List<Interaction> waiting(long campaignId, int limit) {
        return em.createQuery("select i from Interaction i where " + WAITING + " order by i.queuedAt, i.id",
                        Interaction.class)
                .setParameter("campaign", campaignId).setMaxResults(limit).getResultList();
    }

    /** As {@link #waiting(long, int)}, the ids alone; {@code limit} {@link Integer#MAX_VALUE}: the whole queue. */
    public List<Long> queue(long campaignId, int limit) {
        var query = em.createQuery("select i.id from Interaction i where " + WAITING + " order by i.queuedAt, i.id",
                Long.class).setParameter("campaign", campaignId);
        return (limit == Integer.MAX_VALUE ? query : query.setMaxResults(limit)).getResultList();
    }

    /** The campaign's waiting interactions that entered the queue before {@code queuedBefore} (Max time, ADV-05). */
    public List<Interaction> waitingSince(long campaignId, Instant queuedBefore) {
        return em.createQuery("select i from Interaction i where " + WAITING + " and i.queuedAt < :before"
                        + " order by i.queuedAt, i.id", Interaction.class)
                .setParameter("campaign", campaignId).setParameter("before", queuedBefore).getResultList();
    }

    /** Whether any of the campaign's waiting interactions entered the queue before {@code queuedBefore}. */
    public boolean anyWaitingSince(long campaignId, Instant queuedBefore) {
        return !em.createQuery("select i.id from Interaction i where " + WAITING + " and i.queuedAt < :before",
                        Long.class)
                .setParameter("campaign", campaignId).setParameter("before", queuedBefore).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** How many customers wait in the campaign's queue (Max chats, ADV-04), offered ones included. */
    public long countWaiting(long campaignId) {
        return em.createQuery("select count(i) from Interaction i where " + WAITING, Long.class)
                .setParameter("campaign", campaignId)
                .getSingleResult();
    }

    /** Whether anybody waits in the campaign's queue. */
    public boolean anyWaiting(long campaignId) {
        return !em.createQuery("select i.id from Interaction i where " + WAITING, Long.class)
                .setParameter("campaign", campaignId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The place of a waiting interaction in its campaign's queue (WID-05, 1 = next), counted: the waiting
     * interactions ahead of it in arrival order, plus one. In SQL, so that the database counts a range of the queue's
     * own index (V18), the row (queued at, id) being its key, and not the campaign's whole history by another index.
     */
    public int place(Interaction waiting) {
        Number ahead = (Number) em.createNativeQuery("SELECT COUNT(*) FROM interaction WHERE campaign_id = ?1"
                        + " AND state IN ('QUEUED', 'OFFERED') AND (queued_at, id) < (?2, ?3)")
                .setParameter(1, waiting.getCampaign().getId()).setParameter(2, waiting.getQueuedAt())
                .setParameter(3, waiting.getId()).getSingleResult();
        return 1 + ahead.intValue();
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
