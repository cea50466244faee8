package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
        return post(interactionId, sender, author, clientId, text, null);
    }

    /** A file or an audio message sent in a chat, already checked against {@link AttachmentRules}. */
    public record Upload(AttachmentKind kind, String fileName, String contentType, byte[] content) {
    }

    /** As {@link #post(long, SenderKind, User, String, String)}, with a file or audio message (null: none). */
    public StoredMessage post(long interactionId, SenderKind sender, User author, String clientId, String text,
                              Upload upload) {
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
        Attachment attachment = null;
        if (upload != null) {
            attachment = new Attachment(interaction, upload.kind(), upload.fileName(), upload.contentType(),
                    upload.content(), now());
            em.persist(attachment);
        }
        ChatMessage message = interaction.post(sender, author, clientId, text, attachment, now());
        em.persist(message);
        StoredMessage stored = StoredMessage.of(message, false);
        live.publish(new LiveEvent.MessagePosted(interactionId, interaction.getCampaign().getId(),
                interaction.getAgent().map(User::getId).orElse(null), stored.seq(), clientId, sender.name(),
                stored.senderName(), text, stored.attachment(), stored.at()));
        return stored;
    }

    /** A file or audio message by its id and random access key: only who saw the message can name both. */
    public Optional<Attachment> attachment(long id, String key) {
        return Optional.ofNullable(em.find(Attachment.class, id)).filter(a -> a.opensWith(key));
    }

    /** What a client that saw message {@code afterSeq} missed, in order. */
    public List<StoredMessage> messagesAfter(long interactionId, long afterSeq) {
        return interactions.messagesAfter(interactionId, afterSeq).stream().map(m -> StoredMessage.of(m, false)).toList();
    }

    private Instant now() {
        return clock.instant();
    }
}
