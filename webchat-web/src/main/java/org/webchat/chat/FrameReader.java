package org.webchat.chat;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.regex.Pattern;
import org.webchat.interaction.EmailAddress;
import org.webchat.json.Json;

/**
 * Reads and validates the frames of the chat sockets: JSON objects with a known {@code type} and fields of
 * the right kind and size. Anything else is a {@link BadFrame} saying what was wrong; customer text is kept
 * as text (it is never interpreted as markup anywhere).
 */
public final class FrameReader {

    /** The largest frame a socket accepts, in characters. */
    public static final int MAX_FRAME = 16 * 1024;
    public static final int MAX_TEXT = 8000;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final Set<String> LANGUAGES = Set.of("es", "en", "pt");
    /** No frame of the protocol nests deeper than this (an object, its list, the list's objects). */
    static final int MAX_DEPTH = 8;
    /** The longest number written in a frame: a whole number of the protocol has at most 19 digits. */
    static final int MAX_NUMBER = 24;
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");

    private FrameReader() {
    }

    public static CustomerFrame customer(String frame) throws BadFrame {
        JsonObject json = object(frame);
        String type = requiredString(json, "type", 20);
        return switch (type) {
            case "hello" -> hello(json);
            case "message" -> new CustomerFrame.Message(clientId(json), text(json));
            case "typing" -> new CustomerFrame.Typing(bool(json, "typing"));
            case "ping" -> new CustomerFrame.Ping();
            case "end" -> new CustomerFrame.End();
            case "person" -> new CustomerFrame.Person();
            case "feedback" -> new CustomerFrame.Feedback(intInRange(json, "rating", 1, 5),
                    optionalString(json, "comment", 2000));
            case "page" -> new CustomerFrame.Page(url(json, "url"));
            case "call-start", "call-answer", "call-decline", "call-hangup", "call-signal" ->
                    new CustomerFrame.Calling(CallFrameReader.read(json, type, false));
            default -> throw new BadFrame("unknown-type", "Unknown frame type '" + type + "'");
        };
    }

    public static AgentFrame agent(String frame) throws BadFrame {
        JsonObject json = object(frame);
        String type = requiredString(json, "type", 20);
        return switch (type) {
            case "message" -> new AgentFrame.Message(longAtLeast(json, "interaction", 1), clientId(json), text(json));
            case "resume" -> new AgentFrame.Resume(longAtLeast(json, "interaction", 1), longAtLeast(json, "lastSeq", 0));
            case "typing" -> new AgentFrame.Typing(longAtLeast(json, "interaction", 1), bool(json, "typing"));
            case "state" -> new AgentFrame.State(json.containsKey("breakType") && !json.isNull("breakType")
                    ? longAtLeast(json, "breakType", 1) : null);
            case "call" -> new AgentFrame.Call(bool(json, "onCall"));
            case "accept" -> new AgentFrame.Accept(longAtLeast(json, "interaction", 1));
            case "decline" -> new AgentFrame.Decline(longAtLeast(json, "interaction", 1));
            case "end" -> new AgentFrame.End(longAtLeast(json, "interaction", 1));
            case "history" -> new AgentFrame.History(longAtLeast(json, "interaction", 1));
            case "targets" -> new AgentFrame.Targets(longAtLeast(json, "interaction", 1));
            case "transfer" -> transfer(json);
            case "accept-transfer" -> new AgentFrame.AcceptTransfer(longAtLeast(json, "interaction", 1));
            case "decline-transfer" -> new AgentFrame.DeclineTransfer(longAtLeast(json, "interaction", 1));
            case "canned" -> new AgentFrame.Canned(longAtLeast(json, "interaction", 1));
            case "evaluate" -> new AgentFrame.Evaluate(longAtLeast(json, "interaction", 1), answers(json));
            case "queues" -> new AgentFrame.Queues();
            case "pick" -> new AgentFrame.Pick(longAtLeast(json, "interaction", 1));
            case "ping" -> new AgentFrame.Ping();
            case "call-start", "call-answer", "call-decline", "call-hangup", "call-signal" ->
                    new AgentFrame.Calling(CallFrameReader.read(json, type, true));
            case "screen-signal", "screen-unavailable", "screen-stop" -> new AgentFrame.Screen(screen(json, type));
            default -> throw new BadFrame("unknown-type", "Unknown frame type '" + type + "'");
        };
    }

    /** The most campaigns one watch frame names. */
    static final int MAX_WATCHED = 200;

    public static SupervisorFrame supervisor(String frame) throws BadFrame {
        JsonObject json = object(frame);
        String type = requiredString(json, "type", 20);
        return switch (type) {
            case "watch" -> new SupervisorFrame.Watch(ids(json, "campaigns", MAX_WATCHED));
            case "ping" -> new SupervisorFrame.Ping();
            case "spy" -> new SupervisorFrame.Spy(longAtLeast(json, "agent", 1));
            case "unspy" -> new SupervisorFrame.Unspy(longAtLeast(json, "agent", 1));
            case "whisper", "barge-message" -> new SupervisorFrame.Write(longAtLeast(json, "interaction", 1),
                    clientId(json), text(json), "barge-message".equals(type));
            case "barge" -> new SupervisorFrame.Barge(longAtLeast(json, "interaction", 1));
            case "break-types" -> new SupervisorFrame.BreakTypes(longAtLeast(json, "agent", 1));
            case "pause" -> new SupervisorFrame.Pause(longAtLeast(json, "agent", 1), longAtLeast(json, "breakType", 1));
            case "logout" -> new SupervisorFrame.LogOut(longAtLeast(json, "agent", 1));
            case "info" -> new SupervisorFrame.Info(longAtLeast(json, "agent", 1), zone(json));
            case "screen" -> new SupervisorFrame.Screen(new ScreenFrame.Open(longAtLeast(json, "agent", 1)));
            case "screen-signal", "screen-stop" -> new SupervisorFrame.Screen(screen(json, type));
            default -> throw new BadFrame("unknown-type", "Unknown frame type '" + type + "'");
        };
    }

    /** A frame of a screen watch (SUP-12) naming its {@code watch}, an id the server gave. */
    private static ScreenFrame screen(JsonObject json, String type) throws BadFrame {
        String watch = requiredString(json, "watch", 64);
        if (!TOKEN.matcher(watch).matches()) {
            throw new BadFrame("bad-field", "watch is not a watch id");
        }
        return switch (type) {
            case "screen-signal" -> new ScreenFrame.Signal(watch, CallFrameReader.payload(json).toString());
            case "screen-unavailable" -> new ScreenFrame.Unavailable(watch);
            default -> new ScreenFrame.Stop(watch);
        };
    }

    /** The optional {@code zone}, an IANA time zone such as Europe/Madrid; none: UTC. */
    static java.time.ZoneId zone(JsonObject json) throws BadFrame {
        String zone = optionalString(json, "zone", 64);
        if (zone == null) {
            return java.time.ZoneOffset.UTC;
        }
        try {
            return java.time.ZoneId.of(zone);
        } catch (java.time.DateTimeException unknown) {
            throw new BadFrame("bad-field", "zone is not a time zone");
        }
    }

    /** A list of at most {@code max} ids (whole numbers from 1), each once. */
    static java.util.List<Long> ids(JsonObject json, String field, int max) throws BadFrame {
        if (!(json.get(field) instanceof jakarta.json.JsonArray list) || list.size() > max) {
            throw new BadFrame("bad-field", field + " must be a list of at most " + max + " ids");
        }
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (JsonValue item : list) {
            long id;
            try {
                id = item instanceof JsonNumber number && WHOLE.matcher(number.toString()).matches()
                        ? Long.parseLong(number.toString()) : 0;
            } catch (NumberFormatException tooLarge) {
                id = 0;
            }
            if (id < 1) {
                throw new BadFrame("bad-field", field + " must hold whole numbers from 1");
            }
            if (!ids.add(id)) {
                throw new BadFrame("bad-field", field + " names " + id + " twice");
            }
        }
        return java.util.List.copyOf(ids);
    }

    private static CustomerFrame.Hello hello(JsonObject json) throws BadFrame {
        int version = intInRange(json, "v", 1, 1);
        long campaign = longAtLeast(json, "campaign", 1);
        String token = optionalString(json, "token", 64);
        if (token != null && !TOKEN.matcher(token).matches()) {
            throw new BadFrame("bad-field", "token is not a session token");
        }
        long lastSeq = json.containsKey("lastSeq") ? longAtLeast(json, "lastSeq", 0) : 0;
        String email = optionalString(json, "email", EmailAddress.MAX_LENGTH);
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.trim())) {
            throw new BadFrame("bad-email", "email is not an e-mail address");
        }
        String name = optionalString(json, "name", 200);
        if (token == null && (name == null || name.isBlank())) {
            throw new BadFrame("missing-field", "name is required to open a chat");
        }
        String language = optionalString(json, "language", 10);
        if (language != null) {
            language = language.toLowerCase(java.util.Locale.ROOT);
            if (language.length() > 2) {
                language = language.substring(0, 2);
            }
            if (!LANGUAGES.contains(language)) {
                language = null; // an unknown language falls back to the campaign's default
            }
        }
        String pageUrl = json.containsKey("pageUrl") ? url(json, "pageUrl") : null;
        String host = json.containsKey("host") ? url(json, "host") : null;
        if (host != null && !ORIGIN.matcher(host).matches()) {
            throw new BadFrame("bad-field", "host must be an origin: scheme://host[:port]");
        }
        boolean first = json.containsKey("first") && bool(json, "first");
        return new CustomerFrame.Hello(version, campaign, token, lastSeq, name, email,
                optionalString(json, "phone", 50), optionalString(json, "extra", 200), language, pageUrl, host, first);
    }

    private static AgentFrame.Transfer transfer(JsonObject json) throws BadFrame {
        Long agent = json.containsKey("agent") ? longAtLeast(json, "agent", 1) : null;
        Long campaign = json.containsKey("campaign") ? longAtLeast(json, "campaign", 1) : null;
        if ((agent == null) == (campaign == null)) {
            throw new BadFrame("bad-field", "a transfer names an agent or a campaign, one of the two");
        }
        String note = optionalString(json, "note", org.webchat.interaction.InteractionTransfer.NOTE_MAX);
        return new AgentFrame.Transfer(longAtLeast(json, "interaction", 1), agent, campaign,
                note == null || note.isBlank() ? null : note);
    }

    /** Quality answers: {@code answers: [{question, value}]}, at most 100, each question once. */
    private static java.util.Map<Long, Integer> answers(JsonObject json) throws BadFrame {
        if (!(json.get("answers") instanceof jakarta.json.JsonArray list) || list.size() > 100) {
            throw new BadFrame("bad-field", "answers must be a list of at most 100 {question, value}");
        }
        java.util.Map<Long, Integer> answers = new java.util.LinkedHashMap<>();
        for (JsonValue item : list) {
            if (!(item instanceof JsonObject answer)) {
                throw new BadFrame("bad-field", "each answer is an object {question, value}");
            }
            if (answers.put(longAtLeast(answer, "question", 1), intInRange(answer, "value", -1000, 1000)) != null) {
                throw new BadFrame("bad-field", "a question is answered twice");
            }
        }
        return answers;
    }

    static JsonObject object(String frame) throws BadFrame {
        if (frame == null || frame.isBlank()) {
            throw new BadFrame("bad-json", "The frame is empty");
        }
        if (frame.length() > MAX_FRAME) {
            throw new BadFrame("too-big", "The frame is larger than " + MAX_FRAME + " characters");
        }
        checkShape(frame);
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(frame))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException | NumberFormatException | ArithmeticException e) {
            throw new BadFrame("bad-json", "The frame is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadFrame("bad-json", "A frame must be a JSON object");
        }
        return value.asJsonObject();
    }

    /**
     * Refuses, before the JSON reader sees it, what no frame of the protocol has and what would make the reader work
     * hard or fail: nesting deeper than {@link #MAX_DEPTH}, a number longer than {@link #MAX_NUMBER} characters
     * (such as {@code 1e9999999999} or a thousand digits).
     */
    static void checkShape(String frame) throws BadFrame {
        int depth = 0;
        int number = 0;
        boolean inString = false;
        for (int i = 0; i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            boolean numeric = c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
            number = numeric ? number + 1 : 0;
            if (number > MAX_NUMBER) {
                throw new BadFrame("bad-field", "A number is longer than " + MAX_NUMBER + " characters");
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new BadFrame("bad-json", "The frame nests deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    /** The client id of a frame, when it is a readable frame with a valid one; else null. Never fails. */
    static String clientIdOf(String frame) {
        try {
            return clientId(object(frame));
        } catch (BadFrame | RuntimeException unreadable) {
            return null;
        }
    }

    static String clientId(JsonObject json) throws BadFrame {
        String id = requiredString(json, "clientId", 64);
        if (!CLIENT_ID.matcher(id).matches()) {
            throw new BadFrame("bad-field", "clientId must be 1 to 64 letters, digits, '-' or '_'");
        }
        return id;
    }

    static String text(JsonObject json) throws BadFrame {
        String text = requiredString(json, "text", MAX_TEXT);
        if (text.isBlank()) {
            throw new BadFrame("bad-field", "text is empty");
        }
        return text;
    }

    static String requiredString(JsonObject json, String field, int max) throws BadFrame {
        String value = optionalString(json, field, max);
        if (value == null) {
            throw new BadFrame("missing-field", field + " is missing");
        }
        return value;
    }

    static String optionalString(JsonObject json, String field, int max) throws BadFrame {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new BadFrame("bad-field", field + " must be a string");
        }
        String text = string.getString();
        if (text.length() > max) {
            throw new BadFrame("too-long", field + " is longer than " + max + " characters");
        }
        return text;
    }

    static boolean bool(JsonObject json, String field) throws BadFrame {
        JsonValue value = json.get(field);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw new BadFrame("bad-field", field + " must be true or false");
    }

    static long longAtLeast(JsonObject json, String field, long min) throws BadFrame {
        JsonValue value = json.get(field);
        // Read from its text: a number such as 1e999999 is never turned into a huge whole number.
        if (!(value instanceof JsonNumber number) || !WHOLE.matcher(number.toString()).matches()) {
            throw new BadFrame(value == null ? "missing-field" : "bad-field", field + " must be a whole number");
        }
        long result;
        try {
            result = Long.parseLong(number.toString());
        } catch (NumberFormatException e) {
            throw new BadFrame("bad-field", field + " is out of range");
        }
        if (result < min) {
            throw new BadFrame("bad-field", field + " must be at least " + min);
        }
        return result;
    }

    static int intInRange(JsonObject json, String field, int min, int max) throws BadFrame {
        long value = longAtLeast(json, field, min);
        if (value > max) {
            throw new BadFrame("bad-field", field + " must be at most " + max);
        }
        return (int) value;
    }

    static String url(JsonObject json, String field) throws BadFrame {
        String url = requiredString(json, field, 2000);
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new BadFrame("bad-field", field + " must be an http(s) address");
        }
        return url;
    }
}
