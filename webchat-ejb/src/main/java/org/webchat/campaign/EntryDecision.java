package org.webchat.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens to a customer arriving at a campaign (see {@link Admission}): the outcome, the
 * message to show and its text in the customer's language (or the campaign's default language when
 * that one has no text), whether an offline message may be left, and when the campaign opens again.
 *
 * <p>{@link #text()} is empty when the campaign has no text for the message kind in either language;
 * the caller then shows the product's own text for {@link #messageKind()} from its resource bundle.
 */
public final class EntryDecision {

    /** The outcomes of an arrival, in the order they are checked. */
    public enum Outcome {
        /** ADV-09: the campaign is not enabled; nothing is stored. */
        CAMPAIGN_DISABLED,
        /** ADM-06, MSG-02: outside the schedule; MSG-05 may let the customer leave a message. */
        OUT_OF_HOURS,
        /** ADV-04, MSG-03: the queue already holds Max chats. */
        QUEUE_FULL,
        /** MSG-01: the customer joins the queue. */
        ADMITTED
    }

    private final Outcome outcome;
    private final MessageKind messageKind;
    private final Language language;
    private final String text;
    private final boolean offlineMessageAllowed;
    private final Instant nextOpening;

    EntryDecision(Outcome outcome, MessageKind messageKind, Language language, String text,
                  boolean offlineMessageAllowed, Instant nextOpening) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.messageKind = Objects.requireNonNull(messageKind, "messageKind");
        this.language = Objects.requireNonNull(language, "language");
        this.text = text;
        this.offlineMessageAllowed = offlineMessageAllowed;
        this.nextOpening = nextOpening;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Whether the customer joins the queue. */
    public boolean isAdmitted() {
        return outcome == Outcome.ADMITTED;
    }

    /** WELCOME when admitted, OUT_OF_HOURS out of hours, UNAVAILABLE when disabled or full. */
    public MessageKind messageKind() {
        return messageKind;
    }

    /** The language the customer asked for (the campaign's default when it asked for none). */
    public Language language() {
        return language;
    }

    /** The campaign's text for {@link #messageKind()}: in {@link #language()}, else in its default language. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** MSG-05: out of hours with the offline message on, the customer may leave a message. */
    public boolean isOfflineMessageAllowed() {
        return offlineMessageAllowed;
    }

    /** Out of hours: when the campaign opens again, if it ever does. Empty for other outcomes. */
    public Optional<Instant> nextOpening() {
        return Optional.ofNullable(nextOpening);
    }

    @Override
    public String toString() {
        return "EntryDecision[" + outcome + ", " + messageKind + ", " + language
                + (offlineMessageAllowed ? ", offline message allowed" : "") + "]";
    }
}
