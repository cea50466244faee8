package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.webchat.quality.EvaluationKind;

/**
 * REC-01: each criterion becomes its own condition with a named parameter, always inside the user's security group
 * (ADM-02); what the user typed reaches the query only as a parameter, its wildcards literal; and a sort names only a
 * column of the allowed list.
 */
class RecordingQueryTest {

    private static final long GROUP = 42;

    private static RecordingCriteria with(String email, Set<Long> campaigns, Set<Long> agents, boolean offline,
                                          Boolean seen, String customer, Integer rating, Boolean graded) {
        return new RecordingCriteria(null, null, ZoneOffset.UTC, email, campaigns, agents, offline, seen, customer,
                rating, graded);
    }

    @Test
    void noCriteriaStillKeepsToTheUsersGroup() {
        RecordingQuery query = RecordingQuery.of(GROUP, RecordingCriteria.all(ZoneOffset.UTC));
        assertEquals(Map.of("group", GROUP), query.parameters());
        assertTrue(query.count().endsWith(" where c.securityGroup.id = :group"), query.count());
        assertEquals("select count(i) from Interaction i join i.campaign c where c.securityGroup.id = :group",
                query.count(), "nor joins what it does not ask for");
        assertTrue(query.page(RecordingSort.NEWEST).contains(" left join i.agent a left join CustomerFeedback f on"
                + " f.interaction = i where "), "a page shows the agent and the rating");
    }

    @Test
    void theDatesBoundTheStartOfTheConversation() {
        Instant from = Instant.parse("2026-03-10T03:00:00Z");
        Instant until = Instant.parse("2026-03-11T03:00:00Z");
        RecordingQuery query = RecordingQuery.of(GROUP, new RecordingCriteria(from, until, ZoneOffset.UTC, null,
                Set.of(), Set.of(), false, null, null, null, null));
        assertTrue(query.count().contains("i.createdAt >= :from and i.createdAt < :until"), query.count());
        assertEquals(from, query.parameters().get("from"));
        assertEquals(until, query.parameters().get("until"));
    }

    @Test
    void typedTextTravelsAsAParameterWithItsWildcardsTakenLiterally() {
        RecordingQuery query = RecordingQuery.of(GROUP, with("100%_x!' or 1=1 --", Set.of(), Set.of(), false, null,
                "o'brien", null, null));
        assertFalse(query.count().contains("brien") || query.count().contains("1=1"), query.count());
        assertTrue(query.count().contains("i.customer.email like :email escape '!'"), query.count());
        assertTrue(query.count().contains("lower(i.customer.name) like :customer escape '!'"), query.count());
        assertEquals("%100!%!_x!!' or 1=1 --%", query.parameters().get("email"));
        assertEquals("%o'brien%", query.parameters().get("customer"));
    }

    @Test
    void severalCampaignsAndAgentsMatchAnyOfThem() {
        RecordingQuery query = RecordingQuery.of(GROUP, with(null, Set.of(3L, 4L), Set.of(7L), false, null, null,
                null, null));
        assertTrue(query.count().contains("c.id in :campaigns and i.agent.id in :agents"), query.count());
        assertEquals(Set.of(3L, 4L), Set.copyOf((List<?>) query.parameters().get("campaigns")));
        assertEquals(List.of(7L), query.parameters().get("agents"));
    }

    @Test
    void offlineOnlyAndSeenAskForOfflineMessages() {
        assertTrue(RecordingQuery.of(GROUP, with(null, Set.of(), Set.of(), true, null, null, null, null)).count()
                .endsWith("and i.offline = true"));
        RecordingQuery unseen = RecordingQuery.of(GROUP,
                with(null, Set.of(), Set.of(), false, false, null, null, null));
        assertTrue(unseen.count().endsWith("and i.offline = true and i.seen = :seen"), unseen.count());
        assertEquals(false, unseen.parameters().get("seen"));
    }

    @Test
    void ratingAndGradingNarrowByTheCustomersRatingAndTheSupervisorsEvaluations() {
        RecordingQuery graded = RecordingQuery.of(GROUP, with(null, Set.of(), Set.of(), false, null, null, 4, true));
        assertTrue(graded.count().contains("and f.rating = :rating and exists (select e.id from Evaluation e"
                + " where e.interaction = i and e.kind = :supervisorKind)"), graded.count());
        assertEquals(4, graded.parameters().get("rating"));
        assertTrue(graded.count().contains(" left join CustomerFeedback f on f.interaction = i where "),
                graded.count());
        assertEquals(EvaluationKind.SUPERVISOR, graded.parameters().get("supervisorKind"));
        RecordingQuery ungraded = RecordingQuery.of(GROUP,
                with(null, Set.of(), Set.of(), false, null, null, null, false));
        assertTrue(ungraded.count().contains("and not exists (select e.id from Evaluation e"), ungraded.count());
    }

    @Test
    void aPageIsSortedOnAnAllowedColumnWithTheNewestIdBreakingTies() {
        RecordingQuery query = RecordingQuery.of(GROUP, RecordingCriteria.all(ZoneOffset.UTC));
        assertTrue(query.page(RecordingSort.Order.of("customer", true))
                .endsWith(" order by i.customer.name asc, i.id desc"));
        assertTrue(query.page(RecordingSort.Order.of("rating", false))
                .endsWith(" order by f.rating desc nulls last, i.id desc"));
        assertTrue(query.page(RecordingSort.Order.of("id", true)).endsWith(" order by i.id asc"));
    }

    @Test
    void anythingElseSortsNewestFirstAndNeverReachesTheQuery() {
        for (String field : new String[] {"i.sessionToken", "customer desc; delete from interaction", "", null,
                "CUSTOMER", "sessionToken"}) {
            assertEquals(RecordingSort.NEWEST, RecordingSort.Order.of(field, true), "sorted on " + field);
        }
        String page = RecordingQuery.of(GROUP, RecordingCriteria.all(ZoneOffset.UTC))
                .page(RecordingSort.Order.of("i.sessionToken", true));
        assertTrue(page.endsWith(" order by i.createdAt desc, i.id desc"), page);
        assertFalse(page.contains("sessionToken"), page);
    }
}
