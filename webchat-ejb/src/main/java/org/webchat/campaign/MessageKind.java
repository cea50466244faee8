package org.webchat.campaign;

/** The configurable texts of a campaign, each written per {@link Language}. */
public enum MessageKind {
    /** MSG-01: shown while the campaign is available. */
    WELCOME,
    /** MSG-02: shown out of the schedule. */
    OUT_OF_HOURS,
    /** MSG-03: shown when the queue is full or the customer waited past Max time. */
    UNAVAILABLE,
    /** MSG-04: sent to the customer when an agent starts the interaction. */
    AGENT_AUTOMATIC,
    /** MSG-06: shown when the interaction ends. */
    COMMENTS,
    /**
     * ADV-14: the label of the pre-chat form's extra field, e.g. "Phone" or "ID document"; where none is written the
     * widget says "Phone" in the customer's language.
     */
    PHONE_LABEL(60);

    private final int maxLength;

    MessageKind() {
        this(CampaignMessage.MAX_TEXT);
    }

    MessageKind(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The longest text of this kind, in characters. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether this is a message shown in the chat, not a label of the form. */
    public boolean isMessage() {
        return this != PHONE_LABEL;
    }
}
