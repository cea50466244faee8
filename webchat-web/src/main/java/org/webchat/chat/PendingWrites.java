package org.webchat.chat;

import jakarta.websocket.Session;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.webchat.interaction.StoredMessage;

/**
 * The messages a socket sent on their way to be stored (issue 16: the socket reads its next frames meanwhile). Each
 * is acknowledged once stored; a frame that changes the chat waits for the last one, so that it comes after the words
 * sent before it, as the user sent them.
 */
final class PendingWrites {

    private volatile CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    /**
     * Acknowledges the message once stored, or hands why it was not ({@code refused}: the failure itself, not its
     * wrapper, and the client id). Called by the socket's one reading thread at a time, in the order messages came.
     */
    void add(Session session, String clientId, CompletableFuture<StoredMessage> write,
             BiConsumer<Throwable, String> refused) {
        last = write.whenComplete((stored, failed) -> {
            if (failed == null) {
                ChatSockets.send(session, Frames.ack(clientId, stored.seq()));
            } else {
                refused.accept(failed instanceof CompletionException && failed.getCause() != null
                        ? failed.getCause() : failed, clientId);
            }
        });
    }

    void await() {
        try {
            last.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | CancellationException answeredAlready) {
            // the message's own answer (its ack, or why it was refused) told the client
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
