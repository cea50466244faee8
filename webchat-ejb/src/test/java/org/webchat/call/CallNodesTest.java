package org.webchat.call;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Customer;
import org.webchat.interaction.Interaction;

/** The nodes a call's sides are on (V25): a call goes on only while each side with an endpoint is on a live node. */
class CallNodesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Interaction CHAT = Interaction.queued(new Campaign("Sales", null),
            new Customer("Bob", null, null, null), Language.EN, null, NOW);

    @Test
    void aRingingCallIsOnItsCallersNodeOnly() {
        Call call = new Call(CHAT, null, CallKind.AUDIO, CallSide.CUSTOMER, NOW).from("socket-1", "a/1");
        assertTrue(call.onNodes(Set.of("a/1")), "the side called has no endpoint yet");
        assertFalse(call.onNodes(Set.of("b/1")), "its caller's node is gone");
    }

    @Test
    void anAnsweredCallNeedsBothSidesNodes() {
        Call call = new Call(CHAT, null, CallKind.VIDEO, CallSide.AGENT, NOW).from("socket-1", "a/1");
        call.answer("socket-2", "b/1", NOW.plusSeconds(3));
        assertTrue(call.onNodes(Set.of("a/1", "b/1")));
        assertFalse(call.onNodes(Set.of("a/1")), "the customer's node is gone");
        assertFalse(call.onNodes(Set.of("b/1", "a/2")), "the agent's node started again: its socket is gone");
    }
}
