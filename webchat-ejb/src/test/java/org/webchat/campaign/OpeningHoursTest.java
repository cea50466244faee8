package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ADM-06: the schedule read in the campaign's time zone. 2025-03-03 is a Monday. */
class OpeningHoursTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final LocalTime MIDNIGHT = LocalTime.MIDNIGHT;

    private static Campaign campaignIn(String zone) {
        Campaign campaign = new Campaign("Sales", null);
        campaign.setTimeZone(zone);
        return campaign;
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    @Nested
    @DisplayName("ADM-06 time zones")
    class TimeZones {

        @Test
        void buenosAiresHoursAreReadInBuenosAiresTimeNotUtc() {
            Campaign buenosAires = campaignIn("America/Argentina/Buenos_Aires"); // UTC-3 all year
            buenosAires.addScheduleEntry(WEEKDAYS, time("09:00"), time("18:00"));
            OpeningHours hours = OpeningHours.of(buenosAires);

            assertFalse(hours.isOpenAt(at("2025-03-03T11:59:59Z")), "08:59:59 in Buenos Aires");
            assertTrue(hours.isOpenAt(at("2025-03-03T12:00:00Z")), "09:00 in Buenos Aires opens");
            assertTrue(hours.isOpenAt(at("2025-03-03T20:59:59Z")), "17:59:59 in Buenos Aires");
            assertFalse(hours.isOpenAt(at("2025-03-03T21:00:00Z")), "18:00 in Buenos Aires closes (to is exclusive)");
        }

        @Test
        void theSameInstantIsOpenInOneZoneAndClosedInAnother() {
            Campaign utc = campaignIn("UTC");
            utc.addScheduleEntry(WEEKDAYS, time("09:00"), time("18:00"));
            Campaign buenosAires = campaignIn("America/Argentina/Buenos_Aires");
            buenosAires.addScheduleEntry(WEEKDAYS, time("09:00"), time("18:00"));
            Instant mondayEightPmUtc = at("2025-03-03T20:00:00Z"); // 17:00 in Buenos Aires

            assertFalse(OpeningHours.of(utc).isOpenAt(mondayEightPmUtc));
            assertTrue(OpeningHours.of(buenosAires).isOpenAt(mondayEightPmUtc));
        }

        @Test
        void theDayOfWeekIsTheCampaignsLocalDayNotTheUtcDay() {
            Campaign buenosAires = campaignIn("America/Argentina/Buenos_Aires");
            buenosAires.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY), time("20:00"), MIDNIGHT);
            OpeningHours hours = OpeningHours.of(buenosAires);

            // Tuesday 01:00 UTC is still Monday 22:00 in Buenos Aires.
            assertTrue(hours.isOpenAt(at("2025-03-04T01:00:00Z")));
            // Tuesday 03:00 UTC is Tuesday 00:00 there: Monday's entry is over.
            assertFalse(hours.isOpenAt(at("2025-03-04T03:00:00Z")));
        }
    }

    @Nested
    @DisplayName("ADM-06 midnight and overnight shifts")
    class Midnight {

        @Test
        void anEntryEndingAtMidnightCoversTheLastInstantOfTheDayButNotTheNextDay() {
            Campaign campaign = campaignIn("UTC");
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY), time("18:00"), MIDNIGHT);
            OpeningHours hours = OpeningHours.of(campaign);

            assertTrue(hours.isOpenAt(at("2025-03-03T23:59:59.999Z")));
            assertFalse(hours.isOpenAt(at("2025-03-04T00:00:00Z")));
        }

        @Test
        void aWholeDayEntryIsMidnightToMidnight() {
            Campaign campaign = campaignIn("UTC");
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY), MIDNIGHT, MIDNIGHT);
            OpeningHours hours = OpeningHours.of(campaign);

            assertTrue(hours.isOpenAt(at("2025-03-03T00:00:00Z")));
            assertTrue(hours.isOpenAt(at("2025-03-03T12:00:00Z")));
            assertTrue(hours.isOpenAt(at("2025-03-03T23:59:59Z")));
            assertFalse(hours.isOpenAt(at("2025-03-02T23:59:59Z")));
            assertFalse(hours.isOpenAt(at("2025-03-04T00:00:00Z")));
        }

        @Test
        void anOvernightShiftWrittenAsTwoEntriesIsOpenAcrossMidnight() {
            Campaign campaign = campaignIn("America/Argentina/Buenos_Aires");
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY), time("22:00"), MIDNIGHT);
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.TUESDAY), MIDNIGHT, time("06:00"));
            OpeningHours hours = OpeningHours.of(campaign);

            assertFalse(hours.isOpenAt(at("2025-03-04T00:59:59Z")), "Monday 21:59:59 local");
            assertTrue(hours.isOpenAt(at("2025-03-04T01:00:00Z")), "Monday 22:00 local");
            assertTrue(hours.isOpenAt(at("2025-03-04T02:59:59Z")), "Monday 23:59:59 local");
            assertTrue(hours.isOpenAt(at("2025-03-04T03:00:00Z")), "Tuesday 00:00 local");
            assertTrue(hours.isOpenAt(at("2025-03-04T08:59:59Z")), "Tuesday 05:59:59 local");
            assertFalse(hours.isOpenAt(at("2025-03-04T09:00:00Z")), "Tuesday 06:00 local");
        }

        @Test
        void aHolidayOnTheSecondDayClosesOnlyTheHalfOfTheShiftOnThatDate() {
            Campaign campaign = campaignIn("UTC");
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY), time("22:00"), MIDNIGHT);
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.TUESDAY), MIDNIGHT, time("06:00"));
            campaign.addClosedDay(LocalDate.parse("2025-03-04"), "Carnival");
            OpeningHours hours = OpeningHours.of(campaign);

            assertTrue(hours.isOpenAt(at("2025-03-03T23:00:00Z")));
            assertFalse(hours.isOpenAt(at("2025-03-04T01:00:00Z")));
        }
    }

    @Nested
    @DisplayName("ADM-06 (reading) date exceptions")
    class DateExceptions {

        private final Campaign campaign = campaignIn("America/Argentina/Buenos_Aires");

        DateExceptions() {
            campaign.addScheduleEntry(WEEKDAYS, time("09:00"), time("18:00"));
        }

        @Test
        void aClosedDayIsClosedAllDayAndTheNextDayFollowsTheWeek() {
            campaign.addClosedDay(LocalDate.parse("2025-03-04"), "Carnival");
            OpeningHours hours = OpeningHours.of(campaign);

            assertTrue(hours.isOpenAt(at("2025-03-03T15:00:00Z")), "Monday noon local");
            assertFalse(hours.isOpenAt(at("2025-03-04T15:00:00Z")), "Tuesday noon local, the holiday");
            assertTrue(hours.isOpenAt(at("2025-03-05T15:00:00Z")), "Wednesday noon local");
        }

        @Test
        void specialHoursReplaceTheWeeklyHoursOfTheirDate() {
            campaign.addSpecialHours(LocalDate.parse("2025-03-04"), time("10:00"), time("14:00"), "Short day");
            OpeningHours hours = OpeningHours.of(campaign);

            assertFalse(hours.isOpenAt(at("2025-03-04T12:30:00Z")), "09:30 local: weekly would be open");
            assertTrue(hours.isOpenAt(at("2025-03-04T13:00:00Z")), "10:00 local");
            assertTrue(hours.isOpenAt(at("2025-03-04T16:59:59Z")), "13:59:59 local");
            assertFalse(hours.isOpenAt(at("2025-03-04T17:00:00Z")), "14:00 local");
            assertFalse(hours.isOpenAt(at("2025-03-04T20:00:00Z")), "17:00 local: weekly would be open");
        }

        @Test
        void specialHoursOpenADayWithoutWeeklyHours() {
            campaign.addSpecialHours(LocalDate.parse("2025-03-08"), time("10:00"), time("14:00"), "Open Saturday");
            OpeningHours hours = OpeningHours.of(campaign);

            assertTrue(hours.isOpenAt(at("2025-03-08T14:00:00Z")), "Saturday 11:00 local");
            assertFalse(hours.isOpenAt(at("2025-03-15T14:00:00Z")), "the next Saturday");
        }

        @Test
        void severalSpecialHoursOnOneDateAllApply() {
            LocalDate date = LocalDate.parse("2025-03-04");
            campaign.addSpecialHours(date, time("09:00"), time("12:00"), "morning");
            campaign.addSpecialHours(date, time("14:00"), time("16:00"), "afternoon");
            OpeningHours hours = OpeningHours.of(campaign);

            assertTrue(hours.isOpenAt(at("2025-03-04T13:00:00Z")), "10:00 local");
            assertFalse(hours.isOpenAt(at("2025-03-04T16:00:00Z")), "13:00 local");
            assertTrue(hours.isOpenAt(at("2025-03-04T18:00:00Z")), "15:00 local");
        }

        @Test
        void aClosedDayWinsOverSpecialHoursOnTheSameDate() {
            LocalDate date = LocalDate.parse("2025-03-04");
            campaign.addSpecialHours(date, time("10:00"), time("14:00"), "Short day");
            campaign.addClosedDay(date, "Closed after all");

            assertFalse(OpeningHours.of(campaign).isOpenAt(at("2025-03-04T14:00:00Z")));
        }

        @Test
        void theExceptionsDateIsTheCampaignsLocalDate() {
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY), time("18:00"), MIDNIGHT);
            campaign.addClosedDay(LocalDate.parse("2025-03-04"), "Carnival");
            OpeningHours hours = OpeningHours.of(campaign);

            // 2025-03-04T02:00Z is already the 4th in UTC but still Monday the 3rd, 23:00, in Buenos Aires.
            assertTrue(hours.isOpenAt(at("2025-03-04T02:00:00Z")));
        }
    }

    @Nested
    @DisplayName("ADM-06 daylight saving time")
    class DaylightSaving {

        @Test
        void opensAtNineLocalTimeBothSidesOfTheChange() {
            Campaign newYork = campaignIn("America/New_York"); // EST -5 until 2025-03-09, then EDT -4
            newYork.addScheduleEntry(WEEKDAYS, time("09:00"), time("17:00"));
            OpeningHours hours = OpeningHours.of(newYork);

            assertFalse(hours.isOpenAt(at("2025-03-07T13:59:59Z")), "Friday, EST");
            assertTrue(hours.isOpenAt(at("2025-03-07T14:00:00Z")), "Friday, EST");
            assertFalse(hours.isOpenAt(at("2025-03-10T12:59:59Z")), "Monday, EDT");
            assertTrue(hours.isOpenAt(at("2025-03-10T13:00:00Z")), "Monday, EDT");
            assertFalse(hours.isOpenAt(at("2025-03-10T21:00:00Z")), "Monday 17:00 EDT");
        }

        @Test
        void anOvernightShiftEndsAtSixLocalTimeOnTheNightTheClocksGoForward() {
            Campaign madrid = campaignIn("Europe/Madrid"); // 2025-03-30 02:00 CET becomes 03:00 CEST
            madrid.addScheduleEntry(EnumSet.of(DayOfWeek.SATURDAY), time("22:00"), MIDNIGHT);
            madrid.addScheduleEntry(EnumSet.of(DayOfWeek.SUNDAY), MIDNIGHT, time("06:00"));
            OpeningHours hours = OpeningHours.of(madrid);

            assertTrue(hours.isOpenAt(at("2025-03-29T21:00:00Z")), "Saturday 22:00 CET");
            assertTrue(hours.isOpenAt(at("2025-03-30T01:00:00Z")), "Sunday 03:00 CEST, right after the jump");
            assertTrue(hours.isOpenAt(at("2025-03-30T03:59:59Z")), "Sunday 05:59:59 CEST");
            assertFalse(hours.isOpenAt(at("2025-03-30T04:00:00Z")), "Sunday 06:00 CEST");
        }

        @Test
        void theRepeatedHourWhenClocksGoBackIsOpenBothTimes() {
            Campaign madrid = campaignIn("Europe/Madrid"); // 2025-10-26 03:00 CEST becomes 02:00 CET
            madrid.addScheduleEntry(EnumSet.of(DayOfWeek.SUNDAY), time("02:00"), time("03:00"));
            OpeningHours hours = OpeningHours.of(madrid);

            assertTrue(hours.isOpenAt(at("2025-10-26T00:30:00Z")), "02:30 CEST");
            assertTrue(hours.isOpenAt(at("2025-10-26T01:30:00Z")), "02:30 CET");
            assertFalse(hours.isOpenAt(at("2025-10-26T02:00:00Z")), "03:00 CET");
        }
    }

    @Nested
    @DisplayName("ADM-06 empty schedule")
    class EmptySchedule {

        @Test
        void aCampaignWithNoEntriesIsClosedAndNeverOpens() {
            OpeningHours hours = OpeningHours.of(campaignIn("UTC"));

            assertFalse(hours.isOpenAt(at("2025-03-03T12:00:00Z")));
            assertEquals(Optional.empty(), hours.nextOpening(at("2025-03-03T12:00:00Z")));
        }

        @Test
        void aCampaignWithOnlySpecialHoursOpensOnlyThen() {
            Campaign campaign = campaignIn("UTC");
            campaign.addSpecialHours(LocalDate.parse("2026-01-10"), time("10:00"), time("12:00"), "one day");
            OpeningHours hours = OpeningHours.of(campaign);

            assertFalse(hours.isOpenAt(at("2025-03-03T12:00:00Z")));
            assertEquals(Optional.of(at("2026-01-10T10:00:00Z")), hours.nextOpening(at("2025-03-03T12:00:00Z")));
            assertEquals(Optional.empty(), hours.nextOpening(at("2026-01-10T12:00:00Z")));
        }
    }

    @Nested
    @DisplayName("ADM-06 next opening")
    class NextOpening {

        private final Campaign campaign = campaignIn("America/Argentina/Buenos_Aires");

        NextOpening() {
            campaign.addScheduleEntry(WEEKDAYS, time("09:00"), time("18:00"));
        }

        @Test
        void whenOpenTheNextOpeningIsNow() {
            Instant mondayNoonLocal = at("2025-03-03T15:00:00Z");
            assertEquals(Optional.of(mondayNoonLocal), OpeningHours.of(campaign).nextOpening(mondayNoonLocal));
        }

        @Test
        void afterFridayClosingTheNextOpeningIsMondayNineLocal() {
            Instant fridayEveningLocal = at("2025-03-07T22:00:00Z"); // 19:00 local
            assertEquals(Optional.of(at("2025-03-10T12:00:00Z")), OpeningHours.of(campaign).nextOpening(fridayEveningLocal));
        }

        @Test
        void earlyMorningTheNextOpeningIsTheSameDay() {
            assertEquals(Optional.of(at("2025-03-04T12:00:00Z")),
                    OpeningHours.of(campaign).nextOpening(at("2025-03-04T09:00:00Z")));
        }

        @Test
        void aHolidaySkipsToTheNextWorkingDay() {
            campaign.addClosedDay(LocalDate.parse("2025-03-10"), "holiday");
            assertEquals(Optional.of(at("2025-03-11T12:00:00Z")),
                    OpeningHours.of(campaign).nextOpening(at("2025-03-07T22:00:00Z")));
        }

        @Test
        void anOpeningInsideTheSpringForwardGapHappensWhenTheGapEnds() {
            Campaign madrid = campaignIn("Europe/Madrid");
            madrid.addScheduleEntry(EnumSet.of(DayOfWeek.SUNDAY), time("02:30"), time("04:00"));
            OpeningHours hours = OpeningHours.of(madrid);

            Instant next = hours.nextOpening(at("2025-03-29T12:00:00Z")).orElseThrow();
            assertEquals(at("2025-03-30T01:00:00Z"), next, "03:00 CEST: 02:30 never happens that day");
            assertTrue(hours.isOpenAt(next));
        }
    }
}
