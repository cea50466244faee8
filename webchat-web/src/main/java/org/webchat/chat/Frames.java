package org.webchat.chat;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;
import org.webchat.interaction.AgentDeskService;
import org.webchat.interaction.StoredMessage;
import org.webchat.json.Json;
import org.webchat.live.LiveEvent;
import org.webchat.routing.QueueView;
import org.webchat.widget.AttachmentJson;

/** The frames the server sends (protocol v1). JSON-P escapes every string: text stays text. */
public final class Frames {

    private Frames() {
    }

    static JsonObjectBuilder of(String type) {
        return Json.createObjectBuilder().add("type", type);
    }

    static String error(String code, String message) {
        return error(code, message, null);
    }

    /** An error about one message frame: its client id tells the client which message will never be stored. */
    static String error(String code, String message, String clientId) {
        return optional(of("error").add("code", code).add("message", message), "clientId", clientId).build().toString();
    }

    static String ack(String clientId, long seq) {
        return of("ack").add("clientId", clientId).add("seq", seq).build().toString();
    }

    /** The queues of an agent's campaigns (issue 11, point 18). */
    static String queues(java.util.List<QueueView.CampaignQueue> queues) {
        var campaigns = Json.createArrayBuilder();
        queues.forEach(queue -> campaigns.add(queue(Json.createObjectBuilder(), queue)));
        return of("queues").add("campaigns", campaigns).build().toString();
    }

    /** One campaign's queue, as it moved. */
    static String campaignQueue(QueueView.CampaignQueue queue) {
        return queue(of("campaign-queue"), queue).build().toString();
    }

    private static JsonObjectBuilder queue(JsonObjectBuilder frame, QueueView.CampaignQueue queue) {
        var waiting = Json.createArrayBuilder();
        queue.waiting().forEach(w -> waiting.add(Json.createObjectBuilder().add("interaction", w.interactionId())
                .add("position", w.position()).add("customer", w.customer()).add("arrivedAt", w.arrivedAt().toString())));
        return frame.add("campaign", queue.campaignId()).add("campaignName", queue.campaignName())
                .add("pickable", queue.pickable()).add("total", queue.total()).add("waiting", waiting);
    }

    static String pong() {
        return of("pong").build().toString();
    }

    static String message(StoredMessage message) {
        return messageJson(message).build().toString();
    }

    /** A stored message as every screen receives it (also outside the sockets). */
    public static JsonObjectBuilder messageJson(StoredMessage message) {
        return messageJson(message.interactionId(), message.seq(), message.clientId(), message.sender().name(),
                message.senderName(), message.text(), message.attachment(), message.at(), message.internal(),
                message.bot());
    }

    /** A chat as the agent's workspace lists it (AGT-01..03, AGT-09). */
    static JsonObjectBuilder chat(JsonObjectBuilder frame, LiveEvent.ChatInfo chat) {
        frame.add("interaction", chat.interactionId()).add("campaign", chat.campaignId())
                .add("campaignName", chat.campaignName()).add("customer", chat.customer())
                .add("language", chat.language()).add("waitedSeconds", chat.waitedSeconds()).add("calls", chat.calls());
        optional(frame, "email", chat.email());
        optional(frame, "phone", chat.phone());
        optional(frame, "extra", chat.extra());
        optional(frame, "extraLabel", chat.extraLabel());
        optional(frame, "pageUrl", chat.pageUrl());
        optional(frame, "queuedAt", chat.queuedAt() == null ? null : chat.queuedAt().toString());
        optional(frame, "customerGoneSince", chat.customerGoneSince() == null ? null : chat.customerGoneSince().toString());
        if (chat.handover() != null) {
            frame.add("transfer", optional(Json.createObjectBuilder().add("fromName", chat.handover().fromName()),
                    "note", chat.handover().note()));
        }
        if (chat.bot() != null) {
            frame.add("bot", bot(chat.bot()));
        }
        return optional(frame, "assignedAt", chat.assignedAt() == null ? null : chat.assignedAt().toString());
    }

    /** The start bot's part of a chat (issue 15, point 5): its variables as a list, in the order it collected them. */
    private static JsonObjectBuilder bot(LiveEvent.BotPart bot) {
        var variables = Json.createArrayBuilder();
        bot.variables().forEach(v -> variables.add(Json.createObjectBuilder().add("name", v.name()).add("value", v.value())));
        JsonObjectBuilder json = Json.createObjectBuilder().add("outcome", bot.outcome()).add("variables", variables);
        optional(json, "name", bot.name());
        optional(json, "summary", bot.summary());
        return optional(json, "reason", bot.reason());
    }

    /** A message as it was posted live. */
    static String message(LiveEvent.MessagePosted posted) {
        return messageJson(posted.interactionId(), posted.seq(), posted.clientId(), posted.sender(), posted.senderName(),
                posted.text(), posted.attachment(), posted.at(), posted.internal(), posted.bot()).build().toString();
    }

    /**
     * {@code internal}: a supervisor's whisper (issue 12) or a bot's note for the agent, which never goes to the
     * customer; {@code bot}: a bot's line, with its picture and its question's buttons (BOT-01).
     */
    private static JsonObjectBuilder messageJson(long interactionId, long seq, String clientId, String sender,
                                                 String senderName, String text, LiveEvent.Attachment attachment,
                                                 Instant at, boolean internal, LiveEvent.BotLine bot) {
        JsonObjectBuilder frame = of("message").add("interaction", interactionId).add("seq", seq)
                .add("from", sender.toLowerCase(java.util.Locale.ROOT)).add("at", at.toString());
        optional(frame, "clientId", clientId);
        optional(frame, "name", senderName);
        optional(frame, "text", text);
        if (attachment != null) {
            frame.add("attachment", AttachmentJson.of(attachment));
        }
        if (internal) {
            frame.add("internal", true);
        }
        if (bot != null) {
            if (bot.picture()) {
                frame.add("picture", "/widget/api/bots/" + bot.botId() + "/picture");
            }
            if (!bot.options().isEmpty()) {
                frame.add("options", Json.createArrayBuilder(bot.options()));
            }
        }
        return frame;
    }

    /**
     * The agent's state (AGT-07, SUP-03), with its break's name on a break and the supervisor who put it there
     * ({@code pausedBy}, SUP-14; null: the agent chose it).
     */
    static JsonObjectBuilder agentState(JsonObjectBuilder frame, String state, String breakName, String pausedBy) {
        optional(frame.add("state", state), "breakName", breakName);
        return optional(frame, "pausedBy", "ON_BREAK".equals(state) ? pausedBy : null);
    }

    /** An interaction ringing at the agent (STR-04) until {@code expiresAt}. */
    static String offer(long interactionId, long campaignId, String campaignName, String customerName, Instant expiresAt) {
        return optional(of("offer").add("interaction", interactionId).add("campaign", campaignId)
                .add("campaignName", campaignName).add("expiresAt", expiresAt.toString()), "customer", customerName)
                .build().toString();
    }

    /** Who attends the chat, as the customer may see them (ADV-08, ADV-13). */
    static JsonObjectBuilder agentCard(JsonObjectBuilder frame, LiveEvent.AgentCard card) {
        optional(frame, "agentName", card.name());
        if (card.campaignImage() != null) {
            frame.add("agentPicture", "/widget/api/campaigns/" + card.campaignImage() + "/image");
        } else if (card.agentPhoto() != null) {
            frame.add("agentPicture", "/widget/api/agents/" + card.agentPhoto() + "/photo");
        }
        return frame;
    }

    /** The end of the agent's chat, with the quality model it may answer now (ADV-02). */
    static String ended(long interactionId, String endReason, Optional<AgentDeskService.QualityForm> quality) {
        var ended = optional(of("ended").add("interaction", interactionId), "endReason", endReason);
        quality.ifPresent(form -> {
            var questions = Json.createArrayBuilder();
            form.questions().forEach(q -> questions.add(Json.createObjectBuilder().add("id", q.id()).add("text", q.text())
                    .add("weight", q.weight()).add("scaleMin", q.scaleMin()).add("scaleMax", q.scaleMax())));
            ended.add("quality", Json.createObjectBuilder().add("model", form.modelId()).add("name", form.name())
                    .add("questions", questions));
        });
        return ended.build().toString();
    }

    /** A chat another agent hands to this one (AGT-08). */
    static String transferOffer(LiveEvent.TransferChanged transfer) {
        var offer = of("transfer-offer").add("interaction", transfer.interactionId()).add("fromName", transfer.fromName())
                .add("campaignName", transfer.campaignName()).add("customer", transfer.customer());
        optional(offer, "note", transfer.note());
        return optional(offer, "expiresAt", transfer.expiresAt() == null ? null : transfer.expiresAt().toString())
                .build().toString();
    }

    static JsonObjectBuilder optional(JsonObjectBuilder frame, String field, String value) {
        return value == null ? frame : frame.add(field, value);
    }
}
