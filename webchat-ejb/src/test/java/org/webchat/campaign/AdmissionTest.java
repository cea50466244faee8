package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.EntryDecision.Outcome;

/** What a customer arriving at a campaign gets (ADV-09, ADM-06, ADV-04, MSG-01..03, MSG-05, WID-03). */
class AdmissionTest {

    /** Monday 2025-03-03, 12:00 in Buenos Aires. */
    private static final Instant OPEN = Instant.parse("2025-03-03T15:00:00Z");
    /** Monday 2025-03-03, 20:00 in Buenos Aires. */
    private static final Instant CLOSED = Instant.parse("2025-03-03T23:00:00Z");

    private final Campaign campaign = new Campaign("Sales", null);

    AdmissionTest() {
        campaign.setTimeZone("America/Argentina/Buenos_Aires");
        campaign.setDefaultLanguage(Language.ES);
        campaign.setMaxChats(3);
        campaign.addScheduleEntry(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(18, 0));
        campaign.setMessage(MessageKind.WELCOME, Language.ES, "Bienvenido");
        campaign.setMessage(MessageKind.WELCOME, Language.EN, "Welcome");
        campaign.setMessage(MessageKind.OUT_OF_HOURS, Language.ES, "Fuera de horario");
        campaign.setMessage(MessageKind.UNAVAILABLE, Language.ES, "No disponible");
        campaign.setMessage(MessageKind.UNAVAILABLE, Language.PT, "Indisponível");
    }

    private EntryDecision decide(Instant at, Language language, int waiting) {
        return new Admission(campaign).decide(at, language, waiting);
    }

    @Test
    @DisplayName("MSG-01: open with room in the queue, the customer is admitted with Welcome in its language")
    void admittedWithWelcomeInTheCustomersLanguage() {
        EntryDecision decision = decide(OPEN, Language.EN, 0);

        assertEquals(Outcome.ADMITTED, decision.outcome());
        assertTrue(decision.isAdmitted());
        assertEquals(MessageKind.WELCOME, decision.messageKind());
        assertEquals(Optional.of("Welcome"), decision.text());
        assertFalse(decision.isOfflineMessageAllowed());
        assertEquals(Optional.empty(), decision.nextOpening());
    }

    @Test
    @DisplayName("WID-03: a language without the text falls back to the campaign's default language")
    void welcomeFallsBackToTheDefaultLanguage() {
        EntryDecision decision = decide(OPEN, Language.PT, 0);

        assertEquals(Optional.of("Bienvenido"), decision.text());
        assertEquals(Language.PT, decision.language());
    }

    @Test
    @DisplayName("WID-03: a customer who names no language gets the campaign's default")
    void noLanguageMeansTheDefault() {
        EntryDecision decision = decide(OPEN, null, 0);

        assertEquals(Language.ES, decision.language());
        assertEquals(Optional.of("Bienvenido"), decision.text());
    }

    @Test
    @DisplayName("MSG-02: out of hours, with the fallback text, no offline message when MSG-05 is off, and the next opening")
    void outOfHoursWithoutOfflineMessage() {
        EntryDecision decision = decide(CLOSED, Language.EN, 0);

        assertEquals(Outcome.OUT_OF_HOURS, decision.outcome());
        assertEquals(MessageKind.OUT_OF_HOURS, decision.messageKind());
        assertEquals(Optional.of("Fuera de horario"), decision.text());
        assertFalse(decision.isOfflineMessageAllowed());
        assertEquals(Optional.of(Instant.parse("2025-03-04T12:00:00Z")), decision.nextOpening(), "Tuesday 09:00 local");
    }

    @Test
    @DisplayName("MSG-05: out of hours with the offline message on, the customer may leave a message")
    void outOfHoursWithOfflineMessage() {
        campaign.setOfflineMessageEnabled(true);

        EntryDecision decision = decide(CLOSED, Language.ES, 0);

        assertEquals(Outcome.OUT_OF_HOURS, decision.outcome());
        assertTrue(decision.isOfflineMessageAllowed());
    }

    @Test
    @DisplayName("ADM-06: out of hours wins over a full queue")
    void outOfHoursIsCheckedBeforeTheQueue() {
        assertEquals(Outcome.OUT_OF_HOURS, decide(CLOSED, Language.ES, 99).outcome());
    }

    @Test
    @DisplayName("ADV-04, MSG-03: with Max chats waiting, the next customer sees Unavailable in its language")
    void queueFullShowsUnavailable() {
        EntryDecision decision = decide(OPEN, Language.PT, 3);

        assertEquals(Outcome.QUEUE_FULL, decision.outcome());
        assertFalse(decision.isAdmitted());
        assertEquals(MessageKind.UNAVAILABLE, decision.messageKind());
        assertEquals(Optional.of("Indisponível"), decision.text());
    }

    @Test
    @DisplayName("ADV-04: one under Max chats still gets in")
    void oneUnderMaxChatsIsAdmitted() {
        assertEquals(Outcome.ADMITTED, decide(OPEN, Language.ES, 2).outcome());
    }

    @Test
    @DisplayName("ADV-09: a disabled campaign refuses everyone with Unavailable, before hours and queue")
    void disabledCampaignRefuses() {
        campaign.setEnabled(false);

        for (Instant at : new Instant[] {OPEN, CLOSED}) {
            EntryDecision decision = decide(at, Language.EN, 99);
            assertEquals(Outcome.CAMPAIGN_DISABLED, decision.outcome());
            assertEquals(MessageKind.UNAVAILABLE, decision.messageKind());
            assertEquals(Optional.of("No disponible"), decision.text(), "no EN text: falls back to ES");
            assertFalse(decision.isOfflineMessageAllowed());
        }
    }

    @Test
    @DisplayName("WID-03: no text in the customer's language nor the default leaves the text to the product's bundle")
    void noTextAtAllIsEmpty() {
        campaign.setMessage(MessageKind.WELCOME, Language.ES, null);

        EntryDecision decision = decide(OPEN, Language.PT, 0);

        assertEquals(MessageKind.WELCOME, decision.messageKind());
        assertEquals(Optional.empty(), decision.text());
    }

    @Test
    @DisplayName("ADM-06: a campaign with no schedule is out of hours and never opens")
    void noScheduleIsOutOfHours() {
        Campaign empty = new Campaign("Empty", null);

        EntryDecision decision = new Admission(empty).decide(OPEN, Language.ES, 0);

        assertEquals(Outcome.OUT_OF_HOURS, decision.outcome());
        assertEquals(Optional.empty(), decision.nextOpening());
    }

    @Test
    @DisplayName("ADV-04: Max chats 0 admits only a customer an agent can take at once")
    void maxChatsZeroNeedsAFreeAgent() {
        campaign.setMaxChats(0);
        Admission admission = new Admission(campaign);

        assertEquals(Outcome.QUEUE_FULL, admission.decide(OPEN, Language.ES, 0).outcome());
        assertEquals(Outcome.ADMITTED, admission.decide(OPEN, Language.ES, 0, true).outcome());
    }
}
