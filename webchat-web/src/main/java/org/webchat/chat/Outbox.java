package org.webchat.chat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The frames on their way to one socket (issue 16): sent one at a time without blocking, so that no thread waits on a
 * slow client and one slow client never slows another's chat. When a socket falls too far behind (more than
 * {@value #MOST_FRAMES} frames or {@value #MOST_CHARS} characters waiting), it is closed with "try again later"
 * (1013): its client connects again and reads what it missed from its last seq, as after any network drop; every
 * message is stored, so nothing is lost by it.
 */
final class Outbox implements SendHandler {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final String KEY = Outbox.class.getName();
    static final int MOST_FRAMES = 2000;
    static final int MOST_CHARS = 8 * 1024 * 1024;

    private final Session session;
    /** Frames waiting behind the one being sent; a {@link CloseReason} closes the socket in its turn. */
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private long waitingChars;
    private boolean sending;
    private boolean closed;

    private Outbox(Session session) {
        this.session = session;
    }

    static Outbox of(Session session) {
        synchronized (session) {
            return (Outbox) session.getUserProperties().computeIfAbsent(KEY, key -> new Outbox(session));
        }
    }

    /** Sends the frame after those before it; never blocks. */
    void send(String frame) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (sending) {
                if (waiting.size() >= MOST_FRAMES || waitingChars + frame.length() > MOST_CHARS) {
                    tooSlow();
                    return;
                }
                waiting.add(frame);
                waitingChars += frame.length();
                return;
            }
            sending = true;
        }
        start(frame);
    }

    /** Closes the socket once the frames before it have gone (an error frame that says why, say). */
    void close(CloseReason reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (sending) {
                waiting.add(reason);
                return;
            }
            closed = true;
        }
        closeNow(reason);
    }

    @Override
    public void onResult(SendResult result) {
        Object next;
        synchronized (this) {
            if (!result.isOK() || closed) {
                sending = false;
                waiting.clear();
                waitingChars = 0;
                return;
            }
            next = waiting.poll();
            if (next == null) {
                sending = false;
                return;
            }
            if (next instanceof CloseReason) {
                closed = true;
                waiting.clear();
                waitingChars = 0;
            } else {
                waitingChars -= ((String) next).length();
            }
        }
        if (next instanceof CloseReason reason) {
            closeNow(reason);
        } else {
            start((String) next);
        }
    }

    private void start(String frame) {
        try {
            session.getAsyncRemote().sendText(frame, this);
        } catch (IllegalStateException | IllegalArgumentException gone) {
            LOG.log(Level.FINE, "A chat socket went away while sending", gone);
            onResult(new SendResult(gone));
        }
    }

    /** Called holding the lock: what waits is dropped, the client reads it again after it reconnects. */
    private void tooSlow() {
        closed = true;
        waiting.clear();
        waitingChars = 0;
        LOG.log(Level.FINE, "A chat socket fell too far behind and is closed: {0}", session.getId());
        // Off this thread: closing writes a close frame, which a stalled client may keep waiting.
        CompletableFuture.runAsync(() -> closeNow(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
                "Too slow to keep up: connect again")));
    }

    private void closeNow(CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException gone) {
            LOG.log(Level.FINE, "A chat socket was closed already", gone);
        }
    }
}
