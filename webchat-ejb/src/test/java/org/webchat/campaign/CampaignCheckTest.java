package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webchat.agent.FormCheck;

/** The rules a campaign form meets before it is stored (issue 6: ADM-03..06, MSG, ADV). */
class CampaignCheckTest {

    private static CampaignForm named(String name) {
        CampaignForm form = CampaignForm.blank();
        form.getValues().put("name", name);
        return form;
    }

    private static List<String> problems(CampaignForm form) {
        return CampaignCheck.problems(form).stream().map(p -> p.field() + " " + p.key()).toList();
    }

    @Test
    void aNewCampaignWithItsNameAndEveryDefaultIsAccepted() {
        assertEquals(List.of(), problems(named("Sales")));
    }

    @Test
    void theNameIsRequired() {
        assertEquals(List.of("name admin.error.required"), problems(named("  ")));
    }

    @Test
    void negativeLimitsAndWordsWhereNumbersGoAreRefusedWithTheirRange() {
        CampaignForm form = named("Sales");
        form.getValues().put("maxChats", "-1");
        form.getValues().put("maxTime", "ten");
        List<FormCheck.Problem> found = CampaignCheck.problems(form);
        assertEquals(List.of("maxChats admin.error.range", "maxTime admin.error.number"), problems(form));
        assertEquals(List.of("0", "100000"), found.get(0).args(), "ADV-04: the range the administrator may use");
    }

    @Test
    void aColourIsWrittenAsHashAndSixHexDigits() {
        CampaignForm form = named("Sales");
        form.getValues().put("color", "blue");
        assertEquals(List.of("color admin.error.color"), problems(form));
    }

    @Test
    void theChatTimeBandsMustNotDecrease() {
        CampaignForm form = named("Sales");
        form.getValues().put("chatTimeBand2", "60");
        assertEquals(List.of("chatTimeBand2 admin.error.bandOrder"), problems(form), "ADV-03: green, yellow, red in order");
    }

    @Test
    void overlappingScheduleRowsOnACommonDayAreRefusedAtTheLaterRow() {
        CampaignForm form = named("Sales");
        form.getSchedule().add(new CampaignForm.ScheduleRow(new ArrayList<>(List.of("FRIDAY", "SATURDAY")), "17:00", "20:00"));
        assertEquals(List.of("schedule.1.from admin.error.overlap"), problems(form), "ADM-06: Friday 09-18 and 17-20");
        form.getSchedule().get(1).setFrom("18:00");
        assertEquals(List.of(), problems(form), "back to back is not an overlap");
    }

    @Test
    void aRowEndingAtMidnightRunsToTheEndOfTheDayAndAnEndBeforeTheStartIsRefused() {
        CampaignForm form = named("Sales");
        form.getSchedule().add(new CampaignForm.ScheduleRow(new ArrayList<>(List.of("SUNDAY")), "20:00", "00:00"));
        form.getSchedule().add(new CampaignForm.ScheduleRow(new ArrayList<>(List.of("SATURDAY")), "12:00", "08:00"));
        form.getSchedule().add(new CampaignForm.ScheduleRow(new ArrayList<>(), "25:00", "09:00"));
        assertEquals(List.of("schedule.2.to admin.error.endBeforeStart", "schedule.3.days admin.error.days",
                "schedule.3.from admin.error.time"), problems(form));
    }

    @Test
    void aDateExceptionNeedsAValidDateOnceAndItsHoursWhenOpen() {
        CampaignForm form = named("Sales");
        form.getExceptions().add(new CampaignForm.ExceptionRow("2026-12-25", true, "", "", "Christmas"));
        form.getExceptions().add(new CampaignForm.ExceptionRow("2026-12-25", true, "", "", "again"));
        form.getExceptions().add(new CampaignForm.ExceptionRow("24/12/2026", false, "10:00", "09:00", ""));
        assertEquals(List.of("exceptions.1.date admin.error.dateTwice", "exceptions.2.date admin.error.date",
                "exceptions.2.to admin.error.endBeforeStart"), problems(form));
    }

    @Test
    void eachAllowedDomainIsAnOriginWithoutAPathAndListedOnce() {
        CampaignForm form = named("Sales");
        form.getDomains().add(new CampaignForm.DomainRow("https://shop.example.com"));
        form.getDomains().add(new CampaignForm.DomainRow("*.example.com"));
        form.getDomains().add(new CampaignForm.DomainRow("https://shop.example.com/cart"));
        form.getDomains().add(new CampaignForm.DomainRow("not a domain"));
        form.getDomains().add(new CampaignForm.DomainRow("HTTPS://shop.example.com"));
        assertEquals(List.of("domains.2 admin.error.domain", "domains.3 admin.error.domain", "domains.4 admin.error.twice"),
                problems(form), "ADV-15");
    }

    @Test
    void cannedResponsesNeedAShortcutATitleAndATextAndAShortcutIsUniquePerLanguage() {
        CampaignForm form = named("Sales");
        form.getCanned().add(new CampaignForm.CannedRow("/hi", "Greeting", "Hello!", "en"));
        form.getCanned().add(new CampaignForm.CannedRow("/hi", "Saludo", "¡Hola!", "es"));
        form.getCanned().add(new CampaignForm.CannedRow("/HI", "Again", "Hello again", "en"));
        form.getCanned().add(new CampaignForm.CannedRow("", "", "", "fr"));
        assertEquals(List.of("canned.2.shortcut admin.error.twice", "canned.3.shortcut admin.error.required",
                "canned.3.title admin.error.required", "canned.3.text admin.error.required",
                "canned.3.language admin.error.choose"), problems(form), "MSG-07");
    }

    @Test
    void aRequiredPhoneFieldMustBeVisibleAndTheOfflineAddressMustBeAnEmail() {
        CampaignForm form = named("Sales");
        form.getFlags().put("phoneVisible", false);
        form.getFlags().put("phoneRequired", true);
        form.getValues().put("offlineEmail", "sales-at-example");
        assertEquals(List.of("phoneRequired admin.error.phoneHidden", "offlineEmail admin.error.email"), problems(form));
    }

    @Test
    void thePhoneFieldsLabelHasAtMostSixtyCharactersInEachLanguage() {
        CampaignForm form = named("Sales");
        form.getMessages().put(CampaignForm.messageKey(MessageKind.PHONE_LABEL, Language.ES), "x".repeat(61));
        form.getMessages().put(CampaignForm.messageKey(MessageKind.PHONE_LABEL, Language.EN), "ID document");
        form.getMessages().put(CampaignForm.messageKey(MessageKind.WELCOME, Language.EN), "x".repeat(61));
        assertEquals(List.of("messages.PHONE_LABEL.es admin.error.tooLong"), problems(form), "ADV-14");
    }

    @Test
    void aValidFormIsWrittenIntoTheCampaignAndReadBackTheSame() {
        CampaignForm form = named("Sales");
        form.getValues().put("strategy", "ringall");
        form.getValues().put("maxChats", "7");
        form.getValues().put("color", "#AA3300");
        form.getMessages().put(CampaignForm.messageKey(MessageKind.WELCOME, Language.PT), "Olá!");
        form.getDomains().add(new CampaignForm.DomainRow("https://shop.example.com"));
        form.getCanned().add(new CampaignForm.CannedRow("/hi", "Greeting", "Hello!", "en"));
        form.getExceptions().add(new CampaignForm.ExceptionRow("2026-12-24", false, "09:00", "13:00", "Christmas Eve"));
        assertEquals(List.of(), problems(form));
        Campaign campaign = new Campaign("x", null);
        form.applyTo(campaign, null, () -> { });

        assertEquals(Strategy.RINGALL, campaign.getStrategy());
        assertEquals(7, campaign.getMaxChats());
        assertEquals("#aa3300", campaign.getColor());
        assertEquals("Olá!", campaign.messageWrittenIn(MessageKind.WELCOME, Language.PT).orElseThrow());
        assertEquals(LocalTime.of(9, 0), campaign.getScheduleEntries().get(0).getFromTime());
        assertTrue(campaign.getAllowedDomains().contains("https://shop.example.com"));
        CampaignForm again = CampaignForm.of(campaign);
        assertEquals("ringall", again.getValues().get("strategy"));
        assertEquals("Christmas Eve", again.getExceptions().get(0).getDescription());
        assertEquals("/hi", again.getCanned().get(0).getShortcut());
        assertEquals(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), again.getSchedule().get(0).getDays());
    }
}
