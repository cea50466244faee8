package org.webchat.chat;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.webchat.call.CallKind;
import org.webchat.json.Json;

/**
 * Reads the call frames (issue 14). What a client sends the other side is never relayed as it came: only a session
 * description ({@code type} offer or answer, its {@code sdp}) and ICE candidates, each field checked, are rebuilt
 * into the payload the other side gets.
 */
final class CallFrameReader {

    /** The most candidates one frame carries: clients batch them, the socket's flood guard counts frames. */
    static final int MAX_CANDIDATES = 20;
    static final int MAX_SDP = 15_000;
    static final int MAX_CANDIDATE = 1000;
    private static final Set<String> DESCRIPTIONS = Set.of("offer", "answer");

    private CallFrameReader() {
    }

    static CallFrame read(JsonObject json, String type, boolean agent) throws BadFrame {
        return switch (type) {
            case "call-start" -> new CallFrame.Start(agent ? FrameReader.longAtLeast(json, "interaction", 1) : null,
                    kind(json));
            case "call-answer" -> new CallFrame.Answer(call(json));
            case "call-decline" -> new CallFrame.Decline(call(json));
            case "call-hangup" -> new CallFrame.HangUp(call(json),
                    json.containsKey("failed") && FrameReader.bool(json, "failed"));
            case "call-signal" -> new CallFrame.Signal(call(json), payload(json).toString());
            default -> throw new BadFrame("unknown-type", "Unknown frame type '" + type + "'");
        };
    }

    private static long call(JsonObject json) throws BadFrame {
        return FrameReader.longAtLeast(json, "call", 1);
    }

    private static CallKind kind(JsonObject json) throws BadFrame {
        return switch (FrameReader.requiredString(json, "kind", 10)) {
            case "audio" -> CallKind.AUDIO;
            case "video" -> CallKind.VIDEO;
            default -> throw new BadFrame("bad-field", "kind must be audio or video");
        };
    }

    /** A description and candidates, rebuilt from their checked fields (calls and screen watches alike). */
    static JsonObject payload(JsonObject json) throws BadFrame {
        JsonObjectBuilder payload = Json.createObjectBuilder();
        boolean any = false;
        JsonValue description = json.get("description");
        if (description != null && description.getValueType() != JsonValue.ValueType.NULL) {
            if (!(description instanceof JsonObject sdp)) {
                throw new BadFrame("bad-field", "description must be an object {type, sdp}");
            }
            String kind = FrameReader.requiredString(sdp, "type", 10);
            if (!DESCRIPTIONS.contains(kind)) {
                throw new BadFrame("bad-field", "description.type must be offer or answer");
            }
            String text = FrameReader.requiredString(sdp, "sdp", MAX_SDP);
            if (text.isBlank()) {
                throw new BadFrame("bad-field", "description.sdp is empty");
            }
            payload.add("description", Json.createObjectBuilder().add("type", kind).add("sdp", text));
            any = true;
        }
        JsonValue candidates = json.get("candidates");
        if (candidates != null && candidates.getValueType() != JsonValue.ValueType.NULL) {
            if (!(candidates instanceof JsonArray list) || list.isEmpty() || list.size() > MAX_CANDIDATES) {
                throw new BadFrame("bad-field", "candidates must be a list of 1 to " + MAX_CANDIDATES + " candidates");
            }
            JsonArrayBuilder checked = Json.createArrayBuilder();
            for (JsonValue item : list) {
                checked.add(candidate(item));
            }
            payload.add("candidates", checked);
            any = true;
        }
        if (!any) {
            throw new BadFrame("missing-field", "a call-signal carries a description or candidates");
        }
        return payload.build();
    }

    private static JsonObjectBuilder candidate(JsonValue item) throws BadFrame {
        if (!(item instanceof JsonObject candidate)) {
            throw new BadFrame("bad-field", "each candidate is an object {candidate, sdpMid?, sdpMLineIndex?}");
        }
        // An empty candidate is the end of the candidates, which browsers send.
        JsonObjectBuilder checked = Json.createObjectBuilder()
                .add("candidate", FrameReader.requiredString(candidate, "candidate", MAX_CANDIDATE));
        String mid = FrameReader.optionalString(candidate, "sdpMid", 64);
        if (mid != null) {
            checked.add("sdpMid", mid);
        }
        if (candidate.containsKey("sdpMLineIndex") && !candidate.isNull("sdpMLineIndex")) {
            checked.add("sdpMLineIndex", FrameReader.intInRange(candidate, "sdpMLineIndex", 0, 99));
        }
        String fragment = FrameReader.optionalString(candidate, "usernameFragment", 256);
        if (fragment != null) {
            checked.add("usernameFragment", fragment);
        }
        return checked;
    }
}
