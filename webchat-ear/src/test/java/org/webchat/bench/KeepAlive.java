package org.webchat.bench;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Pings, as the widget does every 25 s, each registered socket that sent nothing for 20 s: the server closes a
 * customer's socket silent for two minutes, and the load keeps its chats and waiting customers for longer. The pings
 * are spread over the 25 s (the sockets in 25 slices, one looked at each second), never all at once.
 */
final class KeepAlive implements AutoCloseable {

    private static final long IDLE = TimeUnit.SECONDS.toNanos(20);
    private static final int SLICES = 25;

    private final List<Set<LoadSocket>> slices = IntStream.range(0, SLICES)
            .mapToObj(slice -> (Set<LoadSocket>) ConcurrentHashMap.<LoadSocket>newKeySet()).toList();
    private final AtomicInteger added = new AtomicInteger();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    private long tick;

    KeepAlive() {
        ticks.scheduleAtFixedRate(this::pingOneSlice, 1, 1, TimeUnit.SECONDS);
    }

    void add(LoadSocket socket) {
        slices.get(Math.floorMod(added.getAndIncrement(), SLICES)).add(socket);
    }

    void remove(Collection<LoadSocket> gone) {
        gone.forEach(socket -> slices.forEach(slice -> slice.remove(socket)));
    }

    private void pingOneSlice() {
        long now = System.nanoTime();
        for (LoadSocket socket : slices.get((int) (tick++ % SLICES))) {
            if (socket.isOpen() && now - socket.lastSent() > IDLE) {
                socket.send("{\"type\":\"ping\"}");
            }
        }
    }

    @Override
    public void close() {
        ticks.shutdownNow();
    }
}
