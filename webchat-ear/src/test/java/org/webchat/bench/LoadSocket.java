package org.webchat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One socket of the load benchmark (the JDK's client): whole text frames go to a consumer, unparsed; sends may come
 * from any thread (the JDK's socket takes one send at a time, so they are chained in order); it remembers when it
 * last sent (for {@link KeepAlive}) and how the server closed it.
 */
final class LoadSocket {

    private WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private volatile long lastSent = System.nanoTime();
    private volatile String closedWith;

    private LoadSocket() {
    }

    /** Opens a socket at {@code uri}; {@code cookie} and {@code origin} may be null. */
    static CompletableFuture<LoadSocket> open(HttpClient http, String uri, String cookie, String origin,
                                              Consumer<String> onFrame) {
        LoadSocket opened = new LoadSocket();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        WebSocket.Listener listener = new BenchClient.WholeFrames(onFrame, closed -> opened.closedWith = closed);
        return builder.buildAsync(URI.create(uri), listener).thenApply(socket -> {
            opened.socket = socket;
            return opened;
        });
    }

    /** Sends a frame after the ones sent before it; a socket that is gone drops it. */
    synchronized void send(String frame) {
        lastSent = System.nanoTime();
        sending = sending.thenCompose(done -> socket.sendText(frame, true)).handle((done, failed) -> null);
    }

    long lastSent() {
        return lastSent;
    }

    boolean isOpen() {
        return closedWith == null && !socket.isInputClosed();
    }

    /** How the server closed the socket ("1008 Too many frames: slow down"); null while open. */
    String closedWith() {
        return closedWith;
    }

    /** How the sockets of {@code sockets} that are closed were closed, and how many each way. */
    static Map<String, Long> closed(Collection<LoadSocket> sockets) {
        return sockets.stream().filter(socket -> !socket.isOpen()).collect(Collectors.groupingBy(
                socket -> String.valueOf(socket.closedWith()), TreeMap::new, Collectors.counting()));
    }

    void abort() {
        if (socket != null) {
            socket.abort();
        }
    }
}
