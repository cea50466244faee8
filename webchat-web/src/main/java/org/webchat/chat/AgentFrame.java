package org.webchat.chat;

/** A frame the agent workspace sends over its socket (protocol v1, see package-info). */
public sealed interface AgentFrame {

    /** A message in one of the agent's chats. */
    record Message(long interactionId, String clientId, String text) implements AgentFrame {
    }

    /** What the workspace missed in a chat after {@code lastSeq} (after a reload or a dropped connection). */
    record Resume(long interactionId, long lastSeq) implements AgentFrame {
    }

    record Typing(long interactionId, boolean typing) implements AgentFrame {
    }

    /** Available (no break) or on the break {@code breakTypeId} (AGT-07). */
    record State(Long breakTypeId) implements AgentFrame {
    }

    /** On or off a telephone or audio/video call. */
    record Call(boolean onCall) implements AgentFrame {
    }

    /** Takes an interaction offered to the agent (ringall, STR-04). */
    record Accept(long interactionId) implements AgentFrame {
    }

    /** Refuses an interaction offered to the agent. */
    record Decline(long interactionId) implements AgentFrame {
    }

    record End(long interactionId) implements AgentFrame {
    }

    record Ping() implements AgentFrame {
    }
}
