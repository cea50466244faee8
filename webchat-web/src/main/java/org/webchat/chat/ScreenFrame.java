package org.webchat.chat;

/** A frame of screen monitoring (SUP-12), from the supervision dashboard or the agent's workspace (package-info). */
public sealed interface ScreenFrame {

    /** The supervisor asks to watch the agent's screen. */
    record Open(long agentId) implements ScreenFrame {
    }

    /** WebRTC signalling for the other side of watch {@code watch}: the validated JSON to relay. */
    record Signal(String watch, String payload) implements ScreenFrame {
    }

    /** The workspace has no shared screen to show (the agent did not share it). */
    record Unavailable(String watch) implements ScreenFrame {
    }

    /** Either side stops the watch. */
    record Stop(String watch) implements ScreenFrame {
    }
}
