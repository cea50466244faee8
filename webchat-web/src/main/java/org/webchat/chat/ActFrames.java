package org.webchat.chat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.webchat.json.Json;
import org.webchat.supervision.SupervisorActs;

/** The frames answering a supervisor's acts (issue 12, points 4 and 5; see package-info). */
final class ActFrames {

    private ActFrames() {
    }

    /** SUP-11: the spied agent's open chats, each with its history. */
    static String spy(SupervisorActs.Spy spy) {
        JsonArrayBuilder chats = Json.createArrayBuilder();
        spy.chats().forEach(chat -> chats.add(chat(Json.createObjectBuilder(), chat)));
        return Frames.of("spy").add("agent", spy.agentId()).add("name", spy.agentName()).add("chats", chats)
                .build().toString();
    }

    /** A chat the spied agent took after the spy opened, with its history. */
    static String spiedChat(long agentId, SupervisorActs.SpiedChat chat) {
        return chat(Frames.of("spied-chat").add("agent", agentId), chat).build().toString();
    }

    private static JsonObjectBuilder chat(JsonObjectBuilder frame, SupervisorActs.SpiedChat chat) {
        Frames.chat(frame, chat.chat());
        Frames.optional(frame, "agentName", chat.agentName());
        JsonArrayBuilder messages = Json.createArrayBuilder();
        chat.messages().forEach(m -> messages.add(Frames.messageJson(m)));
        return frame.add("messages", messages);
    }

    /** SUP-14: the breaks the supervisor may put the agent on. */
    static String breakTypes(long agentId, List<SupervisorActs.BreakChoice> breaks) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        breaks.forEach(b -> list.add(Frames.optional(Json.createObjectBuilder().add("id", b.id()).add("name", b.name()),
                "icon", b.icon())));
        return Frames.of("break-types").add("agent", agentId).add("breaks", list).build().toString();
    }

    /** SUP-13: the agent's information. */
    static String info(SupervisorActs.AgentInfo info) {
        JsonObjectBuilder frame = Frames.of("info").add("agent", info.agentId()).add("login", info.login())
                .add("name", info.name()).add("state", info.state());
        Frames.optional(frame, "group", info.group());
        Frames.optional(frame, "breakName", info.breakName());
        Frames.optional(frame, "pausedBy", info.pausedBy());
        Frames.optional(frame, "since", instant(info.stateSince()));
        JsonArrayBuilder campaigns = Json.createArrayBuilder();
        info.campaigns().forEach(m -> campaigns.add(Json.createObjectBuilder().add("id", m.campaignId())
                .add("name", m.campaignName()).add("penalty", m.penalty())));
        JsonArrayBuilder states = Json.createArrayBuilder();
        info.today().states().forEach(s -> {
            JsonObjectBuilder period = Json.createObjectBuilder().add("state", s.state()).add("from", s.from().toString());
            Frames.optional(period, "breakName", s.breakName());
            Frames.optional(period, "to", instant(s.to()));
            states.add(Frames.optional(period, "changedBy", s.changedBy()));
        });
        JsonObjectBuilder today = Json.createObjectBuilder().add("completed", info.today().completed()).add("states", states);
        if (info.today().averageChatTime() != null) {
            today.add("averageChatSeconds", info.today().averageChatTime().toSeconds());
        }
        return frame.add("campaigns", campaigns).add("today", today).build().toString();
    }

    /** An act done that has nothing else to answer: {@code done {act, agent | interaction}}. */
    static String done(String act, String field, long id) {
        return Frames.of("done").add("act", act).add(field, id).build().toString();
    }

    /** A refused act, by id: {@code error CODE {agent | interaction, clientId?}}. */
    static String refused(String code, String message, String field, long id, String clientId) {
        return Frames.optional(Frames.of("error").add("code", code).add("message", message).add(field, id),
                "clientId", clientId).build().toString();
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }
}
