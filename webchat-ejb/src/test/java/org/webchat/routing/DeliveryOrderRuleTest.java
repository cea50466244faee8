package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webchat.routing.Member.agent;
import static org.webchat.routing.Member.free;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.webchat.campaign.DeliveryOrder;

class DeliveryOrderRuleTest {

    private static final Instant NINE = Instant.parse("2025-03-03T09:00:00Z");

    private static RandomGenerator seeded() {
        return new SplittableRandom(20250303L);
    }

    @ParameterizedTest
    @EnumSource(DeliveryOrder.class)
    @DisplayName("STR-06: each delivery order has its own rule, and nobody to choose from is refused")
    void everyOrderMapsToItsRule(DeliveryOrder order) {
        DeliveryOrderRule rule = DeliveryOrderRule.of(order, seeded());
        assertEquals(order, rule.order());
        assertThrows(IllegalArgumentException.class, () -> rule.choose(List.of(), null));
    }

    @Nested
    @DisplayName("STR-06 rrmemory")
    class Rrmemory {
        private final DeliveryOrderRule rrmemory = new RrmemoryOrder();
        private final List<AgentSnapshot> agents = List.of(free(30), free(10), free(20));

        @Test
        void withNoMemoryTheSmallestIdGoesFirst() {
            assertEquals(10L, rrmemory.choose(agents, null).agentId());
        }

        @Test
        void theNextAgentAfterTheLastServedByIdGetsIt() {
            assertEquals(20L, rrmemory.choose(agents, 10L).agentId());
            assertEquals(30L, rrmemory.choose(agents, 20L).agentId());
        }

        @Test
        void afterTheLastIdItWrapsToTheFirst() {
            assertEquals(10L, rrmemory.choose(agents, 30L).agentId());
        }

        @Test
        void theLastServedMarksItsPlaceEvenWhenNoLongerEligible() {
            assertEquals(30L, rrmemory.choose(agents, 25L).agentId());
            assertEquals(10L, rrmemory.choose(agents, 99L).agentId());
        }

        @Test
        void rememberingTheLastServedGoesRoundTheRing() {
            List<Long> served = new ArrayList<>();
            Long last = null;
            for (int i = 0; i < 7; i++) {
                last = rrmemory.choose(agents, last).agentId();
                served.add(last);
            }
            assertEquals(List.of(10L, 20L, 30L, 10L, 20L, 30L, 10L), served);
        }
    }

    @Nested
    @DisplayName("STR-06 wrandom")
    class Wrandom {

        @Test
        void theWeightIs101MinusThePenalty() {
            assertEquals(101, WrandomOrder.weight(agent(1).penalty(0).build()));
            assertEquals(11, WrandomOrder.weight(agent(1).penalty(90).build()));
            assertEquals(1, WrandomOrder.weight(agent(1).penalty(100).build()));
        }

        @Test
        void aHigherPenaltyGetsFewer() {
            DeliveryOrderRule wrandom = new WrandomOrder(seeded());
            List<AgentSnapshot> agents = List.of(agent(1).penalty(0).build(), agent(2).penalty(90).build());
            Map<Long, Integer> chosen = new HashMap<>();
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                chosen.merge(wrandom.choose(agents, null).agentId(), 1, Integer::sum);
            }
            int penalty0 = chosen.getOrDefault(1L, 0);
            int penalty90 = chosen.getOrDefault(2L, 0);
            // expected shares 101/112 and 11/112: about 18 000 and 2 000
            assertTrue(penalty0 > 5 * penalty90, penalty0 + " vs " + penalty90);
            assertTrue(penalty90 > 0, "a penalty ranks an agent, it does not exclude it");
            assertEquals(draws, penalty0 + penalty90);
        }

        @Test
        void theSameSeedGivesTheSameDrawsWhateverTheOrderOfTheAgents() {
            List<AgentSnapshot> agents = List.of(agent(1).penalty(10).build(), agent(2).penalty(50).build(),
                    agent(3).penalty(0).build());
            List<AgentSnapshot> reversed = List.of(agents.get(2), agents.get(1), agents.get(0));
            DeliveryOrderRule first = new WrandomOrder(seeded());
            DeliveryOrderRule second = new WrandomOrder(seeded());
            for (int i = 0; i < 100; i++) {
                assertEquals(first.choose(agents, null).agentId(), second.choose(reversed, null).agentId());
            }
        }
    }

    @Nested
    @DisplayName("STR-06 leastrecent (reading)")
    class Leastrecent {
        private final DeliveryOrderRule leastrecent = new LeastrecentOrder();

        @Test
        void theAgentIdleLongestGetsIt() {
            List<AgentSnapshot> agents = List.of(
                    agent(1).freeSince(NINE.plusSeconds(60)).build(),
                    agent(2).freeSince(NINE).build(),
                    agent(3).freeSince(NINE.plusSeconds(120)).build());
            assertEquals(2L, leastrecent.choose(agents, null).agentId());
        }

        @Test
        void anAssignmentAfterBecomingFreeCountsAsActivity() {
            List<AgentSnapshot> agents = List.of(
                    agent(1).freeSince(NINE).lastAssignedAt(NINE.plusSeconds(300)).build(),
                    agent(2).freeSince(NINE.plusSeconds(60)).build());
            assertEquals(2L, leastrecent.choose(agents, null).agentId());
        }

        @Test
        void anAgentNeverServedComesFirstAndTiesGoToTheSmallerId() {
            assertEquals(3L, leastrecent.choose(List.of(agent(1).freeSince(NINE).build(), free(3)), null).agentId());
            assertEquals(4L, leastrecent.choose(List.of(agent(5).freeSince(NINE).build(),
                    agent(4).freeSince(NINE).build()), null).agentId());
        }
    }

    @Nested
    @DisplayName("STR-06 fewestcalls (reading)")
    class Fewestcalls {
        private final DeliveryOrderRule fewestcalls = new FewestcallsOrder();

        @Test
        void theAgentWithFewestCompletedTodayGetsIt() {
            List<AgentSnapshot> agents = List.of(agent(1).completedToday(7).build(),
                    agent(2).completedToday(2).build(), agent(3).completedToday(4).build());
            assertEquals(2L, fewestcalls.choose(agents, null).agentId());
        }

        @Test
        void betweenEqualsFewerActiveThenTheSmallerIdGoesFirst() {
            assertEquals(2L, fewestcalls.choose(List.of(agent(1).completedToday(2).active(1).build(),
                    agent(2).completedToday(2).build()), null).agentId());
            assertEquals(1L, fewestcalls.choose(List.of(agent(2).completedToday(2).build(),
                    agent(1).completedToday(2).build()), null).agentId());
        }
    }
}
