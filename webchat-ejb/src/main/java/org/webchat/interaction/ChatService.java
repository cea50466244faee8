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
        return store(interactionId, sender, author, clientId, text, upload, false);
    }

    /**
     * A supervisor's whisper (issue 12): a message of the chat that only the agents' side reads (internal), never
     * sent to the customer nor in what the customer reads back. Idempotent on the client id like the others.
     */
    public StoredMessage whisper(long interactionId, User supervisor, String clientId, String text) {
        return store(interactionId, SenderKind.SUPERVISOR, supervisor, clientId, text, null, true);
    }

    /**
     * A bot's line (BOT-01): said to the customer with its buttons ({@code options}, may be empty), or, {@code internal},
     * for the agents only (the summary of a hand-off, its reason).
     */
    public StoredMessage postBot(long interactionId, org.webchat.bot.Bot bot, String text, List<String> options,
                                 boolean internal) {
        return store(interactionId, SenderKind.BOT, null, null, text, null, internal, bot, options);
    }

    private StoredMessage store(long interactionId, SenderKind sender, User author, String clientId, String text,
                                Upload upload, boolean internal) {
        return store(interactionId, sender, author, clientId, text, upload, internal, null, List.of());
    }

    private StoredMessage store(long interactionId, SenderKind sender, User author, String clientId, String text,
                                Upload upload, boolean internal, org.webchat.bot.Bot bot, List<String> options) {
        Objects.requireNonNull(sender, "sender");
        Interaction interaction = interactions.findForUpdate(interactionId)
                .orElseThrow(() -> new IllegalArgumentException("No interaction " + interactionId));
        // Under the interaction's lock: a resend that raced the first send finds it here.
        if (clientId != null) {
            var earlier = interactions.findMessage(interactionId, clientId);
            if (earlier.isPresent()) {
                return resent(earlier.get(), sender, author, internal);
            }
        }
        Attachment attachment = null;
        if (upload != null) {
            attachment = new Attachment(interaction, upload.kind(), upload.fileName(), upload.contentType(),
                    upload.content(), now());
            em.persist(attachment);
        }
        ChatMessage message = interaction.post(sender, author, clientId, text, attachment, now(), internal);
        if (bot != null) {
            message.fromBot(bot, options.isEmpty() ? null : org.webchat.json.Json.createArrayBuilder(options).build().toString());
        }
        em.persist(message);
        StoredMessage stored = StoredMessage.of(message, false);
        live.publish(new LiveEvent.MessagePosted(interactionId, interaction.getCampaign().getId(),
                interaction.getAgent().map(User::getId).orElse(null), stored.seq(), clientId, sender.name(),
                stored.senderName(), text, stored.attachment(), stored.at(), internal, stored.bot()));
        return stored;
    }

    /**
     * The message stored before with this client id, when it is the same writer's: another's (the customer naming an
     * agent's or a whisper's id) is refused, so that no one learns anything of a message through its client id.
     */
    private static StoredMessage resent(ChatMessage earlier, SenderKind sender, User author, boolean internal) {
        boolean sameWriter = earlier.getSenderKind() == sender && earlier.isInternal() == internal
                && Objects.equals(earlier.getSender().map(User::getId).orElse(null), author == null ? null : author.getId());
        if (!sameWriter) {
            throw new ClientIdTaken();
        }
        return StoredMessage.of(earlier, true);
    }

    /** A file or audio message by its id and random access key: only who saw the message can name both. */
    public Optional<Attachment> attachment(long id, String key) {
        return Optional.ofNullable(em.find(Attachment.class, id)).filter(a -> a.opensWith(key));
    }

    /**
     * What an agent's or a supervisor's client that saw message {@code afterSeq} missed, in order: every message,
     * internal ones (whispers) included. The customer's side reads {@link #customerMessagesAfter} instead.
     */
    public List<StoredMessage> messagesAfter(long interactionId, long afterSeq) {
        return after(interactionId, afterSeq, true);
    }

    /** What the customer's client that saw message {@code afterSeq} missed, in order: never an internal message. */
    public List<StoredMessage> customerMessagesAfter(long interactionId, long afterSeq) {
        return after(interactionId, afterSeq, false);
    }

    private List<StoredMessage> after(long interactionId, long afterSeq, boolean withInternal) {
        return interactions.messagesAfter(interactionId, afterSeq, withInternal).stream()
                .map(m -> StoredMessage.of(m, false)).toList();
    }

    /** A client id that names another writer's message of the chat: nothing is stored, nothing is told. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class ClientIdTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ClientIdTaken() {
            super("This client id names another message of the chat");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
