package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.webchat.agent.User;
import org.webchat.campaign.AutoFinishRule;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.MaxTimeRule;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.SenderKind;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * The campaign's time limits on a customer, which end a chat instead of routing it: Max time for a customer left
 * waiting (ADV-05), checked by each dispatch of the campaign, and Auto finish for a customer who went away (ADV-07),
 * checked by the engine's sweep. The rules themselves are {@link MaxTimeRule} and {@link AutoFinishRule}; this class
 * applies them inside the engine's transaction, under its lock, re-reading each interaction locked before ending it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TimeLimits {

    private static final Logger LOG = Logger.getLogger(TimeLimits.class.getName());

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    ChatService chat;

    @Inject
    LiveChannel live;

    /**
     * A customer whose socket was on a node not {@code alive} (it died, or it was killed and started again) is away
     * from {@code now} on: its socket died with the node, and no close was recorded. The agent is told, as of any
     * customer who left, and Auto finish (ADV-07) counts from now; the customer's return to a live node undoes it. Read
     * by the index of connected customers' nodes (V24), not over every open chat.
     */
    public void customersOfDeadNodesAway(Set<String> alive, Instant now) {
        List<Long> orphaned = em.createQuery("select i.id from Interaction i where i.customerNode is not null"
                + " and i.customerNode not in :alive", Long.class).setParameter("alive", alive).getResultList();
        for (long id : orphaned) {
            interactions.findForUpdate(id)
                    .filter(i -> i.getCustomerNode().filter(node -> !alive.contains(node)).isPresent())
                    .filter(i -> i.customerDisconnected(now) && i.getState().isOpen())
                    .ifPresent(i -> live.publish(new LiveEvent.CustomerPresence(i.getId(),
                            i.getAgent().map(User::getId).orElse(null), false, now)));
        }
    }

    /** ADV-07: ends the chats whose customer has stayed away longer than the campaign's Auto finish. */
    public void autoFinish(Instant now) {
        // Only those gone past their campaign's Auto finish, not every open chat whose customer is away (issue 16: a
        // long queue of customers who closed their tabs is not read every few seconds).
        List<Interaction> away = em.createQuery("select i from Interaction i join fetch i.campaign"
                + " where i.customerDisconnectedAt is not null and i.state in"
                + " (org.webchat.interaction.InteractionState.QUEUED, org.webchat.interaction.InteractionState.OFFERED,"
                + " org.webchat.interaction.InteractionState.ASSIGNED)"
                + " and i.customerDisconnectedAt + (i.campaign.autoFinishSeconds) second < :now", Interaction.class)
                .setParameter("now", now).getResultList();
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

    /** ADV-05: a customer unattended past Max time is abandoned; read by the range past it, not the whole queue. */
    public void abandonPastMaxTime(Campaign campaign, Instant now) {
        MaxTimeRule maxTime = MaxTimeRule.of(campaign);
        // Past Max time is strict (MaxTimeRule#isExceeded): queued before now less Max time.
        for (Interaction waitingOne : interactions.waitingSince(campaign.getId(), now.minus(maxTime.maxTime()))) {
            if (!maxTime.abandons(waitingOne, now)) {
                continue;
            }
            Interaction interaction = interactions.findForUpdate(waitingOne.getId()).orElseThrow();
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
}
