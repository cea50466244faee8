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

/** ADV-05 Max time: a customer waiting unattended past it is abandoned and sees Unavailable. */
class MaxTimeRuleTest {

    private static final Instant QUEUED = Instant.parse("2025-03-03T15:00:00Z");

    private final MaxTimeRule rule = new MaxTimeRule(Duration.ofSeconds(300));
    private final Campaign campaign = new Campaign("Sales", null);

    private Interaction queued() {
        return Interaction.queued(campaign, new Customer("Bob", "bob@example.com", null, null), Language.EN, null, QUEUED);
    }

    @Test
    @DisplayName("ADV-05: waiting exactly Max time is still within it")
    void exactlyAtTheLimitIsNotExceeded() {
        assertFalse(rule.isExceeded(QUEUED, QUEUED.plusSeconds(300)));
    }

    @Test
    @DisplayName("ADV-05: any instant past Max time is exceeded")
    void justPastTheLimitIsExceeded() {
        assertTrue(rule.isExceeded(QUEUED, QUEUED.plusSeconds(300).plusNanos(1)));
        assertFalse(rule.isExceeded(QUEUED, QUEUED.plusSeconds(299)));
    }

    @Test
    @DisplayName("ADV-05: the timer fires at the first millisecond past the limit, where the rule holds")
    void firesAtTheFirstMillisecondPastTheLimit() {
        assertEquals(QUEUED.plusSeconds(300), rule.deadline(QUEUED));
        assertEquals(Instant.parse("2025-03-03T15:05:00.001Z"), rule.firesAt(QUEUED));
        assertTrue(rule.isExceeded(QUEUED, rule.firesAt(QUEUED)));
        assertFalse(rule.isExceeded(QUEUED, rule.firesAt(QUEUED).minusMillis(1)));
    }

    @Test
    @DisplayName("ADV-05: a queued interaction past Max time is abandoned with Unavailable")
    void aQueuedInteractionPastTheLimitIsAbandoned() {
        Interaction interaction = queued();

        assertFalse(rule.abandons(interaction, QUEUED.plusSeconds(300)));
        assertTrue(rule.abandons(interaction, QUEUED.plusSeconds(301)));
        assertEquals(EndReason.ABANDONED, MaxTimeRule.END_REASON);
        assertEquals(MessageKind.UNAVAILABLE, MaxTimeRule.MESSAGE);
    }

    @Test
    @DisplayName("ADV-05, STR-04: an interaction offered but not taken is still unattended")
    void anOfferedInteractionIsStillUnattended() {
        Interaction interaction = queued();
        interaction.offer(QUEUED.plusSeconds(10));

        assertTrue(rule.abandons(interaction, QUEUED.plusSeconds(301)));
    }

    @Test
    @DisplayName("ADV-05: an interaction taken by an agent is never abandoned by Max time")
    void anAssignedInteractionIsNotAbandoned() {
        Interaction interaction = queued();
        interaction.assign(new User("ana", "Ana", "hash", Set.of(Role.AGENT)), QUEUED.plusSeconds(10));

        assertFalse(rule.abandons(interaction, QUEUED.plusSeconds(1000)));
    }

    @Test
    @DisplayName("ADV-05: an ended interaction is not abandoned again")
    void anEndedInteractionIsNotAbandoned() {
        Interaction interaction = queued();
        interaction.end(EndReason.CUSTOMER, QUEUED.plusSeconds(10));

        assertFalse(rule.abandons(interaction, QUEUED.plusSeconds(1000)));
    }

    @Test
    void maxTimeOfTheCampaign() {
        campaign.setMaxTimeSeconds(60);

        assertEquals(Duration.ofSeconds(60), MaxTimeRule.of(campaign).maxTime());
    }
}
