package org.webchat.interaction;

/**
 * What the customer's widget learns when its socket opens (or reopens) a chat: the interaction and its
 * session token, its state, the text to show in the customer's language, and the last message number, so
 * that the widget can ask for what it has not seen. A refused opening has no interaction.
 */
public record ChatOpening(Long interactionId, long campaignId, String token, String state, String language,
                          String text, String refusal, boolean offlineMessageAllowed, long lastSeq) {

    /** Refused: the host page is not one of the campaign's allowed domains (ADV-15). */
    public static final String DOMAIN_NOT_ALLOWED = "domain-not-allowed";

    /** States of an opening beyond the interaction's own: the campaign refused the customer. */
    public static final String REFUSED = "REFUSED";

    public boolean isRefused() {
        return REFUSED.equals(state);
    }
}
