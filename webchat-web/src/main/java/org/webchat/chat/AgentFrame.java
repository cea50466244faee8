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

    /** Who and where the chat may be transferred to (AGT-08). */
    record Targets(long interactionId) implements AgentFrame {
    }

    /**
     * Hands the chat to another agent or to another campaign (AGT-08); exactly one of the two; with a note for whoever
     * takes it (issue 11, point 17; null: none).
     */
    record Transfer(long interactionId, Long agentId, Long campaignId, String note) implements AgentFrame {
    }

    /** Takes a chat another agent transferred to this one. */
    record AcceptTransfer(long interactionId) implements AgentFrame {
    }

    /** Refuses a chat another agent transferred to this one. */
    record DeclineTransfer(long interactionId) implements AgentFrame {
    }

    /** The customer's earlier conversations (AGT-06). */
    record History(long interactionId) implements AgentFrame {
    }

    /** The canned responses of the chat's campaign (MSG-07). */
    record Canned(long interactionId) implements AgentFrame {
    }

    /** The answers to the campaign's quality model after the end (ADV-02): question id to value. */
    record Evaluate(long interactionId, java.util.Map<Long, Integer> answers) implements AgentFrame {
    }

    /** The queues of the agent's campaigns, asked for (issue 11, point 18). */
    record Queues() implements AgentFrame {
    }

    /** The agent takes a waiting customer from a queue, where the strategy lets agents choose. */
    record Pick(long interactionId) implements AgentFrame {
    }

    record Ping() implements AgentFrame {
    }

    /** A call frame (issue 14). */
    record Calling(CallFrame frame) implements AgentFrame {
    }

    /** A frame of screen monitoring (SUP-12). */
    record Screen(ScreenFrame frame) implements AgentFrame {
    }
}
