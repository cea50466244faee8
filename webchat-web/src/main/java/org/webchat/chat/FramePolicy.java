package org.webchat.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one socket may send: frames of at most {@link FrameReader#MAX_FRAME} characters, no flood
 * ({@link FloodGuard}), and fewer than {@link #MAX_BAD_FRAMES} refused frames. Past any of these the socket
 * is closed with a code and a reason; before that a bad frame only gets an error frame.
 */
final class FramePolicy {

    static final int MAX_BAD_FRAMES = 10;

    private final FloodGuard guard = FloodGuard.forChat();
    /** Counted also from the threads that answer stored messages. */
    private final AtomicInteger badFrames = new AtomicInteger();

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
        refuse(session, bad, null);
    }

    /** As {@link #refuse(Session, BadFrame)}, naming the message ({@code clientId}) that will never be stored. */
    void refuse(Session session, BadFrame bad, String clientId) throws IOException {
        ChatSockets.send(session, Frames.error(bad.code(), bad.getMessage(), clientId));
        if (badFrames.incrementAndGet() >= MAX_BAD_FRAMES) {
            Outbox.of(session).close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Too many bad frames"));
        }
    }

    /**
     * The server failed on a frame: a transient failure is answered {@code retry} (the client sends it again, stored
     * once by its client id); any other would fail again, so it is refused like a bad frame, and counted.
     */
    void failed(Session session, RuntimeException failure, String clientId, FrameFailures failures) throws IOException {
        failures.log("A chat frame could not be handled", failure);
        if (FrameFailures.isTransient(failure)) {
            ChatSockets.send(session, Frames.error("retry", "The server could not handle this frame now; send it again",
                    clientId));
        } else {
            refuse(session, new BadFrame("refused", "The server cannot take this frame"), clientId);
        }
    }
}
