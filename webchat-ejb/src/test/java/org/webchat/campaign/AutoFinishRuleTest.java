package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.interaction.Customer;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;

/** ADV-07 Auto finish: the interaction ends when its customer stays disconnected longer than this. */
class AutoFinishRuleTest {

    private static final Instant START = Instant.parse("2025-03-03T15:00:00Z");
    private static final Instant GONE = START.plusSeconds(60);

    private final AutoFinishRule rule = new AutoFinishRule(Duration.ofSeconds(120));
    private final Interaction interaction = Interaction.queued(new Campaign("Sales", null),
            new Customer("Bob", "bob@example.com", null, null), Language.EN, null, START);

    AutoFinishRuleTest() {
        interaction.assign(new User("ana", "Ana", "hash", Set.of(Role.AGENT)), START.plusSeconds(5));
    }

    @Test
    @DisplayName("ADV-07: disconnected exactly Auto finish is not yet longer than it")
    void exactlyAtTheLimitDoesNotFinish() {
        assertFalse(rule.isExceeded(GONE, GONE.plusSeconds(120)));
    }

    @Test
    @DisplayName("ADV-07: disconnected just past Auto finish ends the interaction")
    void justPastTheLimitFinishes() {
        assertTrue(rule.isExceeded(GONE, GONE.plusSeconds(120).plusNanos(1)));
    }

    @Test
    @DisplayName("ADV-07: the timer fires at the first millisecond past the limit, where the rule holds")
    void firesAtTheFirstMillisecondPastTheLimit() {
        assertEquals(GONE.plusSeconds(120), rule.deadline(GONE));
        assertEquals(GONE.plusSeconds(120).plusMillis(1), rule.firesAt(GONE));
        assertTrue(rule.isExceeded(GONE, rule.firesAt(GONE)));
    }

    @Test
    @DisplayName("ADV-07: an interaction whose customer stayed away too long finishes as AUTO_FINISH")
    void aDisconnectedCustomerFinishesTheInteraction() {
        interaction.customerDisconnected(GONE);

        assertFalse(rule.finishes(interaction, GONE.plusSeconds(120)));
        assertTrue(rule.finishes(interaction, GONE.plusSeconds(121)));
        assertEquals(EndReason.AUTO_FINISH, AutoFinishRule.END_REASON);
    }

    @Test
    @DisplayName("ADV-07: a customer who came back is not finished")
    void aReconnectedCustomerIsNotFinished() {
        interaction.customerDisconnected(GONE);
        interaction.customerReconnected("node/1");

        assertFalse(rule.finishes(interaction, GONE.plusSeconds(1000)));
    }

    @Test
    @DisplayName("ADV-07: a connected customer is never finished")
    void aConnectedCustomerIsNotFinished() {
        assertFalse(rule.finishes(interaction, GONE.plusSeconds(1000)));
    }

    @Test
    @DisplayName("ADV-07: an ended interaction is not finished again")
    void anEndedInteractionIsNotFinishedAgain() {
        interaction.customerDisconnected(GONE);
        interaction.end(EndReason.CUSTOMER, GONE.plusSeconds(1));

        assertFalse(rule.finishes(interaction, GONE.plusSeconds(1000)));
    }

    @Test
    void autoFinishOfTheCampaign() {
        Campaign campaign = new Campaign("Sales", null);
        campaign.setAutoFinishSeconds(30);

        assertEquals(Duration.ofSeconds(30), AutoFinishRule.of(campaign).autoFinish());
    }
}
