package org.webchat.interaction;

/** What an attachment is (WID-06, AGT-05). */
public enum AttachmentKind {
    /** A file sent by either side. */
    FILE,
    /** A recorded audio message. */
    AUDIO
}
