package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Customer;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;

/** Spec section 6 and ADM-05, SUP-16: the service level figures. */
class ServiceLevelTest {

    private static final Instant T = Instant.parse("2025-03-03T15:00:00Z");
    private static final Duration SL = Duration.ofSeconds(20);

    private static InteractionFacts answeredAfter(long waitSeconds) {
        return InteractionFacts.answered(T, T.plusSeconds(waitSeconds));
    }

    private static InteractionFacts abandonedAfter(long waitSeconds) {
        return InteractionFacts.abandoned(T, T.plusSeconds(waitSeconds));
    }

    /**
     * Answered after 5, 10, 20, 21 and 40 s (3 within 20 s: 20 s itself counts as within);
     * abandoned after 8, 20 and 45 s (2 within); one still waiting.
     */
    private static final List<InteractionFacts> PERIOD = List.of(
            answeredAfter(5), answeredAfter(10), answeredAfter(20), answeredAfter(21), answeredAfter(40),
            abandonedAfter(8), abandonedAfter(20), abandonedAfter(45),
            InteractionFacts.waiting(T));

    @Test
    @DisplayName("§6: service level % = answered within SL / answered x 100 = 3 / 5 = 60%")
    void serviceLevelCountsAnsweredOnly() {
        ServiceLevel level = ServiceLevel.of(PERIOD, SL);

        assertEquals(5, level.answered());
        assertEquals(3, level.answeredWithin());
        assertEquals(OptionalDouble.of(60.0), level.percent());
    }

    @Test
    @DisplayName("§6: with abandoned = (3 + 2) / (5 + 3) x 100 = 62.5%")
    void serviceLevelWithAbandoned() {
        ServiceLevel level = ServiceLevel.of(PERIOD, SL);

        assertEquals(3, level.abandoned());
        assertEquals(2, level.abandonedWithin());
        assertEquals(OptionalDouble.of(62.5), level.percentWithAbandoned());
    }

    @Test
    @DisplayName("§6: an interaction still waiting counts in neither formula")
    void waitingCountsInNeither() {
        ServiceLevel level = ServiceLevel.of(PERIOD, SL);

        assertEquals(1, level.waiting());
    }

    @Test
    @DisplayName("ADM-05: answered after exactly SL is within; one second more is not")
    void theServiceLevelItselfIsWithin() {
        assertEquals(OptionalDouble.of(100.0), ServiceLevel.of(List.of(answeredAfter(20)), SL).percent());
        assertEquals(OptionalDouble.of(0.0), ServiceLevel.of(List.of(answeredAfter(21)), SL).percent());
    }

    @Test
    @DisplayName("§6: two of three answered within gives 66.67%")
    void nonRoundPercentages() {
        ServiceLevel level = ServiceLevel.of(List.of(answeredAfter(1), answeredAfter(2), answeredAfter(30)), SL);

        assertEquals(200.0 / 3, level.percent().getAsDouble(), 1e-9);
    }

    @Test
    @DisplayName("§6: no interaction gives no figure, not 100%")
    void noInteractionGivesNoFigure() {
        ServiceLevel level = ServiceLevel.of(List.of(), SL);

        assertEquals(OptionalDouble.empty(), level.percent());
        assertEquals(OptionalDouble.empty(), level.percentWithAbandoned());
        assertEquals(Optional.empty(), level.averageWait());
        assertEquals(Optional.empty(), level.averageChatTime());
    }

    @Test
    @DisplayName("§6: only waiting interactions give no figure either")
    void onlyWaitingGivesNoFigure() {
        ServiceLevel level = ServiceLevel.of(List.of(InteractionFacts.waiting(T)), SL);

        assertEquals(OptionalDouble.empty(), level.percent());
        assertEquals(OptionalDouble.empty(), level.percentWithAbandoned());
    }

    @Test
    @DisplayName("§6: all abandoned: the plain figure is undefined, the one with abandoned is real")
    void onlyAbandoned() {
        ServiceLevel level = ServiceLevel.of(List.of(abandonedAfter(5), abandonedAfter(60)), SL);

        assertEquals(OptionalDouble.empty(), level.percent());
        assertEquals(OptionalDouble.of(50.0), level.percentWithAbandoned());
    }

    @Test
    @DisplayName("SUP-16: average wait of the answered = (5 + 10 + 20 + 21 + 40) / 5 = 19.2 s")
    void averageWaitOfTheAnswered() {
        assertEquals(Optional.of(Duration.ofMillis(19_200)), ServiceLevel.of(PERIOD, SL).averageWait());
    }

    @Test
    @DisplayName("SUP-16: average chat time of the answered that ended = (60 + 180) / 2 = 120 s")
    void averageChatTimeOfTheEnded() {
        List<InteractionFacts> facts = List.of(
                InteractionFacts.answered(T, T.plusSeconds(10), T.plusSeconds(70)),
                InteractionFacts.answered(T, T.plusSeconds(10), T.plusSeconds(190)),
                InteractionFacts.answered(T, T.plusSeconds(10)));

        assertEquals(Optional.of(Duration.ofSeconds(120)), ServiceLevel.of(facts, SL).averageChatTime());
    }

    @Test
    @DisplayName("ADM-05: the campaign's service level is used")
    void campaignsServiceLevel() {
        Campaign campaign = new Campaign("Sales", null);
        campaign.setServiceLevelSeconds(30);

        ServiceLevel level = ServiceLevel.of(campaign, List.of(answeredAfter(25)));

        assertEquals(Duration.ofSeconds(30), level.serviceLevel());
        assertEquals(OptionalDouble.of(100.0), level.percent());
    }

    @Test
    void aFactIsAnsweredAbandonedOrMissedOnlyOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new InteractionFacts(T, T.plusSeconds(1), T.plusSeconds(2), null));
        assertThrows(IllegalArgumentException.class,
                () -> new InteractionFacts(T, null, T.plusSeconds(2), null, T.plusSeconds(2)));
    }

    @Test
    void aClockSkewBetweenNodesCountsAsNoWait() {
        assertEquals(Optional.of(Duration.ZERO), InteractionFacts.answered(T, T.minusMillis(5)).waitTime());
    }

    // ---- facts read from stored interactions ----

    private final Campaign campaign = new Campaign("Sales", null);
    private final User agent = new User("ana", "Ana", "hash", Set.of(Role.AGENT));

    private Interaction queuedAtT() {
        return Interaction.queued(campaign, new Customer("Bob", "bob@example.com", null, null), Language.EN, null, T);
    }

    @Test
    void anAssignedInteractionIsAnsweredAtItsAssignment() {
        Interaction interaction = queuedAtT();
        interaction.assign(agent, T.plusSeconds(12));
        interaction.end(EndReason.AGENT, T.plusSeconds(100));

        InteractionFacts facts = InteractionFacts.of(interaction).orElseThrow();

        assertEquals(InteractionFacts.answered(T, T.plusSeconds(12), T.plusSeconds(100)), facts);
    }

    @Test
    void anInteractionEndedByMaxTimeOrByTheCustomerWhileWaitingIsAbandoned() {
        for (EndReason reason : new EndReason[] {EndReason.ABANDONED, EndReason.CUSTOMER, EndReason.AUTO_FINISH}) {
            Interaction interaction = queuedAtT();
            interaction.end(reason, T.plusSeconds(30));

            InteractionFacts facts = InteractionFacts.of(interaction).orElseThrow();

            assertTrue(facts.isAbandoned(), reason.name());
            assertEquals(T.plusSeconds(30), facts.abandonedAt());
        }
    }

    @Test
    @DisplayName("SUP-16: one refused or closed by the center is missed, and counts in neither formula")
    void anInteractionRefusedOrClosedByTheCenterIsMissed() {
        for (EndReason reason : new EndReason[] {EndReason.UNAVAILABLE, EndReason.CAMPAIGN_DISABLED, EndReason.SUPERVISOR}) {
            Interaction interaction = queuedAtT();
            interaction.end(reason, T.plusSeconds(1));

            InteractionFacts facts = InteractionFacts.of(interaction).orElseThrow();

            assertTrue(facts.isMissed(), reason.name());
            ServiceLevel level = ServiceLevel.of(List.of(facts), SL);
            assertEquals(1, level.missed());
            assertEquals(1, level.offered());
            assertEquals(0, level.waiting() + level.answered() + level.abandoned());
            assertEquals(OptionalDouble.empty(), level.percentWithAbandoned());
        }
    }

    @Test
    @DisplayName("SUP-16: offered counts every interaction that entered the queue; completed the answered that ended")
    void offeredAndCompleted() {
        List<InteractionFacts> facts = new java.util.ArrayList<>(PERIOD);
        facts.add(InteractionFacts.missed(T, T.plusSeconds(1)));
        facts.add(InteractionFacts.answered(T, T.plusSeconds(3), T.plusSeconds(60)));

        ServiceLevel level = ServiceLevel.of(facts, SL);

        assertEquals(11, level.offered());
        assertEquals(1, level.completed());
        assertEquals(1, level.missed());
    }

    @Test
    @DisplayName("SUP-16: two campaigns' figures add up: percentages of all their interactions together")
    void figuresAddUp() {
        ServiceLevel first = ServiceLevel.of(List.of(answeredAfter(5), abandonedAfter(30)), SL);
        ServiceLevel second = ServiceLevel.of(List.of(answeredAfter(50), answeredAfter(10),
                InteractionFacts.answered(T, T.plusSeconds(10), T.plusSeconds(100)), InteractionFacts.waiting(T)),
                Duration.ofSeconds(60));

        ServiceLevel both = first.plus(second);

        assertEquals(4, both.answered());
        assertEquals(4, both.answeredWithin(), "each judged against its own campaign's service level");
        assertEquals(1, both.abandoned());
        assertEquals(1, both.waiting());
        assertEquals(OptionalDouble.of(100.0), both.percent());
        assertEquals(OptionalDouble.of(80.0), both.percentWithAbandoned());
        assertEquals(Optional.of(Duration.ofMillis(18_750)), both.averageWait(), "(5 + 50 + 10 + 10) / 4");
        assertEquals(Optional.of(Duration.ofSeconds(90)), both.averageChatTime());
    }

    @Test
    @DisplayName("SUP-16: a chat transferred to another agent waited until its first agent took it")
    void aTransferDoesNotLengthenTheWait() {
        Instant first = T.plusSeconds(8);
        Instant transferred = T.plusSeconds(300);

        assertEquals(first, InteractionFacts.answeredAt(T, first, transferred));
        assertEquals(transferred, InteractionFacts.answeredAt(T.plusSeconds(200), first, transferred),
                "queued again by a transfer to a campaign: a new wait");
        assertEquals(null, InteractionFacts.answeredAt(T, first, null), "waiting again");
    }

    @Test
    void anOpenUnansweredInteractionIsWaiting() {
        InteractionFacts facts = InteractionFacts.of(queuedAtT()).orElseThrow();

        assertFalse(facts.isAnswered());
        assertFalse(facts.isAbandoned());
    }

    @Test
    void anOfflineMessageWasNeverQueued() {
        Interaction offline = Interaction.offline(campaign, new Customer("Bob", "bob@example.com", null, null),
                Language.EN, null, T);

        assertEquals(Optional.empty(), InteractionFacts.of(offline));
    }
}
