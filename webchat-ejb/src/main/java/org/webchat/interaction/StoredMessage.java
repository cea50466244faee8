package org.webchat.interaction;

import java.time.Instant;
import org.webchat.live.LiveEvent;

/**
 * A chat message as it was committed, for sockets and screens: its number in the interaction, the client's
 * id it was sent with, who sent it. {@code repeated} is true when the same client id had been stored before
 * (a resend after a lost acknowledgement): the message is not stored twice. {@code internal}: a supervisor's
 * whisper (issue 12), which only the agents' side reads. {@code bot}: a bot's message, with its buttons (null: not a
 * bot's).
 */
public record StoredMessage(long interactionId, long seq, String clientId, SenderKind sender, String senderName,
                            String text, LiveEvent.Attachment attachment, Instant at, boolean repeated,
                            boolean internal, LiveEvent.BotLine bot) {

    public StoredMessage(long interactionId, long seq, String clientId, SenderKind sender, String senderName,
                         String text, LiveEvent.Attachment attachment, Instant at, boolean repeated, boolean internal) {
        this(interactionId, seq, clientId, sender, senderName, text, attachment, at, repeated, internal, null);
    }

    static StoredMessage of(ChatMessage message, boolean repeated) {
        return new StoredMessage(message.getInteraction().getId(), message.getSeq(), message.getClientId().orElse(null),
                message.getSenderKind(), message.getSenderBot().map(org.webchat.bot.Bot::shownName)
                        .orElseGet(() -> message.getSender().map(u -> u.getName()).orElse(null)),
                message.getText().orElse(null), message.getAttachment().map(Attachment::summary).orElse(null),
                message.getCreatedAt(), repeated, message.isInternal(), message.getSenderBot()
                        .map(bot -> new LiveEvent.BotLine(bot.getId(), bot.getPicture().isPresent(),
                                message.getQuickReplies())).orElse(null));
    }
}
