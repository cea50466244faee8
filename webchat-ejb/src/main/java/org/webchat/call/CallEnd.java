package org.webchat.call;

/** Why a call ended. */
public enum CallEnd {
    /** A side hung up an answered call. */
    HUNG_UP,
    /** The side called declined it. */
    DECLINED,
    /** Nobody answered while it rang. */
    NO_ANSWER,
    /** The caller hung up before an answer. */
    CANCELLED,
    /** The two browsers could not connect (ICE failed: a TURN server may be needed). */
    FAILED,
    /** The socket of a side's endpoint closed (a reload, a network drop, a server restart). */
    DISCONNECTED,
    /** The chat ended. */
    CHAT_ENDED,
    /** The chat went to another agent or back to the queue. */
    TRANSFERRED
}
