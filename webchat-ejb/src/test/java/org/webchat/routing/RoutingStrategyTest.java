package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webchat.routing.Member.agent;
import static org.webchat.routing.Member.free;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.webchat.campaign.Strategy;

class RoutingStrategyTest {

    private static final int MAX = 3;

    private static RoutingStrategy strategy(Strategy strategy) {
        return RoutingStrategy.of(strategy);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("STR-01..05: each strategy has its own rule")
    void everyStrategyMapsToItsRule(Strategy strategy) {
        assertEquals(strategy, strategy(strategy).strategy());
        assertEquals(strategy.code(), strategy(strategy).toString());
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("STR-01..05: an agent not logged in never gets anything")
    void anAgentNotLoggedInGetsNothing(Strategy strategy) {
        assertFalse(strategy(strategy).mayTakeOneMore(agent(1).loggedOut().build(), MAX));
        assertFalse(strategy(strategy).mayReceiveOffer(agent(1).loggedOut().build(), MAX));
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("STR-01..05: an agent on a break gets nothing")
    void anAgentOnABreakGetsNothing(Strategy strategy) {
        assertFalse(strategy(strategy).mayTakeOneMore(agent(1).onBreak().build(), MAX));
        assertFalse(strategy(strategy).mayReceiveOffer(agent(1).onBreak().build(), MAX));
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("STR-01: an agent put busy by incall gets nothing else, whatever the strategy")
    void anAgentBusyByIncallGetsNothingElse(Strategy strategy) {
        assertFalse(strategy(strategy).mayTakeOneMore(agent(1).busy().active(1).build(), MAX));
        assertFalse(strategy(strategy).mayReceiveOffer(agent(1).busy().active(1).build(), MAX));
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("STR-01..05: a free agent may take an interaction under every strategy")
    void aFreeAgentMayTakeOne(Strategy strategy) {
        assertTrue(strategy(strategy).mayTakeOneMore(free(1), MAX));
    }

    @Nested
    @DisplayName("STR-01 incall")
    class Incall {
        private final RoutingStrategy incall = strategy(Strategy.INCALL);

        @Test
        void anAgentOnACallGetsNothing() {
            assertFalse(incall.mayTakeOneMore(agent(1).onCall().build(), MAX));
        }

        @Test
        void anAgentWithAnotherInteractionGetsNothing() {
            assertFalse(incall.mayTakeOneMore(agent(1).active(1).build(), MAX));
        }

        @Test
        void takingOnePutsTheAgentBusyAndItIsAssignedNotOffered() {
            assertTrue(incall.putsAgentBusy());
            assertFalse(incall.offersToAll());
            assertFalse(incall.mayReceiveOffer(free(1), MAX));
        }
    }

    @Nested
    @DisplayName("STR-02 nocall, ADV-01")
    class Nocall {
        private final RoutingStrategy nocall = strategy(Strategy.NOCALL);

        @Test
        void anAgentOnACallStillGetsInteractions() {
            assertTrue(nocall.mayTakeOneMore(agent(1).onCall().build(), MAX));
        }

        @Test
        void anAgentGetsUpToMaxInteractionsPerAgent() {
            assertTrue(nocall.mayTakeOneMore(agent(1).active(MAX - 1).build(), MAX));
            assertFalse(nocall.mayTakeOneMore(agent(1).active(MAX).build(), MAX));
            assertFalse(nocall.mayTakeOneMore(agent(1).active(MAX + 2).build(), MAX));
        }

        @Test
        void theCapIsTheCampaignsMax() {
            assertTrue(nocall.mayTakeOneMore(agent(1).active(5).build(), 6));
            assertFalse(nocall.mayTakeOneMore(agent(1).active(1).build(), 1));
        }

        @Test
        void itAssignsAndLeavesTheAgentAvailable() {
            assertFalse(nocall.offersToAll());
            assertFalse(nocall.putsAgentBusy());
        }
    }

    @Nested
    @DisplayName("STR-03 interaction")
    class Interaction {
        private final RoutingStrategy interaction = strategy(Strategy.INTERACTION);

        @Test
        void oneActiveInteractionAtATimeWhateverTheMax() {
            assertFalse(interaction.mayTakeOneMore(agent(1).active(1).build(), 10));
        }

        @Test
        void callsAreStillAllowed() {
            assertTrue(interaction.mayTakeOneMore(agent(1).onCall().build(), MAX));
        }
    }

    @Nested
    @DisplayName("STR-04 ringall")
    class Ringall {
        private final RoutingStrategy ringall = strategy(Strategy.RINGALL);

        @Test
        void itOffersToAllEligibleMembers() {
            assertTrue(ringall.offersToAll());
            assertTrue(ringall.mayReceiveOffer(free(1), MAX));
        }

        @Test
        void anAgentTakesOneOnlyWithNoActiveInteraction() {
            assertFalse(ringall.mayTakeOneMore(agent(1).active(1).build(), 10));
            assertFalse(ringall.mayReceiveOffer(agent(1).active(1).build(), 10));
        }

        @Test
        void anAgentHoldsOneOfferAtATimeButMayAcceptIt() {
            AgentSnapshot withOffer = agent(1).offers(1).build();
            assertFalse(ringall.mayReceiveOffer(withOffer, MAX));
            assertTrue(ringall.mayTakeOneMore(withOffer, MAX));
        }
    }

    @Nested
    @DisplayName("STR-04 ringallmultiple")
    class RingallMultiple {
        private final RoutingStrategy ringallmultiple = strategy(Strategy.RINGALLMULTIPLE);

        @Test
        void anAgentTakesAnyNumberAtOnceWithNoCap() {
            assertTrue(ringallmultiple.offersToAll());
            assertTrue(ringallmultiple.mayTakeOneMore(agent(1).active(MAX + 5).build(), MAX));
            assertTrue(ringallmultiple.mayReceiveOffer(agent(1).active(MAX + 5).build(), MAX));
        }

        @Test
        void anAgentHoldsOneOfferAtATime() {
            assertFalse(ringallmultiple.mayReceiveOffer(agent(1).offers(1).build(), MAX));
        }
    }

    @Nested
    @DisplayName("STR-05 nopause")
    class Nopause {
        private final RoutingStrategy nopause = strategy(Strategy.NOPAUSE);

        @Test
        void severalAtOnceWithNoCapAndCallsAllowed() {
            assertTrue(nopause.mayTakeOneMore(agent(1).active(MAX + 7).onCall().build(), MAX));
            assertFalse(nopause.offersToAll());
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("SUP-06: the cap a strategy shows is the limit its rule applies: one more is refused exactly there")
    void theCapIsWhereTheRuleStops(Strategy strategy) {
        RoutingStrategy rule = strategy(strategy);
        java.util.OptionalInt cap = rule.capacity(MAX);
        if (cap.isEmpty()) {
            assertTrue(rule.mayTakeOneMore(agent(1).active(MAX + 50).build(), MAX), "no cap: always one more");
        } else {
            assertTrue(rule.mayTakeOneMore(agent(1).active(cap.getAsInt() - 1).build(), MAX));
            assertFalse(rule.mayTakeOneMore(agent(1).active(cap.getAsInt()).build(), MAX));
        }
    }

    @Test
    @DisplayName("SUP-06: nocall's cap is Max interactions per agent (ADV-01); incall, interaction and ringall one;"
            + " nopause and ringallmultiple none")
    void capsByStrategy() {
        assertEquals(java.util.OptionalInt.of(MAX), strategy(Strategy.NOCALL).capacity(MAX));
        assertEquals(java.util.OptionalInt.of(1), strategy(Strategy.INCALL).capacity(MAX));
        assertEquals(java.util.OptionalInt.of(1), strategy(Strategy.INTERACTION).capacity(MAX));
        assertEquals(java.util.OptionalInt.of(1), strategy(Strategy.RINGALL).capacity(MAX));
        assertEquals(java.util.OptionalInt.empty(), strategy(Strategy.NOPAUSE).capacity(MAX));
        assertEquals(java.util.OptionalInt.empty(), strategy(Strategy.RINGALLMULTIPLE).capacity(MAX));
    }
}
