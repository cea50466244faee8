package org.webchat.chat;

/**
 * Limits how fast one socket may send frames (a token bucket): bursts up to {@code capacity} frames, then
 * {@code perSecond} frames a second. A person typing never reaches it; a script flooding the server does,
 * and only its own session is closed.
 */
public final class FloodGuard {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public FloodGuard(int capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /**
     * For one socket of the chat: 30 frames at once, 10 a second after that. The widget and the workspace pace
     * themselves at 4 a second past a burst, so a person never meets it; an agent's socket carries all its chats.
     */
    public static FloodGuard forChat() {
        return new FloodGuard(30, 10, System.nanoTime());
    }

    /** Takes one frame's token; false when the socket is sending too fast. */
    public synchronized boolean allow(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
