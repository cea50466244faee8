package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;

/** REC-01: the search as typed is checked at the edge, each refusal naming its field and the console's text. */
class RecordingFilterTest {

    private static List<String> refusals(RecordingFilter filter) {
        FormRefused refused = assertThrows(FormRefused.class, filter::criteria);
        return refused.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void anEmptySearchFindsEverythingWithTimesInUtc() throws FormRefused {
        RecordingCriteria all = new RecordingFilter().criteria();
        assertEquals(RecordingCriteria.all(ZoneId.of("UTC")), all);
        assertEquals("UTC", all.zone().getId(), "named as the page shows it");
    }

    @Test
    void theDatesAreWholeDaysInTheUsersTimeZone() throws FormRefused {
        RecordingFilter filter = new RecordingFilter();
        filter.setZone("America/Sao_Paulo");
        filter.setFrom(LocalDate.of(2026, 3, 10));
        filter.setTo(LocalDate.of(2026, 3, 10));
        RecordingCriteria criteria = filter.criteria();
        assertEquals(Instant.parse("2026-03-10T03:00:00Z"), criteria.from(), "midnight in São Paulo");
        assertEquals(Instant.parse("2026-03-11T03:00:00Z"), criteria.until(), "the end date counts whole");
    }

    @Test
    void theTextsAreTrimmedAndMatchInLowerCase() throws FormRefused {
        RecordingFilter filter = new RecordingFilter();
        filter.setEmail("  ACME.com ");
        filter.setCustomer(" Zoë ");
        filter.setCampaigns(List.of(3L, 4L));
        filter.setAgents(List.of(7L));
        filter.setSeen(RecordingFilter.Choice.NO);
        filter.setGraded(RecordingFilter.Choice.YES);
        filter.setRating(5);
        RecordingCriteria criteria = filter.criteria();
        assertEquals("acme.com", criteria.emailPart());
        assertEquals("zoë", criteria.customerPart());
        assertEquals(Set.of(3L, 4L), criteria.campaigns());
        assertEquals(Set.of(7L), criteria.agents());
        assertEquals(Boolean.FALSE, criteria.seen());
        assertEquals(Boolean.TRUE, criteria.graded());
        assertEquals(5, criteria.rating());
    }

    @Test
    void blankTextsAndAnyChoiceSetNoCondition() throws FormRefused {
        RecordingFilter filter = new RecordingFilter();
        filter.setEmail("   ");
        filter.setCustomer(null);
        filter.setSeen(null);
        RecordingCriteria criteria = filter.criteria();
        assertNull(criteria.emailPart());
        assertNull(criteria.customerPart());
        assertNull(criteria.seen());
        assertNull(criteria.graded());
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndDate() {
        RecordingFilter filter = new RecordingFilter();
        filter.setFrom(LocalDate.of(2026, 3, 10));
        filter.setTo(LocalDate.of(2026, 3, 9));
        assertEquals(List.of("to:admin.error.endBeforeStart"), refusals(filter));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        RecordingFilter filter = new RecordingFilter();
        filter.setZone("Mars/Olympus");
        filter.setEmail("x".repeat(RecordingFilter.MAX_EMAIL + 1));
        filter.setCustomer("y".repeat(RecordingFilter.MAX_NAME + 1));
        filter.setRating(6);
        filter.setCampaigns(Arrays.asList(1L, null));
        filter.setAgents(List.of(0L));
        assertEquals(List.of("zone:recordings.error.zone", "email:admin.error.tooLong", "customer:admin.error.tooLong",
                "rating:admin.error.range", "campaigns:admin.error.choose", "agents:admin.error.choose"),
                refusals(filter));
    }

    @Test
    void aFloodOfIdsIsRefused() {
        RecordingFilter filter = new RecordingFilter();
        filter.setCampaigns(LongStream.rangeClosed(1, RecordingFilter.MAX_CHOSEN + 1).boxed().toList());
        assertEquals(List.of("campaigns:admin.error.choose"), refusals(filter));
    }

    @Test
    void theRefusalCarriesTheLimitsForTheMessage() {
        RecordingFilter filter = new RecordingFilter();
        filter.setRating(0);
        FormRefused refused = assertThrows(FormRefused.class, filter::criteria);
        FormCheck.Problem problem = refused.problems().get(0);
        assertEquals(List.of("1", "5"), problem.args());
        assertTrue(problem.key().startsWith("admin.error."));
    }

    @Test
    void criteriaWrittenForAnExportReadBackTheSame() throws Exception {
        RecordingFilter filter = new RecordingFilter();
        filter.setFrom(java.time.LocalDate.of(2026, 3, 1));
        filter.setTo(java.time.LocalDate.of(2026, 3, 31));
        filter.setZone("America/Sao_Paulo");
        filter.setEmail("Ação=1\n#!");
        filter.setCustomer("Ñ");
        filter.setCampaigns(java.util.List.of(3L, 5L));
        filter.setAgents(java.util.List.of(9L));
        filter.setSeen(RecordingFilter.Choice.NO);
        filter.setGraded(RecordingFilter.Choice.YES);
        filter.setRating(4);
        RecordingCriteria criteria = filter.criteria();
        assertEquals(criteria, RecordingCriteria.read(criteria.write()));
        RecordingCriteria all = RecordingCriteria.all(RecordingCriteria.UTC);
        assertEquals(all, RecordingCriteria.read(all.write()));
    }
}
