package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 16, point 3: sends never wait on the client; a client too far behind is closed, and no other with it. */
class OutboxTest {

    /** A socket whose client takes each frame only when the test says so. */
    private static final class Client {
        final List<String> started = new ArrayList<>();
        final List<SendHandler> handlers = new ArrayList<>();
        final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
        final Session session;

        Client() {
            Map<String, Object> properties = new HashMap<>();
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            started.add((String) args[0]);
                            handlers.add((SendHandler) args[1]);
                        }
                        return null;
                    });
            session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAsyncRemote" -> remote;
                        case "getUserProperties" -> properties;
                        case "isOpen" -> !closed.isDone();
                        case "getId" -> "test";
                        case "close" -> closed.complete(args == null ? null : (CloseReason) args[0]);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    });
        }

        /** The client has taken the frame being sent. */
        void took() {
            handlers.get(handlers.size() - 1).onResult(new SendResult());
        }
    }

    @Test
    void framesGoOneAtATimeInTheOrderSent() {
        Client client = new Client();
        Outbox outbox = Outbox.of(client.session);
        outbox.send("a");
        outbox.send("b");
        outbox.send("c");
        assertEquals(List.of("a"), client.started, "the next frame waits for the one being sent");
        client.took();
        client.took();
        assertEquals(List.of("a", "b", "c"), client.started);
        client.took();
        outbox.send("d");
        assertEquals(List.of("a", "b", "c", "d"), client.started, "an idle socket sends at once");
    }

    @Test
    void aCloseAfterFramesWaitsForThemToGo() {
        Client client = new Client();
        Outbox outbox = Outbox.of(client.session);
        outbox.send("error: why");
        outbox.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Too many bad frames"));
        assertTrue(!client.closed.isDone(), "the frame that says why goes first");
        client.took();
        assertEquals("Too many bad frames", client.closed.getNow(null).getReasonPhrase());
    }

    @Test
    void aClientTooFarBehindIsClosedToComeBackAndOthersGoOn() throws Exception {
        Client stalled = new Client();
        Client other = new Client();
        Outbox stalledOutbox = Outbox.of(stalled.session);
        for (int i = 0; i <= Outbox.MOST_FRAMES + 1; i++) { // never blocks, however many
            stalledOutbox.send("frame " + i);
        }
        CloseReason reason = stalled.closed.get(10, TimeUnit.SECONDS);
        assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, reason.getCloseCode(),
                "closed with 1013: its client connects again and reads what it missed");
        assertEquals(1, stalled.started.size(), "nothing more was sent to it");

        Outbox.of(other.session).send("hello");
        assertEquals(List.of("hello"), other.started, "another client is not held up by it");
        assertNull(other.closed.getNow(null));
    }

    @Test
    void tooManyCharactersWaitingCloseItToo() throws Exception {
        Client stalled = new Client();
        Outbox outbox = Outbox.of(stalled.session);
        String big = "x".repeat(1024 * 1024);
        for (int i = 0; i < Outbox.MOST_CHARS / big.length() + 2; i++) {
            outbox.send(big);
        }
        assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, stalled.closed.get(10, TimeUnit.SECONDS).getCloseCode());
    }
}
