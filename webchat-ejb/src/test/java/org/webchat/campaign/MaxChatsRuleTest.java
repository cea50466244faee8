package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ADV-04 Max chats: the most interactions that may wait in the queue. */
class MaxChatsRuleTest {

    @Test
    @DisplayName("ADV-04: admitted while fewer than Max chats wait, refused once Max chats wait")
    void admitsUpToMaxChatsWaiting() {
        MaxChatsRule rule = new MaxChatsRule(3);

        assertTrue(rule.admits(0));
        assertTrue(rule.admits(2), "the third one waits");
        assertFalse(rule.admits(3), "a fourth would be more than Max chats waiting");
        assertFalse(rule.admits(10));
    }

    @Test
    @DisplayName("ADV-04: a free agent does not let a customer past a full queue")
    void aFreeAgentDoesNotBypassAFullQueue() {
        MaxChatsRule rule = new MaxChatsRule(3);

        assertFalse(rule.admits(3, true));
    }

    @Test
    @DisplayName("ADV-04: Max chats 0 means nobody waits; a customer gets in only when an agent can take it at once")
    void maxChatsZeroIsNoQueue() {
        MaxChatsRule rule = new MaxChatsRule(0);

        assertFalse(rule.admits(0));
        assertTrue(rule.admits(0, true));
        assertFalse(rule.admits(1, true), "someone already waits ahead");
    }

    @Test
    void maxChatsOfTheCampaign() {
        Campaign campaign = new Campaign("Sales", null);
        campaign.setMaxChats(1);

        assertTrue(MaxChatsRule.of(campaign).admits(0));
        assertFalse(MaxChatsRule.of(campaign).admits(1));
    }

    @Test
    void negativeNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MaxChatsRule(-1));
        assertThrows(IllegalArgumentException.class, () -> new MaxChatsRule(3).admits(-1));
    }
}
