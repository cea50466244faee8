package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.webchat.campaign.Admission;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.EntryDecision;
import org.webchat.campaign.Language;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * The customer's side of a chat, as the widget's socket drives it: opening (the campaign's rules on entry),
 * resuming with the session token, writing, ending. Every answer is decided on committed data.
 */
@Stateless
public class CustomerChatService {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    ChatService chat;

    @Inject
    LiveChannel live;

    private final Clock clock = Clock.systemUTC();

    /** The customer's details as the pre-chat form gave them. */
    public record Arrival(long campaignId, String name, String email, String phone, String extra, String language,
                          String pageUrl) {
    }

    /**
     * Resumes the interaction of {@code token} when it belongs to the campaign; otherwise applies the campaign's
     * rules to a new arrival: disabled, out of hours, queue full, or queued.
     */
    public ChatOpening open(String token, Arrival arrival) {
        Optional<Interaction> known = interactions.findBySessionToken(token)
                .filter(i -> i.getCampaign().getId() == arrival.campaignId());
        if (known.isPresent()) {
            return opening(known.get(), null);
        }
        // Under the campaign's lock, like the routing engine's dispatch: Max chats counts exactly, and the
        // queue's arrival order is the order in which arrivals become visible to the dispatch.
        Campaign campaign = em.find(Campaign.class, arrival.campaignId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            return refused(arrival.campaignId(), "unknown-campaign", null, Language.DEFAULT, false);
        }
        Language language = Language.fromCode(arrival.language(), campaign.getDefaultLanguage());
        if (campaign.isEmailRequired() && (arrival.email() == null || arrival.email().isBlank())) {
            return refused(campaign.getId(), "email-required", null, language, false);
        }
        if (campaign.getPhoneField().isRequired() && (arrival.extra() == null || arrival.extra().isBlank())) {
            return refused(campaign.getId(), "phone-field-required", null, language, false);
        }
        Instant now = clock.instant();
        EntryDecision decision = new Admission(campaign).decide(now, language, (int) interactions.countWaiting(campaign.getId()));
        String text = decision.text().orElse(null);
        Customer customer = new Customer(arrival.name(), arrival.email(), arrival.phone(), arrival.extra());
        switch (decision.outcome()) {
            case ADMITTED -> {
                Interaction interaction = Interaction.queued(campaign, customer, language, arrival.pageUrl(), now);
                em.persist(interaction);
                announce(interaction, now);
                return opening(interaction, text);
            }
            case QUEUE_FULL -> {
                // Kept, ended at once: the refusals of a full queue count in the campaign's figures.
                Interaction interaction = Interaction.queued(campaign, customer, language, arrival.pageUrl(), now);
                em.persist(interaction);
                interaction.end(EndReason.UNAVAILABLE, now);
                announce(interaction, now);
                return refused(campaign.getId(), "queue-full", text, language, false);
            }
            case OUT_OF_HOURS -> {
                return refused(campaign.getId(), "out-of-hours", text, language, decision.isOfflineMessageAllowed());
            }
            default -> {
                return refused(campaign.getId(), "campaign-disabled", text, language, false);
            }
        }
    }

    /**
     * WID-04, MSG-05: out of hours, a customer of a campaign that takes offline messages leaves one. It is
     * kept as an offline interaction (read later under Recordings); the opening returned carries its token,
     * so that more lines of the same message, or a resend, go to the same interaction.
     */
    public ChatOpening leaveOfflineMessage(Arrival arrival, String clientId, String text) {
        Campaign campaign = em.find(Campaign.class, arrival.campaignId());
        if (campaign == null || !campaign.isOfflineMessageEnabled()) {
            throw new IllegalArgumentException("This campaign takes no offline messages");
        }
        Instant now = clock.instant();
        Language language = Language.fromCode(arrival.language(), campaign.getDefaultLanguage());
        Interaction interaction = Interaction.offline(campaign,
                new Customer(arrival.name(), arrival.email(), arrival.phone(), arrival.extra()), language, arrival.pageUrl(), now);
        em.persist(interaction);
        chat.post(interaction.getId(), SenderKind.CUSTOMER, null, clientId, text);
        announce(interaction, now);
        return opening(interaction, null);
    }

    /** The last socket of the customer's chat closed: auto-finish (ADV-07) counts from now. */
    public void disconnected(String token) {
        interactions.findBySessionTokenForUpdate(token)
                .filter(i -> i.getState() != InteractionState.ENDED && i.getState() != InteractionState.OFFLINE)
                .ifPresent(i -> i.customerDisconnected(clock.instant()));
    }

    /** The customer is back (a reload, the network again): no auto-finish. */
    public void reconnected(String token) {
        interactions.findBySessionTokenForUpdate(token).ifPresent(Interaction::customerReconnected);
    }

    /** ADV-10: the customer's rating of an ended chat, once; only when the campaign asks for feedback. */
    public boolean rate(String token, int rating, String comment) {
        Optional<Interaction> chat = interactions.findBySessionToken(token)
                .filter(i -> i.getState() == InteractionState.ENDED && i.getCampaign().isFeedbackEnabled());
        if (chat.isEmpty()) {
            return false;
        }
        long given = em.createQuery("select count(f) from CustomerFeedback f where f.interaction.id = :id", Long.class)
                .setParameter("id", chat.get().getId()).getSingleResult();
        if (given > 0) {
            return false;
        }
        em.persist(new CustomerFeedback(chat.get(), rating, comment, clock.instant()));
        return true;
    }

    /** The customer is typing or stopped: told to the agent of the chat, never stored. */
    public void typing(String token, boolean typing) {
        interactions.findBySessionToken(token).ifPresent(interaction -> live.publish(new LiveEvent.Typing(
                interaction.getId(), interaction.getAgent().map(org.webchat.agent.User::getId).orElse(null), "CUSTOMER", typing)));
    }

    /** The customer ends the chat; it gets the Comments message (MSG-06). Ending an ended chat does nothing. */
    public void end(String token) {
        interactions.findBySessionTokenForUpdate(token)
                .filter(i -> i.getState() != InteractionState.ENDED && i.getState() != InteractionState.OFFLINE)
                .ifPresent(interaction -> {
                    interaction.getCampaign().message(org.webchat.campaign.MessageKind.COMMENTS, interaction.getLanguage())
                            .filter(text -> !text.isBlank())
                            .ifPresent(text -> chat.post(interaction.getId(), SenderKind.SYSTEM, null, null, text));
                    Instant now = clock.instant();
                    interaction.end(EndReason.CUSTOMER, now);
                    announce(interaction, now);
                });
    }

    private void announce(Interaction interaction, Instant now) {
        live.publish(new LiveEvent.InteractionChanged(interaction.getId(), interaction.getCampaign().getId(),
                interaction.getState().name(), interaction.getAgent().map(org.webchat.agent.User::getId).orElse(null), null,
                interaction.getEndReason().map(Enum::name).orElse(null), now));
    }

    private static ChatOpening opening(Interaction interaction, String text) {
        return new ChatOpening(interaction.getId(), interaction.getCampaign().getId(), interaction.getSessionToken(),
                interaction.getState().name(), interaction.getLanguage().code(), text, null, false, interaction.getLastSeq());
    }

    private static ChatOpening refused(long campaignId, String reason, String text, Language language, boolean offline) {
        return new ChatOpening(null, campaignId, null, ChatOpening.REFUSED, language.code(), text, reason, offline, 0);
    }
}
