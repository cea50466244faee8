package org.webchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.webchat.call.CallSettings;
import org.webchat.call.Calls;
import org.webchat.json.Json;
import org.webchat.live.LiveEvent;

/**
 * The call frames of the chat sockets (issue 14): a customer's or an agent's act handed to {@link Calls}, and what
 * each socket is told of a call. A socket that starts or answers a call is that side's endpoint, named by an id of
 * its own (unique across nodes), which the call keeps: signalling goes to that socket only.
 */
@ApplicationScoped
public class CallFrames {

    private static final String ENDPOINT = "webchat.call.endpoint";

    @Inject
    Calls calls;

    @Inject
    CallSettings settings;

    /** {@code party}'s act on socket {@code session}; {@code chat}: the customer socket's chat (null: the agent's). */
    void handle(Session session, Calls.Party party, Long chat, CallFrame frame) {
        try {
            if (frame instanceof CallFrame.Start start) {
                calls.start(party, start.interaction() != null ? start.interaction() : chat, start.kind(),
                        endpoint(session));
            } else if (frame instanceof CallFrame.Answer answer) {
                calls.answer(party, answer.call(), endpoint(session));
            } else if (frame instanceof CallFrame.Decline decline) {
                calls.decline(party, decline.call());
            } else if (frame instanceof CallFrame.HangUp hangUp) {
                calls.hangUp(party, hangUp.call(), hangUp.failed());
            } else if (frame instanceof CallFrame.Signal signal) {
                calls.signal(party, signal.call(), endpointOf(session), signal.payload());
            }
        } catch (Calls.Refused refused) {
            // Not a bad frame: a call that ended as the other side acted is an everyday race.
            var error = Frames.of("error").add("code", refused.code()).add("message", refused.getMessage());
            if (frame instanceof CallFrame.Start start && start.interaction() != null) {
                error.add("interaction", start.interaction());
            } else if (!(frame instanceof CallFrame.Start)) {
                error.add("call", callOf(frame));
            }
            ChatSockets.send(session, error.build().toString());
        }
    }

    /** After a hello: the party's calls that ring or are up, as this (new) socket shows them. */
    void tellCurrent(Session session, Calls.Party party) {
        calls.current(party).forEach(call -> ChatSockets.send(session, state(call, session, party.side().name())));
    }

    /** A socket closed: a call it carried ends. */
    void closed(Session session) {
        String endpoint = endpointOf(session);
        if (endpoint != null) {
            calls.endpointClosed(endpoint);
        }
    }

    /** {@code call-state} for one socket of side {@code side} ("CUSTOMER" or "AGENT"). */
    String state(LiveEvent.CallChanged call, Session session, String side) {
        String endpoint = "CUSTOMER".equals(side) ? call.customerEndpoint() : call.agentEndpoint();
        boolean here = endpoint != null && endpoint.equals(endpointOf(session));
        JsonObjectBuilder frame = Frames.of("call-state").add("call", call.callId()).add("interaction", call.interactionId())
                .add("kind", call.kind().toLowerCase(java.util.Locale.ROOT))
                .add("from", call.startedBy().toLowerCase(java.util.Locale.ROOT)).add("state", call.state())
                .add("rangAt", call.rangAt().toString()).add("here", here);
        instant(frame, "expiresAt", call.expiresAt());
        instant(frame, "answeredAt", call.answeredAt());
        instant(frame, "endedAt", call.endedAt());
        Frames.optional(frame, "endReason", call.endReason());
        Frames.optional(frame, "endedBy", call.endedBy() == null ? null : call.endedBy().toLowerCase(java.util.Locale.ROOT));
        if (here && "ACTIVE".equals(call.state())) {
            frame.add("ice", ice(settings.ice("call-" + call.callId() + "-" + side.toLowerCase(java.util.Locale.ROOT))));
        }
        return frame.build().toString();
    }

    /** {@code call-signal}: the other side's description or candidates, as the server checked and rebuilt them. */
    static String signal(LiveEvent.CallSignal signal) {
        return relayed(Frames.of("call-signal").add("call", signal.callId()), signal.payload());
    }

    /** {@code frame} with the fields of a payload that {@link CallFrameReader#payload} rebuilt. */
    static String relayed(JsonObjectBuilder frame, String payload) {
        try (var reader = Json.createReader(new StringReader(payload))) {
            reader.readObject().forEach(frame::add);
        }
        return frame.build().toString();
    }

    /** The id of the call endpoint this socket is, or null when it has carried no call. */
    static String endpointOf(Session session) {
        return (String) session.getUserProperties().get(ENDPOINT);
    }

    private static String endpoint(Session session) {
        return (String) session.getUserProperties().computeIfAbsent(ENDPOINT, key -> UUID.randomUUID().toString());
    }

    static JsonObjectBuilder ice(CallSettings.Ice ice) {
        JsonArrayBuilder servers = Json.createArrayBuilder();
        for (CallSettings.IceServer server : ice.servers()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("urls", Json.createArrayBuilder(server.urls()));
            Frames.optional(entry, "username", server.username());
            Frames.optional(entry, "credential", server.credential());
            servers.add(entry);
        }
        return Json.createObjectBuilder().add("iceServers", servers).add("iceTransportPolicy", ice.policy());
    }

    private static void instant(JsonObjectBuilder frame, String name, Instant at) {
        if (at != null) {
            frame.add(name, at.toString());
        }
    }

    private static long callOf(CallFrame frame) {
        if (frame instanceof CallFrame.Answer answer) {
            return answer.call();
        } else if (frame instanceof CallFrame.Decline decline) {
            return decline.call();
        } else if (frame instanceof CallFrame.HangUp hangUp) {
            return hangUp.call();
        }
        return ((CallFrame.Signal) frame).call();
    }
}
