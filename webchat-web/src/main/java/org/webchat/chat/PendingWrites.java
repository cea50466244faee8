package org.webchat.chat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last message a socket sent on its way to be stored (issue 16: the socket reads its next frames meanwhile). A
 * frame that changes the chat waits for it, so that it comes after the words sent before it, as the user sent them.
 */
final class PendingWrites {

    private volatile CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    /** Called by the socket's one reading thread at a time, in the order the messages came. */
    void add(CompletableFuture<?> write) {
        last = write;
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
