package org.webchat.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;

class InteractionTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final Campaign campaign = new Campaign("Sales", null);
    private final Interaction interaction =
            Interaction.queued(campaign, new Customer("Bob", " Bob@Example.COM ", null, null), Language.EN, null, NOW);

    @Test
    void messagesGetConsecutiveSequenceNumbersFromOne() {
        ChatMessage first = interaction.post(SenderKind.CUSTOMER, null, "c1", "hi", null, NOW);
        ChatMessage second = interaction.post(SenderKind.SYSTEM, null, null, "welcome", null, NOW);

        assertEquals(1, first.getSeq());
        assertEquals(2, second.getSeq());
        assertEquals(2, interaction.getLastSeq());
    }

    @Test
    void onlyASupervisorWritesAnInternalMessage_issue12Whisper() {
        User supervisor = new User("sara", "Sara", "hash", Set.of(Role.SUPERVISOR));
        ChatMessage whisper = interaction.post(SenderKind.SUPERVISOR, supervisor, "w1", "offer the discount", null, NOW, true);

        assertTrue(whisper.isInternal(), "a whisper is read by the agents' side only");
        assertEquals(1, whisper.getSeq(), "numbered with the chat's other messages");
        assertThrows(IllegalArgumentException.class,
                () -> interaction.post(SenderKind.AGENT, null, "a1", "hi", null, NOW, true));
        assertThrows(IllegalArgumentException.class,
                () -> interaction.post(SenderKind.SYSTEM, null, null, "hi", null, NOW, true));
        assertEquals(false, interaction.post(SenderKind.SUPERVISOR, supervisor, "b1", "hello", null, NOW).isInternal(),
                "a barge-in message is read by the customer");
    }

    @Test
    void anEndedInteractionTakesNoMessages() {
        interaction.end(EndReason.CUSTOMER, NOW);

        // A definite refusal (issue 11, point 3): the sockets tell the client not to send it again.
        assertThrows(ChatEnded.class, () -> interaction.post(SenderKind.CUSTOMER, null, "c1", "hi", null, NOW));
        assertThrows(IllegalStateException.class, () -> interaction.end(EndReason.AGENT, NOW));
    }

    @Test
    void theWaitIsMeasuredFromArrivalToAssignment() {
        interaction.assign(new User("ana", "Ana", "hash", Set.of(Role.AGENT)), NOW.plusSeconds(42));

        assertEquals(Duration.ofSeconds(42), interaction.waitTime().orElseThrow());
        assertEquals(InteractionState.ASSIGNED, interaction.getState());
    }

    @Test
    void aTransferKeepsTheCustomersOwnWait() {
        interaction.assign(new User("ana", "Ana", "hash", Set.of(Role.AGENT)), NOW.plusSeconds(42));
        Campaign other = new Campaign("Billing", null);
        interaction.moveTo(other, NOW.plusSeconds(300)); // transferred to another campaign's queue
        interaction.assign(new User("bruno", "Bruno", "hash", Set.of(Role.AGENT)), NOW.plusSeconds(330));

        // Issue 11, point 17 (AGT-03): the agent who takes it sees how long the customer waited for the first.
        assertEquals(Duration.ofSeconds(42), interaction.waitTime().orElseThrow());
        assertEquals(NOW.plusSeconds(330), interaction.getAssignedAt());
    }

    @Test
    void eachInteractionGetsItsOwnUnguessableSessionToken() {
        Interaction other = Interaction.queued(campaign, new Customer("Eve", null, null, null), Language.ES, null, NOW);

        assertNotEquals(interaction.getSessionToken(), other.getSessionToken());
        assertEquals(43, interaction.getSessionToken().length());
    }

    @Test
    void anOfflineMessageIsMarkedOfflineAndTheEmailIsKeptInLowerCase() {
        Interaction offline = Interaction.offline(campaign, new Customer("Eve", "EVE@X.ORG", null, null), Language.ES, null, NOW);

        assertTrue(offline.isOffline());
        assertEquals(InteractionState.OFFLINE, offline.getState());
        assertEquals("bob@example.com", interaction.getCustomer().getEmail().orElseThrow());
    }

    @Test
    void anOfflineMessageKeepsWhoSawItAndWhenUntilMarkedUnseenAgain() {
        Interaction offline = Interaction.offline(campaign, new Customer("Ann", null, null, null), Language.EN, null, NOW);
        org.webchat.agent.User supervisor = new org.webchat.agent.User("sup", "Sue", "x",
                java.util.EnumSet.of(org.webchat.agent.Role.SUPERVISOR));
        offline.markSeen(true, supervisor, NOW.plusSeconds(60));
        assertTrue(offline.isSeen());
        assertEquals("Sue", offline.getSeenBy().orElseThrow().getName());
        assertEquals(NOW.plusSeconds(60), offline.getSeenAt());
        offline.markSeen(false, supervisor, NOW.plusSeconds(120));
        assertFalse(offline.isSeen());
        assertTrue(offline.getSeenBy().isEmpty());
        assertEquals(null, offline.getSeenAt());
        assertThrows(IllegalStateException.class, () -> interaction.markSeen(true, supervisor, NOW),
                "a live chat is never seen or unseen");
    }

    @Test
    void anOfflineMailThatFailsIsRetriedThenLeaves() {
        Interaction offline = Interaction.offline(campaign, new Customer("Ann", null, null, null), Language.EN, null, NOW);
        offline.offlineMailQueued();
        assertEquals(OfflineMailState.PENDING, offline.getOfflineMail());
        offline.offlineMailFailed("Connection refused", true);
        assertEquals(OfflineMailState.RETRYING, offline.getOfflineMail());
        assertEquals(1, offline.getOfflineMailAttempts());
        offline.offlineNotified(NOW.plusSeconds(60));
        assertEquals(OfflineMailState.SENT, offline.getOfflineMail());
        assertEquals(2, offline.getOfflineMailAttempts());
        assertEquals(null, offline.getOfflineMailError());
        assertEquals(NOW.plusSeconds(60), offline.getOfflineNotifiedAt());
    }
}
