package org.webchat.interaction;

/**
 * A message for a chat that has ended: it is never stored, and a client must not send it again. The sockets answer
 * it with a definite error, not with {@code retry}.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ChatEnded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChatEnded(Long interactionId) {
        super("Chat " + interactionId + " has ended and takes no more messages");
    }
}
