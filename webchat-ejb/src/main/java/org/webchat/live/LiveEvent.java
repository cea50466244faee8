package org.webchat.live;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something the live screens must learn at once. Events are small, immutable and serializable, so that a
 * messaging topic can carry them between nodes.
 */
public sealed interface LiveEvent extends Serializable
        permits LiveEvent.MessagePosted, LiveEvent.InteractionChanged, LiveEvent.OfferChanged, LiveEvent.Typing,
        LiveEvent.PageVisited, LiveEvent.TransferChanged, LiveEvent.AgentChanged, LiveEvent.AccessChanged,
        LiveEvent.CustomerPresence, LiveEvent.CustomerRated, LiveEvent.ExportProgress, LiveEvent.CallChanged,
        LiveEvent.CallSignal, LiveEvent.BotChanged {

    /**
     * A chat message was stored with its sequence number (it is durable when this event travels). An {@code internal}
     * one (a supervisor's whisper, issue 12) goes to the agent and the supervisors spying on it, never to the customer.
     */
    record MessagePosted(long interactionId, long campaignId, Long agentId, long seq, String clientId,
                         String sender, String senderName, String text, Attachment attachment, Instant at,
                         boolean internal, BotLine bot) implements LiveEvent {

        public MessagePosted(long interactionId, long campaignId, Long agentId, long seq, String clientId, String sender,
                             String senderName, String text, Attachment attachment, Instant at, boolean internal) {
            this(interactionId, campaignId, agentId, seq, clientId, sender, senderName, text, attachment, at, internal, null);
        }

        /** A message every side of the chat reads. */
        public MessagePosted(long interactionId, long campaignId, Long agentId, long seq, String clientId, String sender,
                             String senderName, String text, Attachment attachment, Instant at) {
            this(interactionId, campaignId, agentId, seq, clientId, sender, senderName, text, attachment, at, false);
        }
    }

    /** A bot's message (BOT-01): the bot, whether it has a picture, and the buttons of its question (may be empty). */
    record BotLine(long botId, boolean picture, java.util.List<String> options) implements Serializable {
        public BotLine {
            options = java.util.List.copyOf(options);
        }
    }

    /**
     * A bot started or stopped talking in a chat (BOT-01, BOT-02), as its customer sees it: {@code state} BOT (a start
     * bot), SURVEY (the end bot, once the agent ended the chat), ENDED (the survey is over; {@code endReason} is the
     * chat's) or OFF (the start bot stopped: it resolved the chat or handed it off); {@code person}: the customer may ask
     * for a person now. {@code campaignId} is the bot's campaign (a start bot's hand-off may move the chat to another's
     * queue): supervision counts the start bot's chats there (issue 15, point 5).
     */
    record BotChanged(long interactionId, long campaignId, String state, boolean person, String endReason)
            implements LiveEvent {
    }

    /**
     * A file or audio message sent in a chat (WID-06), as screens show it. {@code key} (random, unrelated to the
     * content) goes into its download address with the id: only who saw the message can name the file.
     */
    record Attachment(long id, String kind, String name, String contentType, long size, String key) implements Serializable {
    }

    /**
     * An interaction entered a new state: queued, offered, assigned, ended... An assignment carries who attends
     * it as the customer may see them ({@code card}, null otherwise). {@code arrival}: a new customer's first state
     * (queued, with its start bot, or refused by a full queue), which gives no agent any room.
     */
    record InteractionChanged(long interactionId, long campaignId, String state, Long agentId, AgentCard card,
                              String endReason, Instant at, ChatInfo chat, boolean arrival) implements LiveEvent {

        /** An assignment, which carries the chat as its agent's workspace shows it. */
        public InteractionChanged(long interactionId, long campaignId, String state, Long agentId, AgentCard card,
                                  String endReason, Instant at, ChatInfo chat) {
            this(interactionId, campaignId, state, agentId, card, endReason, at, chat, false);
        }

        /** Any change but an assignment. */
        public InteractionChanged(long interactionId, long campaignId, String state, Long agentId, AgentCard card,
                                  String endReason, Instant at) {
            this(interactionId, campaignId, state, agentId, card, endReason, at, null, false);
        }

        /** This change as a new customer's arrival. */
        public InteractionChanged asArrival() {
            return new InteractionChanged(interactionId, campaignId, state, agentId, card, endReason, at, chat, true);
        }
    }

    /**
     * A chat as the agent's workspace lists it (AGT-01..03, AGT-09); {@code calls}: its campaign allows calls (ADV-12);
     * {@code bot}: what its start bot did before a person took it (null: no bot talked; issue 15, point 5).
     */
    record ChatInfo(long interactionId, long campaignId, String campaignName, String customer, String email,
                    String phone, String extra, String extraLabel, String pageUrl, String language, Instant queuedAt,
                    Instant assignedAt, long waitedSeconds, Instant customerGoneSince, Handover handover, boolean calls,
                    BotPart bot) implements Serializable {

        /** A chat no bot talked in. */
        public ChatInfo(long interactionId, long campaignId, String campaignName, String customer, String email,
                        String phone, String extra, String extraLabel, String pageUrl, String language,
                        Instant queuedAt, Instant assignedAt, long waitedSeconds, Instant customerGoneSince,
                        Handover handover, boolean calls) {
            this(interactionId, campaignId, campaignName, customer, email, phone, extra, extraLabel, pageUrl, language,
                    queuedAt, assignedAt, waitedSeconds, customerGoneSince, handover, calls, null);
        }
    }

    /**
     * The start bot's part of a chat, for the agent who takes it (BOT-01, issue 15, point 5): the bot's name (null: the
     * bot was removed since), how its part ended (a {@code BotOutcome}), the summary it handed over with and why it
     * handed over when its flow did not choose to (null: none), and the variables it collected, in order.
     */
    record BotPart(String name, String outcome, String summary, String reason, java.util.List<Variable> variables)
            implements Serializable {
        public BotPart {
            variables = java.util.List.copyOf(variables);
        }
    }

    /** A variable a bot collected: its name and its value, as text. */
    record Variable(String name, String value) implements Serializable {
    }

    /** The chat came to its agent by a transfer (issue 11, point 17): from whom, with what note (null: none). */
    record Handover(String fromName, String note) implements Serializable {
    }

    /**
     * The agent as its customer sees it (ADV-08, ADV-13): its name unless the campaign hides it; as picture the
     * campaign's image ({@code campaignImage}, a campaign id), else the agent's own photo ({@code agentPhoto}, an
     * agent id, only with the name); null where there is none.
     */
    record AgentCard(String name, Long campaignImage, Long agentPhoto) implements Serializable {
    }

    /**
     * A ringall offer (STR-04) rings at an agent ({@code outcome} null, until {@code expiresAt}) or closed with
     * {@code outcome}: ACCEPTED, DECLINED, EXPIRED or WITHDRAWN.
     */
    record OfferChanged(long interactionId, long campaignId, String campaignName, long agentId, String customerName,
                        String outcome, Instant expiresAt, Instant at) implements LiveEvent {
    }

    /** The customer or the agent is typing, or stopped (never stored). */
    record Typing(long interactionId, Long agentId, String who, boolean typing) implements LiveEvent {
    }

    /**
     * A transfer (AGT-08) was asked for ({@code REQUESTED}, to an agent until {@code expiresAt}, or to a campaign),
     * taken ({@code ACCEPTED}, by the agent {@code takenBy}) or returned to its agent ({@code RETURNED}: refused or
     * not taken in time); {@code note} is what the agent who asked tells the one who takes it (null: nothing).
     */
    record TransferChanged(long interactionId, long fromAgentId, String fromName, Long toAgentId, Long toCampaignId,
                           String campaignName, String customer, String status, Instant expiresAt, Instant at,
                           String note, String takenBy)
            implements LiveEvent {
    }

    /** The customer moved to another page of the host site (WID-10, AGT-09: the agent sees where). */
    record PageVisited(long interactionId, Long agentId, String url) implements LiveEvent {
    }

    /**
     * An agent's presence changed: logged in or out, free, busy, on a break, on a call. {@code changedBy} names the
     * supervisor who paused the agent (SUP-14) or logged it out (SUP-15); null when the agent did it.
     */
    record AgentChanged(long agentId, String state, String breakName, Instant at, String changedBy) implements LiveEvent {

        /** A change the agent made itself. */
        public AgentChanged(long agentId, String state, String breakName, Instant at) {
            this(agentId, state, breakName, at, null);
        }
    }

    /**
     * An administrator disabled or removed a user, or changed its password, roles or group: what it signed in
     * with no longer holds, so its open sockets and console sessions end.
     */
    record AccessChanged(long userId) implements LiveEvent {
    }

    /**
     * The customer's last window of the chat closed ({@code connected} false: gone since {@code since}), or the
     * customer came back (issue 11, point 19): the agent sees whether anyone is still there.
     */
    record CustomerPresence(long interactionId, Long agentId, boolean connected, Instant since) implements LiveEvent {
    }

    /** The customer rated the chat (ADV-10): its agent sees the rating and the comment. */
    record CustomerRated(long interactionId, Long agentId, int rating, String comment) implements LiveEvent {
    }

    /**
     * An export of Recordings moved (REC-02): its owner's pages show how far it got; {@code text} says it in the
     * owner's language ("1,200 of 5,000 · about 2 minutes left").
     */
    record ExportProgress(long exportId, String owner, String state, long done, long total, String text)
            implements LiveEvent {
    }

    /**
     * A call of a chat rang, was answered or ended (issue 14): the chat's customer sockets and its agent's workspaces
     * show it; the endpoints are the sockets carrying each side's signalling (null until that side has one).
     */
    record CallChanged(long callId, long interactionId, Long agentId, String kind, String startedBy, String state,
                       Instant rangAt, Instant expiresAt, Instant answeredAt, Instant endedAt, String endReason,
                       String endedBy, String customerEndpoint, String agentEndpoint) implements LiveEvent {
    }

    /**
     * A side's WebRTC signalling for the other (issue 14, AV-03): a session description or ICE candidates, as the
     * JSON the client sent, for the one socket that is the other side's endpoint.
     */
    record CallSignal(long callId, long interactionId, Long agentId, String toSide, String toEndpoint, String payload)
            implements LiveEvent {
    }
}
