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
}
