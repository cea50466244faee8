package org.webchat.call;

/** The media of a call (AV-01). */
public enum CallKind {
    AUDIO,
    VIDEO
}
