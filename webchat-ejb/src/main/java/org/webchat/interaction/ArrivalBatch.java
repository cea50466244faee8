package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webchat.bot.Bot;
import org.webchat.bot.Bots;
import org.webchat.campaign.Admission;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.EntryDecision;
import org.webchat.campaign.Language;
import org.webchat.live.LiveChannel;

/**
 * Decides, in one transaction, the customers who arrive at one campaign together ({@link Arrivals}): the campaign's
 * rules on entry (disabled, out of hours, Max chats, ADV-04; the pre-chat form's required fields; the allowed
 * domains, ADV-15) under one lock of the campaign's row, the queue counted once, and one commit for them all. The
 * arrivals are decided in the order given, each counting those admitted before it, exactly as if each had come alone:
 * with Max chats 3 and 1 waiting, of five arriving together the first two are admitted and the other three refused.
 */
@Stateless
public class ArrivalBatch {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    LiveChannel live;

    @Inject
    Bots bots;

    private final Clock clock = Clock.systemUTC();

    /** The arrivals' outcomes, in their order; its own transaction, committed before any customer hears of it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Arrivals.Arrived> admit(long campaignId, List<CustomerChatService.Arrival> arrivals) {
        // Under the campaign's lock, like the routing engine's dispatch: Max chats counts exactly, and the queue's
        // arrival order is the order in which arrivals become visible to the dispatch.
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        List<Arrivals.Arrived> outcomes = new ArrayList<>(arrivals.size());
        Instant now = clock.instant();
        Admission admission = campaign == null ? null : new Admission(campaign);
        int waiting = -1; // counted once, when the first arrival gets as far as the queue
        for (CustomerChatService.Arrival arrival : arrivals) {
            if (campaign == null) {
                outcomes.add(refused(CustomerChatService.refused(campaignId, "unknown-campaign", null, Language.DEFAULT,
                        false)));
                continue;
            }
            Language language = Language.fromCode(arrival.language(), campaign.getDefaultLanguage());
            Optional<String> formRefusal = formRefusal(campaign, arrival);
            if (formRefusal.isPresent()) {
                outcomes.add(refused(CustomerChatService.refused(campaignId, formRefusal.get(), null, language, false)));
                continue;
            }
            if (waiting < 0) {
                waiting = (int) interactions.countWaiting(campaignId);
            }
            EntryDecision decision = admission.decide(now, language, waiting);
            String text = decision.text().orElse(null);
            Customer customer = new Customer(arrival.name(), arrival.email(), arrival.phone(), arrival.extra());
            switch (decision.outcome()) {
                case ADMITTED -> {
                    Optional<Bot> startBot = Bots.startBotOf(campaign);
                    if (startBot.isPresent()) { // BOT-01: the bot talks first, the queue comes after it
                        Interaction interaction = Interaction.withBot(campaign, customer, language, arrival.pageUrl(),
                                startBot.get(), now);
                        em.persist(interaction);
                        bots.started(interaction, arrival.firstMessage());
                        live.publish(CustomerChatService.changeOf(interaction, now).asArrival());
                        outcomes.add(new Arrivals.Arrived(CustomerChatService.opening(interaction, null), null));
                    } else {
                        Interaction interaction = Interaction.queued(campaign, customer, language, arrival.pageUrl(), now);
                        em.persist(interaction);
                        waiting++;
                        live.publish(CustomerChatService.changeOf(interaction, now).asArrival());
                        // WID-05: its place is known here, behind everyone counted: the welcome need not count again.
                        outcomes.add(new Arrivals.Arrived(CustomerChatService.opening(interaction, text),
                                new CustomerChatService.ChatNow(InteractionState.QUEUED.name(), waiting, null,
                                        campaign.isAudioVideoAllowed(), false, null)));
                    }
                }
                case QUEUE_FULL -> {
                    // Kept, ended at once: the refusals of a full queue count in the campaign's figures.
                    Interaction interaction = Interaction.queued(campaign, customer, language, arrival.pageUrl(), now);
                    em.persist(interaction);
                    interaction.end(EndReason.UNAVAILABLE, now);
                    live.publish(CustomerChatService.changeOf(interaction, now).asArrival());
                    outcomes.add(refused(CustomerChatService.refused(campaignId, "queue-full", text, language, false)));
                }
                case OUT_OF_HOURS -> outcomes.add(refused(CustomerChatService.refused(campaignId, "out-of-hours", text,
                        language, decision.isOfflineMessageAllowed())));
                default -> outcomes.add(refused(CustomerChatService.refused(campaignId, "campaign-disabled", text,
                        language, false)));
            }
        }
        return outcomes;
    }

    /** What the host page or the pre-chat form lacks for this campaign, if anything (ADV-15, WID-02, ADV-14). */
    private static Optional<String> formRefusal(Campaign campaign, CustomerChatService.Arrival arrival) {
        if (!CustomerChatService.hostAllowed(campaign, arrival)) {
            return Optional.of(ChatOpening.DOMAIN_NOT_ALLOWED);
        }
        if (arrival.name() == null || arrival.name().isBlank()) {
            return Optional.of("name-required");
        }
        if (campaign.isEmailRequired() && (arrival.email() == null || arrival.email().isBlank())) {
            return Optional.of("email-required");
        }
        if (campaign.getPhoneField().isRequired() && (arrival.extra() == null || arrival.extra().isBlank())) {
            return Optional.of("phone-field-required");
        }
        return Optional.empty();
    }

    private static Arrivals.Arrived refused(ChatOpening refusal) {
        return new Arrivals.Arrived(refusal, null);
    }
}
