package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webchat.routing.Member.agent;
import static org.webchat.routing.Member.free;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.webchat.campaign.DeliveryOrder;
import org.webchat.campaign.Strategy;

class DispatcherTest {

    private static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

    private final Dispatcher dispatcher = new Dispatcher(new SplittableRandom(7L));

    /** Interaction ids 1001, 1002, ... in arrival order. */
    private static List<Long> queue(int size) {
        return LongStream.rangeClosed(1001, 1000 + size).boxed().toList();
    }

    private static List<AgentSnapshot> freeAgents(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(Member::free).toList();
    }

    private DispatchPlan assign(List<Long> queue, Strategy strategy, DeliveryOrder order, int max,
            List<AgentSnapshot> members) {
        return dispatcher.plan(new DispatchRequest(queue, strategy, order, max, members, null, NOW));
    }

    private static Map<Long, Long> perAgent(DispatchPlan plan) {
        return plan.assignments().values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @ParameterizedTest
    @EnumSource(DeliveryOrder.class)
    @DisplayName("STR-07, ADV-01: nocall max 3, 10 agents, 200 queued: the first 30 in arrival order, caps respected")
    void nocallFillsEveryCapInArrivalOrderAndNoMore(DeliveryOrder order) {
        List<Long> queue = queue(200);
        DispatchPlan plan = assign(queue, Strategy.NOCALL, order, 3, freeAgents(10));

        assertEquals(Math.min(200, 10 * 3), plan.assignments().size());
        assertEquals(queue.subList(0, 30), new ArrayList<>(plan.assignments().keySet()));
        assertEquals(plan.assignments().size(), Set.copyOf(plan.assignments().keySet()).size());
        perAgent(plan).forEach((agent, count) -> assertTrue(count <= 3, "agent " + agent + " got " + count));
        assertEquals(10, perAgent(plan).size());
        assertTrue(plan.offers().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(DeliveryOrder.class)
    @DisplayName("ADV-01: the cap counts what an agent already has")
    void nocallCountsInteractionsTheAgentAlreadyHas(DeliveryOrder order) {
        List<AgentSnapshot> members = List.of(agent(1).active(3).build(), agent(2).active(2).build(),
                agent(3).active(1).onCall().build(), free(4), agent(5).onBreak().build(), agent(6).loggedOut().build());
        Map<Long, Integer> already = Map.of(1L, 3, 2L, 2, 3L, 1, 4L, 0);
        DispatchPlan plan = assign(queue(50), Strategy.NOCALL, order, 3, members);

        assertEquals(0 + 1 + 2 + 3, plan.assignments().size());
        perAgent(plan).forEach((agent, count) -> assertTrue(already.get(agent) + count <= 3,
                "agent " + agent + " would have " + (already.get(agent) + count)));
        assertFalse(plan.assignments().containsValue(5L), "on a break");
        assertFalse(plan.assignments().containsValue(6L), "logged out");
    }

    @Test
    @DisplayName("STR-07: the head of the queue is served first")
    void theHeadOfTheQueueIsServedFirst() {
        DispatchPlan plan = assign(List.of(7L, 3L, 9L, 1L), Strategy.INTERACTION, DeliveryOrder.RRMEMORY, 3,
                freeAgents(2));
        assertEquals(List.of(7L, 3L), new ArrayList<>(plan.assignments().keySet()));
    }

    @Test
    @DisplayName("STR-07: when nobody can take the head, nothing behind it is handed out")
    void whenNobodyCanTakeTheHeadTheQueueWaits() {
        DispatchPlan plan = dispatcher.plan(new DispatchRequest(queue(5), Strategy.INCALL, DeliveryOrder.RRMEMORY, 3,
                List.of(agent(1).onCall().build(), agent(2).active(1).build()), 1L, NOW));
        assertTrue(plan.isEmpty());
        assertEquals(1L, plan.lastServed());
    }

    @Test
    @DisplayName("STR-01: incall puts nobody over one interaction, and nothing to agents with other work")
    void incallPutsNobodyOverOne() {
        List<AgentSnapshot> members = List.of(free(1), free(2), free(3), agent(4).onCall().build(),
                agent(5).active(1).build(), agent(6).busy().active(1).build(), agent(7).onBreak().build());
        DispatchPlan plan = assign(queue(10), Strategy.INCALL, DeliveryOrder.FEWESTCALLS, 3, members);

        assertEquals(Map.of(1001L, 1L, 1002L, 2L, 1003L, 3L), plan.assignments());
        perAgent(plan).values().forEach(count -> assertEquals(1L, count));
    }

    @Test
    @DisplayName("STR-03: interaction gives one each, calls allowed")
    void interactionGivesOneEachAndAllowsCalls() {
        DispatchPlan plan = assign(queue(10), Strategy.INTERACTION, DeliveryOrder.LEASTRECENT, 3,
                List.of(free(1), agent(2).onCall().build(), agent(3).active(1).build()));
        assertEquals(Set.of(1L, 2L), Set.copyOf(plan.assignments().values()));
        assertEquals(2, plan.assignments().size());
    }

    @Test
    @DisplayName("STR-05: nopause hands the whole queue to the agents not on a break, with no cap")
    void nopauseHasNoCap() {
        DispatchPlan plan = assign(queue(40), Strategy.NOPAUSE, DeliveryOrder.RRMEMORY, 3,
                List.of(free(1), agent(2).onCall().active(5).build(), agent(3).onBreak().build()));
        assertEquals(40, plan.assignments().size());
        assertEquals(Map.of(1L, 20L, 2L, 20L), perAgent(plan));
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("STR-01..05: nothing is handed or offered to agents on a break or logged out")
    void nothingGoesToAgentsOnABreakOrLoggedOut(Strategy strategy) {
        List<AgentSnapshot> absent = List.of(agent(1).onBreak().build(), agent(2).loggedOut().build(),
                agent(3).onBreak().onCall().build());
        assertTrue(assign(queue(5), strategy, DeliveryOrder.RRMEMORY, 3, absent).isEmpty());

        List<AgentSnapshot> mixed = new ArrayList<>(absent);
        mixed.add(free(4));
        DispatchPlan plan = assign(queue(5), strategy, DeliveryOrder.WRANDOM, 3, mixed);
        assertFalse(plan.isEmpty());
        Set<Long> reached = plan.assignments().values().stream().collect(Collectors.toSet());
        plan.offers().values().forEach(reached::addAll);
        assertEquals(Set.of(4L), reached);
    }

    @Test
    @DisplayName("STR-04: ringall offers the head to every eligible member and assigns nothing")
    void ringallOffersTheHeadToEveryEligibleMember() {
        List<AgentSnapshot> members = List.of(free(1), free(2), agent(3).active(1).build(),
                agent(4).onBreak().build(), agent(5).onCall().build());
        DispatchPlan plan = assign(queue(3), Strategy.RINGALL, DeliveryOrder.RRMEMORY, 3, members);

        assertEquals(Map.of(1001L, Set.of(1L, 2L, 5L)), plan.offers());
        assertTrue(plan.assignments().isEmpty());
        assertNull(plan.lastServed());
    }

    @Test
    @DisplayName("STR-04: ringallmultiple offers also to agents attending others")
    void ringallMultipleOffersAlsoToBusyHands() {
        List<AgentSnapshot> members = List.of(free(1), agent(3).active(4).build(), agent(4).onBreak().build());
        DispatchPlan plan = assign(queue(3), Strategy.RINGALLMULTIPLE, DeliveryOrder.RRMEMORY, 3, members);
        assertEquals(Map.of(1001L, Set.of(1L, 3L)), plan.offers());
    }

    @Test
    @DisplayName("STR-04, STR-07: an interaction on offer is never offered again to the same agent")
    void anInteractionOnOfferIsNotOfferedAgainToTheSameAgent() {
        // 1 and 2 are choosing about 1001; 3 just became free
        List<AgentSnapshot> members = List.of(agent(1).offers(1).build(), agent(2).offers(1).build(), free(3));
        Map<Long, Set<Long>> onOffer = Map.of(1001L, Set.of(1L, 2L));
        DispatchPlan plan = dispatcher.plan(new DispatchRequest(queue(3), Strategy.RINGALL, DeliveryOrder.RRMEMORY,
                3, members, null, onOffer, NOW));
        assertEquals(Map.of(1001L, Set.of(3L)), plan.offers());
    }

    @Test
    @DisplayName("STR-04, STR-07: even when the counts disagree, an agent is not offered what it has on offer")
    void anAgentIsNotOfferedWhatItHasOnOfferEvenWithAStaleCount() {
        Map<Long, Set<Long>> onOffer = Map.of(1001L, Set.of(1L));
        DispatchPlan plan = dispatcher.plan(new DispatchRequest(queue(3), Strategy.RINGALLMULTIPLE,
                DeliveryOrder.RRMEMORY, 3, List.of(free(1)), null, onOffer, NOW));
        assertFalse(plan.offers().getOrDefault(1001L, Set.of()).contains(1L));
    }

    @Test
    @DisplayName("STR-04, STR-07: once the head is on offer to everyone, the next waits for a free agent")
    void whenEveryoneHasTheHeadOnOfferTheNextWaits() {
        List<AgentSnapshot> members = List.of(agent(1).offers(1).build(), agent(2).offers(1).build());
        DispatchPlan plan = dispatcher.plan(new DispatchRequest(queue(3), Strategy.RINGALL, DeliveryOrder.RRMEMORY,
                3, members, null, Map.of(1001L, Set.of(1L, 2L)), NOW));
        assertTrue(plan.isEmpty());
    }

    @Test
    @DisplayName("STR-06 rrmemory: the plan goes on from the last served and returns the new pointer")
    void rrmemoryGoesOnFromTheLastServed() {
        DispatchPlan plan = dispatcher.plan(new DispatchRequest(queue(3), Strategy.NOPAUSE, DeliveryOrder.RRMEMORY, 3,
                freeAgents(4), 2L, NOW));
        assertEquals(List.of(3L, 4L, 1L), new ArrayList<>(plan.assignments().values()));
        assertEquals(1L, plan.lastServed());
    }

    @Test
    @DisplayName("STR-06 leastrecent: an agent just given one goes behind the others in the same plan")
    void leastrecentSpreadsWithinOnePlan() {
        List<AgentSnapshot> members = List.of(agent(1).freeSince(NOW.minusSeconds(10)).build(),
                agent(2).freeSince(NOW.minusSeconds(300)).build(), agent(3).freeSince(NOW.minusSeconds(60)).build());
        DispatchPlan plan = assign(queue(4), Strategy.NOCALL, DeliveryOrder.LEASTRECENT, 3, members);
        // after one round all were served at the same instant, so the tie goes to the smaller id
        assertEquals(List.of(2L, 3L, 1L, 1L), new ArrayList<>(plan.assignments().values()));
    }

    @Test
    @DisplayName("STR-06 wrandom: the same seed gives the same plan")
    void wrandomIsRepeatableWithTheSameSeed() {
        List<AgentSnapshot> members = LongStream.rangeClosed(1, 8)
                .mapToObj(id -> agent(id).penalty((int) (id * 10)).build()).toList();
        DispatchRequest request = new DispatchRequest(queue(20), Strategy.NOPAUSE, DeliveryOrder.WRANDOM, 3,
                members, null, NOW);
        assertEquals(new Dispatcher(new SplittableRandom(99L)).plan(request).assignments(),
                new Dispatcher(new SplittableRandom(99L)).plan(request).assignments());
    }

    @Test
    @DisplayName("STR-07: a request that could hand one interaction twice is refused")
    void aRequestThatCouldHandOneInteractionTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DispatchRequest(List.of(1L, 2L, 1L), Strategy.NOCALL,
                DeliveryOrder.RRMEMORY, 3, freeAgents(2), null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new DispatchRequest(queue(2), Strategy.NOCALL,
                DeliveryOrder.RRMEMORY, 3, List.of(free(1), free(1)), null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new DispatchRequest(queue(2), Strategy.NOCALL,
                DeliveryOrder.RRMEMORY, 0, freeAgents(2), null, NOW));
    }

    @Test
    @DisplayName("STR-07: an empty queue or no members gives an empty plan")
    void anEmptyQueueOrNoMembersGivesNothing() {
        assertTrue(assign(List.of(), Strategy.NOCALL, DeliveryOrder.RRMEMORY, 3, freeAgents(3)).isEmpty());
        assertTrue(assign(queue(3), Strategy.RINGALL, DeliveryOrder.RRMEMORY, 3, List.of()).isEmpty());
    }

    // ---- issue 16: the room, known before the queue is read ----

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("issue 16: nobody with room (breaks, logged out, caps reached, busy, ringing): room 0, the queue is not read")
    void nobodyWithRoomLeavesTheQueueUnread(Strategy strategy) {
        List<AgentSnapshot> members = List.of(agent(1).onBreak().build(), agent(2).loggedOut().build(),
                agent(3).busy().build(), agent(4).active(3).offers(1).onBreak().build());
        assertEquals(0, Dispatcher.room(strategy, 3, members, Map.of()));
        assertEquals(0, Dispatcher.room(strategy, 3, List.of(), Map.of()), "no members");
        assertTrue(dispatcher.plan(new DispatchRequest(queue(500), strategy, DeliveryOrder.RRMEMORY, 3, members, null,
                NOW)).isEmpty(), "the plan the whole queue would give: nothing either");
    }

    @Test
    @DisplayName("issue 16, ADV-01: nocall's room is each cap less what the agent has; one agent freeing a slot reads one")
    void nocallRoomIsTheFreeSlots() {
        assertEquals(2 + 0 + 3, Dispatcher.room(Strategy.NOCALL, 3,
                List.of(agent(1).active(1).build(), agent(2).active(3).build(), free(3), agent(4).onBreak().build()), Map.of()));
        assertEquals(1, Dispatcher.room(Strategy.NOCALL, 3, List.of(agent(1).active(2).build(), agent(2).active(3).build()),
                Map.of()), "a chat ended: room for exactly one");
    }

    @Test
    @DisplayName("issue 16: one each for incall, interaction; no limit for nopause")
    void roomOfTheOtherAssigningStrategies() {
        List<AgentSnapshot> members = List.of(free(1), free(2), agent(3).active(1).build());
        assertEquals(2, Dispatcher.room(Strategy.INCALL, 3, members, Map.of()));
        assertEquals(2, Dispatcher.room(Strategy.INTERACTION, 3, members, Map.of()));
        assertEquals(Integer.MAX_VALUE, Dispatcher.room(Strategy.NOPAUSE, 3, members, Map.of()));
    }

    @Test
    @DisplayName("issue 16, STR-04: ringall's room is what rings already plus one per agent free to ring, none when none is")
    void ringallRoomIsWhatRingsPlusTheFreeAgents() {
        Map<Long, Set<Long>> onOffer = Map.of(1001L, Set.of(1L), 1002L, Set.of(2L));
        List<AgentSnapshot> members = List.of(agent(1).offers(1).build(), agent(2).offers(1).build(), free(3), free(4));
        assertEquals(2 + 2, Dispatcher.room(Strategy.RINGALL, 3, members, onOffer));
        assertEquals(0, Dispatcher.room(Strategy.RINGALL, 3, members.subList(0, 2), onOffer),
                "everyone rings already: no new offer, nothing to read");
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @DisplayName("issue 16: the plan over the head the room allows is the plan over the whole queue, whoever has room")
    void thePlanOverTheRoomIsThePlanOverTheWholeQueue(Strategy strategy) {
        SplittableRandom draw = new SplittableRandom(16L);
        for (int round = 0; round < 300; round++) {
            List<AgentSnapshot> members = new ArrayList<>();
            for (long id = 1; id <= 1 + draw.nextInt(6); id++) {
                Member agent = agent(id).active(draw.nextInt(4)).penalty(draw.nextInt(101));
                switch (draw.nextInt(6)) {
                    case 0 -> agent.onBreak();
                    case 1 -> agent.loggedOut();
                    case 2 -> agent.offers(1);
                    case 3 -> agent.onCall();
                    default -> { }
                }
                members.add(agent.build());
            }
            List<Long> queue = queue(draw.nextInt(40));
            Map<Long, Set<Long>> onOffer = new java.util.HashMap<>();
            for (Long interaction : queue) {
                if (draw.nextInt(5) == 0) {
                    onOffer.put(interaction, Set.of(1L + draw.nextInt(members.size())));
                }
            }
            int max = 1 + draw.nextInt(4);
            DeliveryOrder order = DeliveryOrder.values()[draw.nextInt(DeliveryOrder.values().length)];
            int room = Dispatcher.room(strategy, max, members, onOffer);
            DispatchPlan whole = new Dispatcher(new SplittableRandom(round)).plan(
                    new DispatchRequest(queue, strategy, order, max, members, null, onOffer, NOW));
            DispatchPlan head = new Dispatcher(new SplittableRandom(round)).plan(new DispatchRequest(
                    queue.subList(0, Math.min(room, queue.size())), strategy, order, max, members, null, onOffer, NOW));
            assertEquals(whole, head, "round " + round + ": room " + room + " of " + members);
        }
    }
}
