package org.webchat.interaction;

/** How the mail of an offline message to its campaign's offline address goes (MSG-05). */
public enum OfflineMailState {
    /** Queued, not tried yet. */
    PENDING,
    /** The mail server failed; tried again later. */
    RETRYING,
    /** Mailed. */
    SENT,
    /** Given up after {@link OfflineMail#MAX_ATTEMPTS} attempts. */
    FAILED
}
