package org.webchat.campaign;

import java.time.Instant;
import java.util.Objects;

/**
 * What happens to a customer arriving at a campaign at an instant (ADV-09, ADM-06, MSG-01..03,
 * MSG-05, ADV-04, WID-03). Checked in this order, the first that applies wins:
 * <ol>
 * <li>{@link EntryDecision.Outcome#CAMPAIGN_DISABLED CAMPAIGN_DISABLED} when the campaign is not
 *     enabled; shows Unavailable (the widget should not even be offered, WID-01; this is the answer
 *     for a customer who got there anyway).</li>
 * <li>{@link EntryDecision.Outcome#OUT_OF_HOURS OUT_OF_HOURS} when {@link OpeningHours} says closed;
 *     shows Out of hours, says whether MSG-05 lets the customer leave a message, and when the
 *     campaign opens next. Checked before the queue: out of hours, a full queue does not matter.</li>
 * <li>{@link EntryDecision.Outcome#QUEUE_FULL QUEUE_FULL} when {@link MaxChatsRule} refuses; shows
 *     Unavailable.</li>
 * <li>{@link EntryDecision.Outcome#ADMITTED ADMITTED} otherwise; shows Welcome.</li>
 * </ol>
 * Every text is the campaign's, in the customer's language with the campaign's default language as
 * fallback ({@link Campaign#message(MessageKind, Language)}).
 */
public final class Admission {

    private final Campaign campaign;
    private final OpeningHours openingHours;
    private final MaxChatsRule maxChats;

    public Admission(Campaign campaign) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.openingHours = OpeningHours.of(campaign);
        this.maxChats = MaxChatsRule.of(campaign);
    }

    /**
     * The decision for a customer arriving at {@code at}, asking for {@code language} (null for the
     * campaign's default), while {@code waiting} interactions wait in the campaign's queue.
     */
    public EntryDecision decide(Instant at, Language language, int waiting) {
        return decide(at, language, waiting, false);
    }

    /** As {@link #decide(Instant, Language, int)}, telling whether an agent could take the chat at once (see {@link MaxChatsRule}). */
    public EntryDecision decide(Instant at, Language language, int waiting, boolean agentFreeNow) {
        Objects.requireNonNull(at, "at");
        Language asked = language == null ? campaign.getDefaultLanguage() : language;
        if (!campaign.isEnabled()) {
            return decision(EntryDecision.Outcome.CAMPAIGN_DISABLED, MessageKind.UNAVAILABLE, asked, false, null);
        }
        if (!openingHours.isOpenAt(at)) {
            return decision(EntryDecision.Outcome.OUT_OF_HOURS, MessageKind.OUT_OF_HOURS, asked,
                    campaign.isOfflineMessageEnabled(), openingHours.nextOpening(at).orElse(null));
        }
        if (!maxChats.admits(waiting, agentFreeNow)) {
            return decision(EntryDecision.Outcome.QUEUE_FULL, MessageKind.UNAVAILABLE, asked, false, null);
        }
        return decision(EntryDecision.Outcome.ADMITTED, MessageKind.WELCOME, asked, false, null);
    }

    private EntryDecision decision(EntryDecision.Outcome outcome, MessageKind kind, Language language,
                                   boolean offlineMessageAllowed, Instant nextOpening) {
        return new EntryDecision(outcome, kind, language, campaign.message(kind, language).orElse(null),
                offlineMessageAllowed, nextOpening);
    }
}
