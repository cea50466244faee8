package org.webchat.chat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import org.webchat.campaign.Thresholds;
import org.webchat.json.Json;
import org.webchat.supervision.AgentRow;
import org.webchat.supervision.Board;
import org.webchat.supervision.BotFigures;
import org.webchat.supervision.CampaignBoard;
import org.webchat.supervision.Colour;
import org.webchat.supervision.ServiceLevel;
import org.webchat.supervision.Supervisors;

/**
 * The supervision socket's frames (see package-info): a campaign's block and an agent's row are written once and
 * shared by every dashboard that shows them; a dashboard's {@code board} frame puts the pieces together with what it
 * adds up. Times are ISO instants, never durations that go stale; colours are the core's ({@link Colour}), with the
 * instants they change.
 */
final class BoardFrames {

    private BoardFrames() {
    }

    static String hello(Supervisors.Supervisor supervisor) {
        JsonArrayBuilder campaigns = Json.createArrayBuilder();
        supervisor.campaigns().forEach(c -> campaigns.add(Json.createObjectBuilder().add("id", c.id()).add("name", c.name())));
        return Frames.of("hello").add("v", 1).add("supervisor", supervisor.id()).add("name", supervisor.name())
                .add("campaigns", campaigns).build().toString();
    }

    /** One campaign's block (SUP-10, SUP-16): its figures coloured by its thresholds, its queue, its members. */
    static String campaign(CampaignBoard board) {
        Thresholds thresholds = board.settings().thresholds();
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", board.settings().id())
                .add("name", board.settings().name()).add("zone", board.settings().zone().getId())
                .add("today", figures(board.today(), thresholds)).add("recent", figures(board.recent(), thresholds))
                .add("waiting", Json.createObjectBuilder().add("value", board.queue().total()).add("colour",
                        Colour.of(Colour.Figure.QUEUE, board.queue().total(), thresholds).name()))
                .add("active", board.active());
        Instant longest = board.queue().longestSince();
        if (longest != null) {
            json.add("longestWait", Json.createObjectBuilder().add("since", longest.toString())
                    .add("yellowAt", Colour.waitYellowAt(longest, thresholds).toString())
                    .add("redAt", Colour.waitRedAt(longest, thresholds).toString()));
        }
        JsonArrayBuilder queue = Json.createArrayBuilder();
        for (CampaignBoard.Waiting w : board.queue().listed()) {
            queue.add(Frames.optional(Json.createObjectBuilder().add("interaction", w.interactionId())
                    .add("position", w.position()).add("name", w.name()).add("queuedAt", w.queuedAt().toString())
                    .add("yellowAt", w.yellowAt().toString()).add("redAt", w.redAt().toString()), "email", w.email()));
        }
        JsonArrayBuilder members = Json.createArrayBuilder();
        board.members().forEach(members::add);
        if (board.bots().shown()) {
            json.add("bots", bots(board.bots()));
        }
        return json.add("queue", queue).add("members", members).build().toString();
    }

    /** What a start bot did today and does now (issue 15, point 5); see {@link BotFigures} for what counts. */
    static JsonObjectBuilder bots(BotFigures bots) {
        return Json.createObjectBuilder().add("resolved", bots.resolved()).add("handedOff", bots.handedOff())
                .add("handled", bots.handled()).add("talking", bots.talking());
    }

    /** One agent's row (SUP-01..09). */
    static String agent(AgentRow row) {
        JsonArrayBuilder campaigns = Json.createArrayBuilder();
        row.campaigns().forEach(campaigns::add);
        JsonArrayBuilder chats = Json.createArrayBuilder();
        for (AgentRow.ActiveChat chat : row.chats()) {
            chats.add(Json.createObjectBuilder().add("interaction", chat.interactionId()).add("campaign", chat.campaignId())
                    .add("customer", chat.customer()).add("channel", chat.channel().name())
                    .add("since", chat.since().toString()).add("yellowAt", chat.yellowAt().toString())
                    .add("redAt", chat.redAt().toString()));
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", row.agentId()).add("name", row.name())
                .add("login", row.login()).add("campaigns", campaigns).add("state", row.status().name())
                .add("icon", row.icon()).add("onCall", row.onCall()).add("screenMonitoring", row.screenMonitoring())
                .add("active", row.chats().size())
                .add("completedToday", row.completedToday()).add("chats", chats);
        Frames.optional(json, "breakName", row.breakName());
        Frames.optional(json, "since", row.since() == null ? null : row.since().toString());
        Frames.optional(json, "idleAlertAt", row.idleAlertAt() == null ? null : row.idleAlertAt().toString());
        if (row.cap() != null) {
            json.add("cap", row.cap());
        }
        return json.build().toString();
    }

    /**
     * What a dashboard adds up of the blocks and rows it shows: {@code "total":...,"series":...,"agentsByState":...},
     * to go after them in a {@code board} or {@code changes} frame.
     */
    static String totals(Board board) {
        JsonObjectBuilder total = Json.createObjectBuilder().add("today", figures(board.today(), null))
                .add("recent", figures(board.recent(), null)).add("waiting", board.waiting()).add("active", board.active());
        Frames.optional(total, "longestWaitSince", board.longestSince() == null ? null : board.longestSince().toString());
        if (board.bots().shown()) {
            total.add("bots", bots(board.bots()));
        }
        JsonArrayBuilder slots = Json.createArrayBuilder();
        JsonArrayBuilder offered = Json.createArrayBuilder();
        JsonArrayBuilder answered = Json.createArrayBuilder();
        JsonArrayBuilder abandoned = Json.createArrayBuilder();
        JsonArrayBuilder level = Json.createArrayBuilder();
        board.slots().forEach((slot, figures) -> {
            slots.add(slot.toString());
            offered.add(figures.offered());
            answered.add(figures.answered());
            abandoned.add(figures.abandoned());
            OptionalDouble percent = figures.percent();
            if (percent.isPresent()) {
                level.add(round(percent.getAsDouble()));
            } else {
                level.addNull();
            }
        });
        JsonObjectBuilder byState = Json.createObjectBuilder();
        board.agents().forEach((status, count) -> byState.add(status.name(), count));
        String totals = Json.createObjectBuilder().add("total", total).add("series", Json.createObjectBuilder()
                        .add("slots", slots).add("offered", offered).add("answered", answered).add("abandoned", abandoned)
                        .add("serviceLevel", level)).add("agentsByState", byState).build().toString();
        return totals.substring(1, totals.length() - 1);
    }

    /**
     * A dashboard's whole board: the blocks of the campaigns it watches and the rows of their agents (each written once
     * for all dashboards), then their {@link #totals}, with the server's time, by which the browser sets its clock.
     */
    static String board(Instant at, Collection<String> campaigns, Collection<String> agents, String totals) {
        return frame("board", at, campaigns, agents, totals).append('}').toString();
    }

    /**
     * What changed in a dashboard's board since its last frame: the blocks and rows that changed or are new, the ids
     * of all it shows now in their order (what is not named there is gone), and the totals.
     */
    static String changes(Instant at, Collection<String> campaigns, Collection<String> agents, Collection<Long> campaignIds,
                          Collection<Long> agentIds, String totals) {
        StringBuilder frame = frame("changes", at, campaigns, agents, totals);
        frame.append(",\"campaignIds\":");
        ids(frame, campaignIds);
        frame.append(",\"agentIds\":");
        ids(frame, agentIds);
        return frame.append('}').toString();
    }

    private static StringBuilder frame(String type, Instant at, Collection<String> campaigns, Collection<String> agents,
                                       String totals) {
        StringBuilder frame = new StringBuilder(totals.length() + 64 + 512 * (campaigns.size() + agents.size()));
        frame.append("{\"type\":\"").append(type).append("\",\"at\":\"").append(at).append("\",\"campaigns\":[")
                .append(String.join(",", campaigns)).append("],\"agents\":[").append(String.join(",", agents))
                .append("],").append(totals);
        return frame;
    }

    private static void ids(StringBuilder frame, Collection<Long> ids) {
        frame.append('[');
        String comma = "";
        for (Long id : ids) {
            frame.append(comma).append(id);
            comma = ",";
        }
        frame.append(']');
    }

    /** A period's figures (SUP-16), each coloured when {@code thresholds} are given; a figure without data is left out. */
    private static JsonObjectBuilder figures(ServiceLevel figures, Thresholds thresholds) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("offered", figures.offered())
                .add("answered", figures.answered()).add("abandoned", figures.abandoned()).add("missed", figures.missed())
                .add("completed", figures.completed());
        percent(json, "serviceLevel", figures.percent(), thresholds);
        percent(json, "serviceLevelWithAbandoned", figures.percentWithAbandoned(), thresholds);
        seconds(json, "averageWait", figures.averageWait(), Colour.Figure.WAIT, thresholds);
        seconds(json, "averageChatTime", figures.averageChatTime(), Colour.Figure.CHAT_TIME, thresholds);
        return json;
    }

    private static void percent(JsonObjectBuilder json, String name, OptionalDouble value, Thresholds thresholds) {
        if (value.isPresent()) {
            double shown = round(value.getAsDouble()); // coloured as shown: 79.96 reads 80.0, and is green
            JsonObjectBuilder figure = Json.createObjectBuilder().add("value", shown);
            if (thresholds != null) {
                figure.add("colour", Colour.of(Colour.Figure.SERVICE_LEVEL, shown, thresholds).name());
            }
            json.add(name, figure);
        }
    }

    private static void seconds(JsonObjectBuilder json, String name, Optional<Duration> value, Colour.Figure kind,
                                Thresholds thresholds) {
        if (value.isPresent()) {
            double seconds = round(value.get().toMillis() / 1000.0);
            JsonObjectBuilder figure = Json.createObjectBuilder().add("seconds", seconds);
            if (thresholds != null) {
                figure.add("colour", Colour.of(kind, seconds, thresholds).name());
            }
            json.add(name, figure);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
