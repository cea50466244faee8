package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.webchat.agent.User;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * Stores chat messages, persistence first: a message gets the next number of its interaction and is
 * acknowledged (and relayed) only after its transaction commits; storing is idempotent on the client's id,
 * so a resend after a lost acknowledgement stores nothing twice.
 */
@Stateless
public class ChatService {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    LiveChannel live;

    private final Clock clock = Clock.systemUTC();

    /**
     * Stores a message of the interaction's customer or agent (the caller has checked who may write), or
     * an automatic one (no client id).
     */
    public StoredMessage post(long interactionId, SenderKind sender, User author, String clientId, String text) {
        Objects.requireNonNull(sender, "sender");
        Interaction interaction = interactions.findForUpdate(interactionId)
                .orElseThrow(() -> new IllegalArgumentException("No interaction " + interactionId));
        // Under the interaction's lock: a resend that raced the first send finds it here.
        if (clientId != null) {
            var earlier = interactions.findMessage(interactionId, clientId);
            if (earlier.isPresent()) {
                return StoredMessage.of(earlier.get(), true);
            }
        }
        ChatMessage message = interaction.post(sender, author, clientId, text, null, now());
        em.persist(message);
        StoredMessage stored = StoredMessage.of(message, false);
        live.publish(new LiveEvent.MessagePosted(interactionId, interaction.getCampaign().getId(),
                interaction.getAgent().map(User::getId).orElse(null), stored.seq(), clientId, sender.name(),
                stored.senderName(), text, null, stored.at()));
        return stored;
    }

    /** What a client that saw message {@code afterSeq} missed, in order. */
    public List<StoredMessage> messagesAfter(long interactionId, long afterSeq) {
        return interactions.messagesAfter(interactionId, afterSeq).stream().map(m -> StoredMessage.of(m, false)).toList();
    }

    private Instant now() {
        return clock.instant();
    }
}
