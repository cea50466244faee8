package org.webchat.chat;

import java.util.List;

/**
 * A frame the supervision dashboard sends over its socket (see package-info). A new kind of frame (an act on an agent
 * or a chat) adds its record here, its reading in {@link FrameReader#supervisor} and its handling in
 * {@link SupervisorSocket}.
 */
public sealed interface SupervisorFrame {

    /** Watch these campaigns of the supervisor's group (none: all of them); answered with the board. */
    record Watch(List<Long> campaigns) implements SupervisorFrame {
    }

    record Ping() implements SupervisorFrame {
    }

    /** SUP-11: watch this agent's chats live, with what was said before. */
    record Spy(long agentId) implements SupervisorFrame {
    }

    /** SUP-11: stop watching this agent. */
    record Unspy(long agentId) implements SupervisorFrame {
    }

    /** A message to the chat's agent only (issue 12, point 5); {@code barge}: to the customer too, after joining. */
    record Write(long interactionId, String clientId, String text, boolean barge) implements SupervisorFrame {
    }

    /** Join the chat visibly (barge-in) without writing yet. */
    record Barge(long interactionId) implements SupervisorFrame {
    }

    /** SUP-14: the breaks this agent may be put on. */
    record BreakTypes(long agentId) implements SupervisorFrame {
    }

    /** SUP-14: put the agent on this break. */
    record Pause(long agentId, long breakTypeId) implements SupervisorFrame {
    }

    /** SUP-15: log the agent out. */
    record LogOut(long agentId) implements SupervisorFrame {
    }

    /** SUP-13: the agent's information, its day counted in the supervisor's time zone ({@code zone}). */
    record Info(long agentId, java.time.ZoneId zone) implements SupervisorFrame {
    }

    /** SUP-12: a frame of screen monitoring. */
    record Screen(ScreenFrame frame) implements SupervisorFrame {
    }
}
