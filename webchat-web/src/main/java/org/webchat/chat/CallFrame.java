package org.webchat.chat;

import org.webchat.call.CallKind;

/** A call frame, the same on the customer's and the agent's sockets (issue 14, see package-info). */
public sealed interface CallFrame {

    /** Rings the other side; {@code interaction} names the agent's chat (null on the customer's socket). */
    record Start(Long interaction, CallKind kind) implements CallFrame {
    }

    record Answer(long call) implements CallFrame {
    }

    record Decline(long call) implements CallFrame {
    }

    /** {@code failed}: the peer connection could not be established. */
    record HangUp(long call, boolean failed) implements CallFrame {
    }

    /** WebRTC signalling for the other side: {@code payload} is the validated JSON to relay. */
    record Signal(long call, String payload) implements CallFrame {
    }
}
