package org.webchat.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.webchat.agent.User;

/**
 * One message of an interaction: text and/or an attachment, numbered by {@code seq} within the
 * interaction (WID-09: a client that comes back asks for what follows its last seq). A customer's
 * {@code clientId} makes a resent message idempotent. An {@code internal} message (a supervisor's whisper, issue 12)
 * is read by the agents' side only: never by the customer.
 */
@Entity
@Table(name = "chat_message", uniqueConstraints = {
        @UniqueConstraint(name = "uk_chat_message_seq", columnNames = {"interaction_id", "seq"}),
        @UniqueConstraint(name = "uk_chat_message_client_id", columnNames = {"interaction_id", "client_id"})})
public class ChatMessage {

    public static final int MAX_TEXT = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, updatable = false)
    private Interaction interaction;

    @Min(1)
    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Size(max = 64)
    @Column(name = "client_id", length = 64, updatable = false)
    private String clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", nullable = false, length = 20, updatable = false)
    private SenderKind senderKind;

    /** The agent or supervisor who wrote it; null for customer, system and bot. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_user_id", updatable = false)
    private User sender;

    @Size(max = MAX_TEXT)
    @Column(name = "text", length = MAX_TEXT, updatable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_id", updatable = false)
    private Attachment attachment;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "internal", nullable = false, updatable = false)
    private boolean internal;

    /** The bot that wrote it (BOT-01): its name and picture show over it, also once the bot has stopped. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_bot_id", updatable = false)
    private org.webchat.bot.Bot senderBot;

    /** A bot question's buttons: their labels as a JSON array of strings (null: none). */
    @Size(max = 4000)
    @Column(name = "quick_replies", length = 4000, updatable = false)
    private String quickReplies;

    protected ChatMessage() {
    }

    /** Made by {@link Interaction#post}, which hands out the seq. */
    ChatMessage(Interaction interaction, long seq, SenderKind senderKind, User sender, String clientId, String text,
                Attachment attachment, Instant createdAt, boolean internal) {
        if (internal && senderKind != SenderKind.SUPERVISOR && senderKind != SenderKind.BOT) {
            throw new IllegalArgumentException("only a supervisor or a bot writes internal messages, not " + senderKind);
        }
        if ((text == null || text.isEmpty()) && attachment == null) {
            throw new IllegalArgumentException("a message has a text or an attachment");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a message text has at most " + MAX_TEXT + " characters");
        }
        if (clientId != null && clientId.length() > 64) {
            throw new IllegalArgumentException("a client id has at most 64 characters");
        }
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.seq = seq;
        this.senderKind = Objects.requireNonNull(senderKind, "senderKind");
        this.sender = sender;
        this.clientId = clientId;
        this.text = text == null || text.isEmpty() ? null : text;
        this.attachment = attachment;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.internal = internal;
    }

    /** A bot's message: the bot, and its buttons' labels (JSON array, null for none). */
    void fromBot(org.webchat.bot.Bot bot, String quickReplies) {
        this.senderBot = Objects.requireNonNull(bot, "bot");
        this.quickReplies = quickReplies;
    }

    public Optional<org.webchat.bot.Bot> getSenderBot() {
        return Optional.ofNullable(senderBot);
    }

    /** A bot question's buttons, in order (empty: none). */
    public java.util.List<String> getQuickReplies() {
        if (quickReplies == null) {
            return java.util.List.of();
        }
        try (var reader = org.webchat.json.Json.createReader(new java.io.StringReader(quickReplies))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public long getSeq() {
        return seq;
    }

    public Optional<String> getClientId() {
        return Optional.ofNullable(clientId);
    }

    public SenderKind getSenderKind() {
        return senderKind;
    }

    public Optional<User> getSender() {
        return Optional.ofNullable(sender);
    }

    public Optional<String> getText() {
        return Optional.ofNullable(text);
    }

    public Optional<Attachment> getAttachment() {
        return Optional.ofNullable(attachment);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Whether only the agents' side reads it (a supervisor's whisper): never the customer. */
    public boolean isInternal() {
        return internal;
    }
}
