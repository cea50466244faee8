package org.webchat.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;

/**
 * What one socket may send: frames of at most {@link FrameReader#MAX_FRAME} characters, no flood
 * ({@link FloodGuard}), and fewer than {@link #MAX_BAD_FRAMES} refused frames. Past any of these the socket
 * is closed with a code and a reason; before that a bad frame only gets an error frame.
 */
final class FramePolicy {

    static final int MAX_BAD_FRAMES = 10;

    private final FloodGuard guard = FloodGuard.forChat();
    private int badFrames;

    /** Whether the frame may be read; when not, the socket has been closed saying why. */
    boolean admit(Session session, String frame) throws IOException {
        if (frame.length() > FrameReader.MAX_FRAME) {
            session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG,
                    "Frames are limited to " + FrameReader.MAX_FRAME + " characters"));
            return false;
        }
        if (!guard.allow(System.nanoTime())) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Too many frames: slow down"));
            return false;
        }
        return true;
    }

    /** Answers a refused frame; closes the socket once it has sent too many. */
    void refuse(Session session, BadFrame bad) throws IOException {
        ChatSockets.send(session, Frames.error(bad.code(), bad.getMessage()));
        if (++badFrames >= MAX_BAD_FRAMES) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Too many bad frames"));
        }
    }
}
