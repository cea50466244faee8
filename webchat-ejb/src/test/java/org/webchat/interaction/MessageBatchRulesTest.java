package org.webchat.interaction;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What a batch of messages does with a write its chat would not store (issue 16): the same answer from the
 * one-statement batch on PostgreSQL and the statements one by one on H2, as {@link ChatService} and the desk decide.
 */
class MessageBatchRulesTest {

    private static final long AGENT = 7;

    @Test
    void aWriteToNoChatIsRefused() {
        MessageBatch.Refused refused = assertInstanceOf(MessageBatch.Refused.class,
                MessageBatch.refusedOrResent(customer(), null, false));
        assertInstanceOf(IllegalArgumentException.class, refused.reason());
    }

    @Test
    void aCustomerWritesWhileQueuedOrServed() {
        assertNull(MessageBatch.refusedOrResent(customer(), chat(InteractionState.QUEUED, null, false), false));
        assertNull(MessageBatch.refusedOrResent(customer(), chat(InteractionState.ASSIGNED, AGENT, false), false));
    }

    @Test
    void anEndedChatTakesNoMoreMessagesUnlessItsBotAsksItsSurvey() {
        assertInstanceOf(ChatEnded.class, refusal(customer(), chat(InteractionState.ENDED, AGENT, false)));
        assertInstanceOf(ChatEnded.class, refusal(agent(AGENT), chat(InteractionState.ENDED, AGENT, false)));
        assertNull(MessageBatch.refusedOrResent(customer(), chat(InteractionState.ENDED, AGENT, true), false),
                "BOT-02: a survey still takes answers");
    }

    @Test
    void anAgentWritesOnlyInHerOwnChat() {
        assertNull(MessageBatch.refusedOrResent(agent(AGENT), chat(InteractionState.ASSIGNED, AGENT, false), false));
        assertInstanceOf(AgentDeskService.NotYours.class, refusal(agent(AGENT + 1), chat(InteractionState.ASSIGNED, AGENT,
                false)));
        assertInstanceOf(AgentDeskService.NotYours.class, refusal(agent(AGENT), chat(InteractionState.QUEUED, null,
                false)));
        assertInstanceOf(AgentDeskService.NotYours.class, refusal(agent(AGENT), chat(InteractionState.OFFERED, AGENT,
                false)), "an offer is not yet hers");
    }

    @Test
    void aResendIsAnsweredAsOneBeforeAnyRefusal() {
        // Stored before the chat ended: its ack again, not "chat ended".
        assertInstanceOf(MessageBatch.Resent.class,
                MessageBatch.refusedOrResent(customer(), chat(InteractionState.ENDED, AGENT, false), true));
        assertInstanceOf(MessageBatch.Resent.class,
                MessageBatch.refusedOrResent(agent(AGENT + 1), chat(InteractionState.ASSIGNED, AGENT, false), true));
    }

    private static RuntimeException refusal(MessageWriter.Write write, MessageBatch.Chat chat) {
        MessageBatch.Outcome outcome = MessageBatch.refusedOrResent(write, chat, false);
        return assertInstanceOf(MessageBatch.Refused.class, outcome).reason();
    }

    private static MessageBatch.Chat chat(InteractionState state, Long agentId, boolean botTalks) {
        return new MessageBatch.Chat(42, 3, state, botTalks, 1, agentId, agentId == null ? null : "Ana");
    }

    private static MessageWriter.Write customer() {
        return new MessageWriter.Write(42, SenderKind.CUSTOMER, null, "c-1", "Hola", new CompletableFuture<>());
    }

    private static MessageWriter.Write agent(long agentId) {
        return new MessageWriter.Write(42, SenderKind.AGENT, agentId, "a-1", "Buenos días", new CompletableFuture<>());
    }
}
