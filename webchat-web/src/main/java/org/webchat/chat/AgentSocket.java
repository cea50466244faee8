package org.webchat.chat;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.call.Calls;
import org.webchat.interaction.AgentDeskService;
import org.webchat.interaction.ChatEnded;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.MessageWriter;
import org.webchat.json.Json;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;
import org.webchat.routing.AgentPresence;
import org.webchat.routing.Offers;
import org.webchat.routing.QueueView;
import org.webchat.routing.RoutingEngine;
import org.webchat.routing.Transfers;

/**
 * The agent workspace's socket (protocol v1, see package-info). Only a signed-in agent opens it (web.xml);
 * it logs the agent in while open, receives its chats' events, and carries its messages, states and ends.
 * An agent reaches only its own chats: any other interaction id gets the error {@code not-yours}. Only the
 * console's own pages may open it ({@link ConsoleOrigin}).
 */
@ServerEndpoint(value = "/ws/agent", configurator = ConsoleOrigin.class)
public class AgentSocket {

    private static final Logger LOG = Logger.getLogger(AgentSocket.class.getName());

    @Inject
    AgentDeskService desk;

    @Inject
    AgentPresence presence;

    @Inject
    RoutingEngine routing;

    @Inject
    Offers offers;

    @Inject
    Transfers transfers;

    @Inject
    ChatSockets sockets;

    @Inject
    LiveChannel live;

    @Inject
    FrameFailures failures;

    @Inject
    QueueView queues;

    @Inject
    CallFrames calls;

    @Inject
    ScreenWatches screens;

    @Inject
    MessageWriter writer;

    private final FramePolicy policy = new FramePolicy();
    private Long agentId;
    private final PendingWrites writes = new PendingWrites();

    @OnOpen
    public void open(Session session) throws IOException {
        String login = ConsoleOrigin.signedIn(session, "agent");
        if (login == null) {
            return;
        }
        var agent = desk.agent(login);
        if (agent.isEmpty() || !agent.get().isEnabled() || !agent.get().hasRole(org.webchat.agent.Role.AGENT)) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, ChatSockets.SIGNED_OUT));
            return;
        }
        agentId = agent.get().getId();
        sockets.joinAgent(agentId, session);
        presence.connected(agentId);
        var chats = Json.createArrayBuilder();
        for (AgentDeskService.AssignedChat chat : desk.assigned(agentId)) {
            chats.add(Frames.chat(Json.createObjectBuilder(), chat.info()).add("lastSeq", chat.lastSeq()));
        }
        var breakTypes = Json.createArrayBuilder();
        desk.breakTypes(agentId).forEach(b -> breakTypes.add(Frames.optional(Json.createObjectBuilder().add("id", b.getId())
                .add("name", b.getName()), "icon", b.getIcon())));
        var hello = Frames.of("hello").add("v", 1).add("agent", agentId).add("name", agent.get().getName())
                .add("screenMonitoring", agent.get().isScreenMonitoringAllowed())
                .add("breakTypes", breakTypes).add("chats", chats);
        presence.of(agentId).ifPresent(p -> Frames.agentState(hello, p.state().name(), p.breakName(), p.pausedBy()));
        ChatSockets.send(session, hello.build().toString());
        ChatSockets.send(session, Frames.queues(queues.of(agentId)));
        // What rings at the agent now: after a reload the workspace shows it again.
        offers.ringing(agentId).forEach(offer -> ChatSockets.send(session, Frames.offer(offer.interactionId(),
                offer.campaignId(), offer.campaignName(), offer.customerName(), offer.expiresAt())));
        transfers.offeredTo(agentId).forEach(transfer -> ChatSockets.send(session, Frames.transferOffer(transfer)));
        // Chats that ended while the workspace was away, still waiting for the agent's quality answers.
        for (long ended : desk.awaitingEvaluation(agentId)) {
            ChatSockets.send(session, Frames.ended(ended, null, desk.qualityForm(agentId, ended)));
        }
        calls.tellCurrent(session, Calls.Party.agent(agentId)); // a call still ringing at the agent rings again
    }

    @OnMessage
    public void frame(Session session, String text) throws IOException {
        if (agentId == null) {
            return;
        }
        if (!policy.admit(session, text)) {
            return;
        }
        try {
            handle(session, FrameReader.agent(text));
        } catch (BadFrame bad) {
            policy.refuse(session, bad, FrameReader.clientIdOf(text));
        } catch (RuntimeException failed) {
            refused(session, failed, FrameReader.clientIdOf(text));
        }
    }

    /** A frame the server did not take: the workspace hears why, and whether sending it again may help. */
    private void refused(Session session, Throwable cause, String clientId) {
        try {
            if (cause instanceof AgentDeskService.NotYours notYours) {
                ChatSockets.send(session, Frames.error("not-yours", notYours.getMessage(), clientId));
            } else if (cause instanceof ChatEnded) {
                ChatSockets.send(session, Frames.error("chat-ended", "This chat has ended and takes no more messages",
                        clientId));
            } else if (cause instanceof ChatService.ClientIdTaken taken) {
                policy.refuse(session, new BadFrame("bad-field", taken.getMessage()), clientId);
            } else {
                policy.failed(session, cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause),
                        clientId, failures);
            }
        } catch (IOException gone) {
            LOG.log(Level.FINE, "An agent socket went away while refusing a frame", gone);
        }
    }


    private void handle(Session session, AgentFrame frame) {
        if (frame instanceof AgentFrame.Ping) {
            ChatSockets.send(session, Frames.pong());
        } else if (frame instanceof AgentFrame.Message message) {
            // Not waited for: stored with other chats' messages in one commit (issue 16), acknowledged after it.
            String clientId = message.clientId();
            writes.add(session, clientId, writer.agent(agentId, message.interactionId(), clientId, message.text()),
                    (failure, id) -> refused(session, failure, id));
        } else if (frame instanceof AgentFrame.Resume resume) {
            desk.messagesAfter(agentId, resume.interactionId(), resume.lastSeq())
                    .forEach(missed -> ChatSockets.send(session, Frames.message(missed)));
        } else if (frame instanceof AgentFrame.Typing typing) {
            desk.chat(agentId, typing.interactionId()).orElseThrow(AgentDeskService.NotYours::new);
            live.publish(new LiveEvent.Typing(typing.interactionId(), agentId, "AGENT", typing.typing()));
        } else if (frame instanceof AgentFrame.State state) {
            if (!presence.takeBreak(agentId, state.breakTypeId())) {
                ChatSockets.send(session, Frames.error("unknown-break", "There is no break type " + state.breakTypeId()));
            }
            // Answered also when nothing changed, so that the workspace shows the state it is in.
            presence.of(agentId).ifPresent(p -> ChatSockets.send(session, Frames.agentState(Frames.of("agent-state"),
                    p.state().name(), p.breakName(), p.pausedBy()).build().toString()));
        } else if (frame instanceof AgentFrame.Call call) {
            presence.call(agentId, call.onCall());
        } else if (frame instanceof AgentFrame.Calling calling) {
            calls.handle(session, Calls.Party.agent(agentId), null, calling.frame());
        } else if (frame instanceof AgentFrame.Screen screen) {
            screens.fromAgent(session, agentId, screen.frame());
        } else if (frame instanceof AgentFrame.Queues) {
            ChatSockets.send(session, Frames.queues(queues.of(agentId)));
        } else if (frame instanceof AgentFrame.Pick pick) {
            answer(session, pick.interactionId(), routing.pick(agentId, pick.interactionId()));
        } else if (frame instanceof AgentFrame.Accept accept) {
            answer(session, accept.interactionId(), routing.accept(agentId, accept.interactionId()));
        } else if (frame instanceof AgentFrame.Decline decline) {
            answer(session, decline.interactionId(), routing.decline(agentId, decline.interactionId()));
        } else if (frame instanceof AgentFrame.End end) {
            writes.await(); // the agent's last words are in the chat before it ends
            desk.end(agentId, end.interactionId());
        } else if (frame instanceof AgentFrame.Targets targets) {
            Transfers.Targets found = transfers.targets(agentId, targets.interactionId())
                    .orElseThrow(AgentDeskService.NotYours::new);
            var agents = Json.createArrayBuilder();
            found.agents().forEach(a -> agents.add(Json.createObjectBuilder().add("id", a.id()).add("name", a.name())
                    .add("state", a.state())));
            var campaigns = Json.createArrayBuilder();
            found.campaigns().forEach(c -> campaigns.add(Json.createObjectBuilder().add("id", c.id()).add("name", c.name())));
            ChatSockets.send(session, Frames.of("targets").add("interaction", targets.interactionId())
                    .add("agents", agents).add("campaigns", campaigns).build().toString());
        } else if (frame instanceof AgentFrame.Transfer transfer) {
            writes.await();
            RoutingEngine.TransferAnswer answer = routing.transfer(agentId, transfer.interactionId(), transfer.agentId(),
                    transfer.campaignId(), transfer.note());
            if (answer == RoutingEngine.TransferAnswer.NOT_YOURS) {
                throw new AgentDeskService.NotYours();
            }
            ChatSockets.send(session, answer == RoutingEngine.TransferAnswer.REQUESTED
                    ? Frames.of("transfer-requested").add("interaction", transfer.interactionId()).build().toString()
                    : Frames.of("error").add("code", answer == RoutingEngine.TransferAnswer.PENDING ? "transfer-pending"
                            : "no-target").add("interaction", transfer.interactionId())
                            .add("message", answer == RoutingEngine.TransferAnswer.PENDING
                                    ? "A transfer of this chat is waiting for an answer already"
                                    : "That agent is not signed in, or that campaign cannot take chats").build().toString());
        } else if (frame instanceof AgentFrame.AcceptTransfer accept) {
            answer(session, accept.interactionId(), routing.acceptTransfer(agentId, accept.interactionId()));
        } else if (frame instanceof AgentFrame.DeclineTransfer decline) {
            answer(session, decline.interactionId(), routing.declineTransfer(agentId, decline.interactionId()));
        } else if (frame instanceof AgentFrame.History history) {
            var items = Json.createArrayBuilder();
            for (AgentDeskService.EarlierChat earlier : desk.history(agentId, history.interactionId())) {
                var messages = Json.createArrayBuilder();
                earlier.messages().forEach(m -> messages.add(Frames.messageJson(m)));
                var item = Json.createObjectBuilder().add("interaction", earlier.interactionId())
                        .add("campaignName", earlier.campaignName()).add("createdAt", earlier.createdAt().toString())
                        .add("messages", messages);
                if (earlier.endedAt() != null) {
                    item.add("endedAt", earlier.endedAt().toString());
                }
                items.add(item);
            }
            ChatSockets.send(session, Frames.of("history").add("interaction", history.interactionId()).add("items", items)
                    .build().toString());
        } else if (frame instanceof AgentFrame.Canned canned) {
            var responses = Json.createArrayBuilder();
            desk.canned(agentId, canned.interactionId()).forEach(r -> responses.add(Json.createObjectBuilder()
                    .add("shortcut", r.shortcut()).add("title", r.title()).add("text", r.text())));
            ChatSockets.send(session, Frames.of("canned").add("interaction", canned.interactionId())
                    .add("responses", responses).build().toString());
        } else if (frame instanceof AgentFrame.Evaluate evaluate) {
            try {
                var score = desk.evaluate(agentId, evaluate.interactionId(), evaluate.answers());
                ChatSockets.send(session, Frames.of("evaluated").add("interaction", evaluate.interactionId())
                        .add("score", score).build().toString());
            } catch (AgentDeskService.BadEvaluation bad) {
                ChatSockets.send(session, Frames.of("error").add("code", "bad-evaluation")
                        .add("interaction", evaluate.interactionId()).add("message", bad.getMessage()).build().toString());
            }
        }
    }

    /** Accepted or declined: the live events say so; otherwise the agent learns why not. */
    private static void answer(Session session, long interactionId, RoutingEngine.OfferAnswer answer) {
        if (answer == RoutingEngine.OfferAnswer.GONE) {
            ChatSockets.send(session, Frames.of("error").add("code", "offer-gone").add("interaction", interactionId)
                    .add("message", "This chat is no longer offered to you").build().toString());
        } else if (answer == RoutingEngine.OfferAnswer.CANNOT_TAKE) {
            ChatSockets.send(session, Frames.of("error").add("code", "cannot-take").add("interaction", interactionId)
                    .add("message", "Your strategy lets you take no more chats now").build().toString());
        }
    }

    @OnClose
    public void close(Session session) {
        if (agentId != null) {
            sockets.leaveAgent(agentId, session);
            presence.disconnected(agentId);
            calls.closed(session);
            screens.closed(session);
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.log(Level.FINE, "Agent socket error", error);
    }
}
