package org.webchat.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A supervision dashboard's board as its page holds it (issue 12, point 6): the whole {@code board} frame after a
 * watch, with each {@code changes} frame applied on top (the page's {@code supervisor/changes.js}).
 */
public final class LiveBoard {

    private static final Set<String> FRAMES = Set.of("board", "changes");

    private final SocketClient socket;
    private JsonObject board;
    private JsonObject lastFrame;

    public LiveBoard(SocketClient socket) {
        this.socket = socket;
    }

    /** Takes the dashboard's board frames until the board is as wanted (up to 15 s), and returns it. */
    public JsonObject await(Predicate<JsonObject> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            JsonObject frame = socket.await(f -> FRAMES.contains(f.getString("type", "")), what);
            lastFrame = frame;
            board = "board".equals(frame.getString("type")) ? frame : applied(board, frame);
            if (wanted.test(board)) {
                return board;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " within 15 s; the board is " + board);
            }
        }
    }

    /** The last frame taken, as it came. */
    public JsonObject lastFrame() {
        return lastFrame;
    }

    private static JsonObject applied(JsonObject board, JsonObject changes) {
        if (board == null) {
            throw new AssertionError("A changes frame came before the whole board: " + changes);
        }
        JsonObjectBuilder merged = Json.createObjectBuilder(changes).add("type", "board")
                .add("campaigns", inOrder(board, changes, "campaigns", "campaignIds"))
                .add("agents", inOrder(board, changes, "agents", "agentIds"));
        return merged.remove("campaignIds").remove("agentIds").build();
    }

    private static JsonArrayBuilder inOrder(JsonObject board, JsonObject changes, String list, String ids) {
        Map<Long, JsonValue> byId = new LinkedHashMap<>();
        for (JsonObject frame : new JsonObject[] {board, changes}) {
            frame.getJsonArray(list).forEach(v -> byId.put(v.asJsonObject().getJsonNumber("id").longValue(), v));
        }
        JsonArrayBuilder shown = Json.createArrayBuilder();
        changes.getJsonArray(ids).forEach(id -> {
            JsonValue item = byId.get(((jakarta.json.JsonNumber) id).longValue());
            if (item == null) {
                throw new AssertionError("A changes frame names " + list + " id " + id + " it never sent: " + changes);
            }
            shown.add(item);
        });
        return shown;
    }
}
