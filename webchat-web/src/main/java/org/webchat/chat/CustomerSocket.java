package org.webchat.chat;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.call.Calls;
import org.webchat.interaction.Arrivals;
import org.webchat.interaction.ChatEnded;
import org.webchat.interaction.ChatOpening;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.CustomerChatService;
import org.webchat.interaction.MessageWriter;
import org.webchat.interaction.StoredMessage;

/**
 * The customer's chat socket (protocol v1, see package-info). The first frame must be a hello; after it the
 * socket is bound to one interaction by the server-issued session token. Every frame is validated; a bad one
 * gets an error frame, and only a socket that floods or keeps sending bad frames is closed.
 */
@ServerEndpoint(value = "/ws/chat", configurator = CustomerSocket.Handshake.class)
public class CustomerSocket {

    /** Keeps the page origin and the server's own address of each connection for the hello (ADV-15). */
    public static class Handshake extends ServerEndpointConfig.Configurator {

        static final String ORIGIN = "webchat.origin";
        static final String HOST = "webchat.host";

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            keep(config, ORIGIN, first(request, "Origin"));
            keep(config, HOST, first(request, "Host"));
        }

        /** Set, or removed when the header is absent: nothing of another handshake may remain. */
        private static void keep(ServerEndpointConfig config, String property, java.util.Optional<String> value) {
            value.ifPresentOrElse(v -> config.getUserProperties().put(property, v),
                    () -> config.getUserProperties().remove(property));
        }

        private static java.util.Optional<String> first(HandshakeRequest request, String header) {
            return request.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(header))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    private static final Logger LOG = Logger.getLogger(CustomerSocket.class.getName());

    @Inject
    CustomerServices services;

    @Inject
    ChatSockets sockets;

    @Inject
    FrameFailures failures;

    @Inject
    CallFrames calls;

    /** From {@link #services}, shared by every socket. */
    private CustomerChatService customers;
    private org.webchat.bot.Bots bots;

    @Inject
    MessageWriter writer;

    @Inject
    Arrivals arrivals;

    private final FramePolicy policy = new FramePolicy();
    private final PendingWrites writes = new PendingWrites();
    private volatile ChatOpening opening;
    private CustomerChatService.Arrival arrival;

    @PostConstruct
    void services() {
        customers = services.customers();
        bots = services.bots();
    }

    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(FrameReader.MAX_FRAME + 1);
        session.setMaxIdleTimeout(120_000); // the widget sends a ping every 25 s
    }

    @OnMessage
    public void frame(Session session, String text) throws IOException {
        if (!policy.admit(session, text)) {
            return;
        }
        try {
            handle(session, FrameReader.customer(text));
        } catch (BadFrame bad) {
            policy.refuse(session, bad, FrameReader.clientIdOf(text));
        } catch (RuntimeException failed) {
            refused(session, failed, FrameReader.clientIdOf(text));
        }
    }

    /** A frame the server did not take: the client hears why, and whether sending it again may help. */
    private void refused(Session session, Throwable cause, String clientId) {
        try {
            if (cause instanceof ChatEnded) {
                policy.refuse(session, new BadFrame("chat-ended", "This chat has ended and takes no more messages"),
                        clientId);
            } else if (cause instanceof ChatService.ClientIdTaken taken) {
                policy.refuse(session, new BadFrame("bad-field", taken.getMessage()), clientId);
            } else {
                policy.failed(session, cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause),
                        clientId, failures);
            }
        } catch (IOException gone) {
            LOG.log(Level.FINE, "A customer socket went away while refusing a frame", gone);
        }
    }

    @OnMessage
    public void binary(Session session, ByteBuffer data) throws IOException {
        session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "Binary frames are not accepted"));
    }

    private void handle(Session session, CustomerFrame frame) throws BadFrame {
        if (frame instanceof CustomerFrame.Ping) {
            ChatSockets.send(session, Frames.pong());
            return;
        }
        if (frame instanceof CustomerFrame.Hello hello) {
            hello(session, hello);
            return;
        }
        if (opening != null && opening.isRefused() && opening.offlineMessageAllowed()
                && frame instanceof CustomerFrame.Message message) {
            offlineMessage(session, message);
            return;
        }
        if (opening == null || opening.isRefused()) {
            throw new BadFrame("no-chat", "Send a hello that opens a chat first");
        }
        if (frame instanceof CustomerFrame.Message message) {
            // The socket is bound to its interaction since the hello: no need to look the token up again. Not waited
            // for: the next frames are read (and counted by the flood guard) while it is stored.
            String clientId = message.clientId();
            writes.add(session, clientId, writer.customer(opening.interactionId(), clientId, message.text()),
                    (failure, id) -> refused(session, failure, id));
            return;
        }
        if (!(frame instanceof CustomerFrame.Typing)) {
            writes.await();
        }
        if (frame instanceof CustomerFrame.Typing typing) {
            customers.typing(opening.token(), typing.typing());
        } else if (frame instanceof CustomerFrame.Page page) {
            customers.page(opening.token(), page.url());
        } else if (frame instanceof CustomerFrame.End) {
            customers.end(opening.token());
        } else if (frame instanceof CustomerFrame.Person) {
            if (!bots.askForPerson(opening.interactionId())) {
                throw new BadFrame("no-person", "No bot talks in this chat now, or its campaign does not hand over on request");
            }
        } else if (frame instanceof CustomerFrame.Feedback feedback) {
            if (!customers.rate(opening.token(), feedback.rating(), feedback.comment())) {
                throw new BadFrame("no-feedback", "This chat takes no rating now (not ended, already rated, or not asked)");
            }
            ChatSockets.send(session, Frames.of("rated").add("rating", feedback.rating()).build().toString());
        } else if (frame instanceof CustomerFrame.Calling calling) {
            calls.handle(session, Calls.Party.customer(opening.interactionId()), opening.interactionId(), calling.frame());
        } else {
            throw new BadFrame("unsupported", "This frame is not supported yet");
        }
    }

    /** WID-04: out of hours, the first message opens an offline interaction; the widget gets its token. */
    private void offlineMessage(Session session, CustomerFrame.Message message) {
        opening = customers.leaveOfflineMessage(arrival, message.clientId(), message.text());
        sockets.joinChat(opening.interactionId(), opening.campaignId(), session);
        ChatSockets.send(session, Frames.of("welcome").add("v", 1).add("interaction", opening.interactionId())
                .add("token", opening.token()).add("state", opening.state()).add("language", opening.language())
                .add("lastSeq", opening.lastSeq()).build().toString());
        ChatSockets.send(session, Frames.ack(message.clientId(), opening.lastSeq()));
    }


    private void hello(Session session, CustomerFrame.Hello hello) {
        writes.await();
        if (opening != null && !opening.isRefused()) {
            sockets.leaveChat(opening.interactionId(), session);
        }
        arrival = new CustomerChatService.Arrival(hello.campaignId(), hello.name(), hello.email(), hello.phone(),
                hello.extra(), hello.language(), hello.pageUrl(), hostOrigin(session, hello.host()), hello.first());
        long movesBefore = sockets.queueMoves();
        CustomerChatService.Arrival arriving = arrival;
        Arrivals.Arrived arrived = Optional.ofNullable(hello.token()).filter(token -> !token.isBlank())
                .flatMap(token -> customers.resume(token, arriving)).map(resumed -> new Arrivals.Arrived(resumed, null))
                .orElseGet(() -> arrivals.open(arriving));
        opening = arrived.opening();
        if (opening.isRefused()) {
            var refused = Frames.of("refused").add("reason", opening.refusal()).add("language", opening.language())
                    .add("offlineMessage", opening.offlineMessageAllowed());
            ChatSockets.send(session, Frames.optional(refused, "text", opening.text()).build().toString());
            return;
        }
        // Join before reading what was missed: a message stored in between arrives twice, never not at all;
        // clients drop a seq they have already shown.
        sockets.joinChat(opening.interactionId(), opening.campaignId(), session);
        long id = opening.interactionId();
        long relayedBefore = sockets.relayedToCustomers();
        // The state as it is now, not as the hello found it: an agent may have taken the chat before the socket
        // joined it, and that change was relayed to nobody. A customer just queued is told what its admission found
        // (its place counted then, issue 16) when one read of its row says nothing changed since.
        boolean asAdmitted = arrivals.stillAsAdmitted(arrived);
        Optional<CustomerChatService.Greeting> greeting = asAdmitted
                ? Optional.of(new CustomerChatService.Greeting(arrived.asAdmitted(), false, List.of()))
                : customers.greet(opening.token(), id, hello.lastSeq());
        Optional<CustomerChatService.ChatNow> read = greeting.map(CustomerChatService.Greeting::now);
        var welcome = Frames.of("welcome").add("v", 1).add("interaction", id).add("token", opening.token())
                .add("language", opening.language()).add("lastSeq", opening.lastSeq());
        read.ifPresentOrElse(now -> chatNow(welcome, now), () -> welcome.add("state", opening.state()));
        welcome.add("feedback", greeting.map(CustomerChatService.Greeting::mayRate).orElse(false));
        ChatSockets.send(session, Frames.optional(welcome, "text", opening.text()).build().toString());
        read.map(CustomerChatService.ChatNow::position).ifPresent(place -> sockets.placeTold(id, opening.campaignId(),
                place, movesBefore));
        for (StoredMessage missed : greeting.map(CustomerChatService.Greeting::missed).orElse(List.of())) {
            ChatSockets.send(session, Frames.message(missed));
        }
        // A change relayed between that read and the welcome went out before it, and the welcome hid it: say it again.
        if (sockets.relayedToCustomers() != relayedBefore) {
            String state = read.map(CustomerChatService.ChatNow::state).orElse(opening.state());
            customers.state(id).filter(now -> !now.equals(state)).flatMap(moved -> customers.now(id)).ifPresent(now ->
                    ChatSockets.send(session, chatNow(Frames.of("state").add("interaction", id), now).build().toString()));
        }
        if (!asAdmitted) { // a customer still waiting has no call (only an agent's chat has one, ADV-12)
            calls.tellCurrent(session, Calls.Party.customer(id));
        }
    }

    private static JsonObjectBuilder chatNow(JsonObjectBuilder frame, CustomerChatService.ChatNow now) {
        frame.add("state", now.state()).add("calls", now.calls());
        if (now.person()) {
            frame.add("person", true);
        }
        if (now.position() != null) {
            frame.add("position", now.position());
        }
        if (now.card() != null) {
            Frames.agentCard(frame, now.card());
        }
        return Frames.optional(frame, "endReason", now.endReason());
    }

    /**
     * The host page the widget runs in: a page of another site that talks to the socket itself is that page
     * (its browser says so in Origin); the widget's own iframe, on this server's origin, names its host page,
     * which the iframe page's frame-ancestors already held to the allowed domains. Null: the product's own page
     * (the example page, a direct link).
     */
    private static String hostOrigin(Session session, String claimedHost) {
        String origin = (String) session.getUserProperties().get(Handshake.ORIGIN);
        String host = (String) session.getUserProperties().get(Handshake.HOST);
        if ("null".equals(origin)) {
            // A sandboxed or opaque page (a sandboxed iframe on any site): it cannot prove to be ours, so it is foreign
            // and no allowed domain matches it.
            return origin;
        }
        if (origin != null && host != null && !origin.replaceFirst("^[a-z]+://", "").equals(host)) {
            return origin;
        }
        boolean ownPage = claimedHost != null && host != null
                && claimedHost.replaceFirst("^[a-z]+://", "").equalsIgnoreCase(host);
        return ownPage ? null : claimedHost;
    }

    @OnClose
    public void close(Session session) {
        if (opening != null && !opening.isRefused() && sockets.leaveChat(opening.interactionId(), session)) {
            customers.disconnected(opening.token());
        }
        calls.closed(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.log(Level.FINE, "Customer chat socket error", error);
    }
}
