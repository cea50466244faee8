package org.webchat.bench;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pings, as the widget does every 25 s, each registered socket that sent nothing for 20 s: the server closes a
 * customer's socket silent for two minutes, and the load keeps its chats and waiting customers for longer. The pings
 * are spread over the 25 s (a twenty-fifth of the sockets looked at each second), never all at once.
 */
final class KeepAlive implements AutoCloseable {

    private static final long IDLE = TimeUnit.SECONDS.toNanos(20);
    private static final int SLICES = 25;

    private final Set<LoadSocket> sockets = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private long tick;

    KeepAlive() {
        ticks.scheduleAtFixedRate(this::pingOneSlice, 1, 1, TimeUnit.SECONDS);
    }

    void add(LoadSocket socket) {
        sockets.add(socket);
    }

    void remove(Collection<LoadSocket> gone) {
        gone.forEach(sockets::remove);
    }

    private void pingOneSlice() {
        long now = System.nanoTime();
        int slice = (int) (tick++ % SLICES);
        int i = 0;
        for (LoadSocket socket : sockets) {
            if (i++ % SLICES == slice && socket.isOpen() && now - socket.lastSent() > IDLE) {
                socket.send("{\"type\":\"ping\"}");
            }
        }
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }
}
