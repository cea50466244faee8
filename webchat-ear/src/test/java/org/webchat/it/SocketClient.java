package org.webchat.it;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.webchat.json.Json;

/** A real WebSocket client (the JDK's) that keeps every frame it receives, for tests to wait on. */
public final class SocketClient implements AutoCloseable {

    /** One client for every socket of a test run: hundreds of sockets need not each have their own threads. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<JsonObject> received = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private final WebSocket socket;
    private final StringBuilder partial = new StringBuilder();

    private SocketClient(URL base, String path, String cookie, String origin) throws Exception {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + path);
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
    }

    public static SocketClient customer(URL base) throws Exception {
        return new SocketClient(base, "/ws/chat", null, null);
    }

    /** A customer socket opened by a page of {@code origin}, as a browser would say in its Origin header. */
    public static SocketClient customerFrom(URL base, String origin) throws Exception {
        return new SocketClient(base, "/ws/chat", null, origin);
    }

    public static SocketClient agent(URL base, String cookie) throws Exception {
        return new SocketClient(base, "/ws/agent", cookie, null);
    }

    /** The agent socket opened by a page of {@code origin} in a browser that holds the agent's session cookie. */
    public static SocketClient agentFrom(URL base, String cookie, String origin) throws Exception {
        return new SocketClient(base, "/ws/agent", cookie, origin);
    }

    /** The supervision board's socket (issue 12) of a signed-in supervisor, opened as by a page of {@code origin}. */
    public static SocketClient supervisorFrom(URL base, String cookie, String origin) throws Exception {
        return new SocketClient(base, "/ws/supervisor", cookie, origin);
    }

    /** Recordings' exports socket (REC-02) of a signed-in supervisor, opened as by a page of {@code origin}. */
    public static SocketClient exportsFrom(URL base, String cookie, String origin) throws Exception {
        return new SocketClient(base, "/ws/exports", cookie, origin);
    }

    /** The frames received and not taken yet. */
    public List<JsonObject> received() {
        return pending(frame -> true);
    }

    public SocketClient send(String frame) {
        socket.sendText(frame, true).join();
        return this;
    }

    /** Waits (up to 15 s) for the first frame not yet taken that matches, takes it and returns it. */
    public JsonObject await(Predicate<JsonObject> wanted, String what) throws InterruptedException {
        return await(wanted, what, 15);
    }

    /** As {@link #await(Predicate, String)}, up to {@code seconds}. */
    public JsonObject await(Predicate<JsonObject> wanted, String what, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (received) {
            while (true) {
                for (Iterator<JsonObject> it = received.iterator(); it.hasNext(); ) {
                    JsonObject frame = it.next();
                    if (wanted.test(frame)) {
                        it.remove();
                        return frame;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No " + what + " within " + seconds + " s; received " + received);
                }
                received.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    public JsonObject await(String type) throws InterruptedException {
        return await(frame -> type.equals(frame.getString("type", "")), "'" + type + "' frame");
    }

    /** The frames received and not taken yet, matching. */
    public List<JsonObject> pending(Predicate<JsonObject> wanted) {
        synchronized (received) {
            return received.stream().filter(wanted).toList();
        }
    }

    /** The close code the server sent, waiting up to 15 s. */
    public int awaitClose() throws Exception {
        return closed.get(15, TimeUnit.SECONDS);
    }

    /** The reason the server closed the socket with, once {@link #awaitClose()} has returned (null: none). */
    public String closeReason() {
        return closeReason;
    }

    public boolean isOpen() {
        return !closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject frame = Json.createReader(new StringReader(partial.toString())).readObject();
                partial.setLength(0);
                synchronized (received) {
                    received.add(frame);
                    received.notifyAll();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
