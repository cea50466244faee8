package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;

class CampaignTest {

    private final Campaign campaign = new Campaign("Sales", new SecurityGroup("Group", null));

    @Test
    void aNewCampaignHasTheProductDefaults() {
        assertEquals(Strategy.NOCALL, campaign.getStrategy());
        assertEquals(DeliveryOrder.RRMEMORY, campaign.getDeliveryOrder());
        assertEquals(20, campaign.getServiceLevelSeconds());
        assertEquals("UTC", campaign.getTimeZone());
        assertEquals(Language.ES, campaign.getDefaultLanguage());
        assertEquals(3, campaign.getMaxInteractionsPerAgent());
        assertEquals(50, campaign.getMaxChats());
        assertEquals(300, campaign.getMaxTimeSeconds());
        assertEquals("#1f6feb", campaign.getColor());
        assertEquals(120, campaign.getAutoFinishSeconds());
        assertEquals(60, campaign.getMaxTransferSeconds());
        assertTrue(campaign.isShowAgentName());
        assertTrue(campaign.isEnabled());
        assertTrue(campaign.isFeedbackEnabled());
        assertFalse(campaign.isEmailRequired());
        assertFalse(campaign.isOfflineMessageEnabled());
        assertTrue(campaign.getCreatedAt() != null);
    }

    @Test
    void aNewCampaignHasTheDefaultThresholdsAndPhoneField() {
        Thresholds thresholds = campaign.getThresholds();
        assertEquals(120, thresholds.getChatTimeBand1Seconds());
        assertEquals(300, thresholds.getChatTimeBand2Seconds());
        assertEquals(600, thresholds.getChatTimeBand3Seconds());
        assertEquals(10, thresholds.getAcd());
        assertEquals(60, thresholds.getDropoutSeconds());
        assertEquals(20, thresholds.getServiceLevelSeconds());

        PhoneField phone = campaign.getPhoneField();
        assertEquals(Optional.empty(), campaign.message(MessageKind.PHONE_LABEL, Language.ES),
                "ADV-14: no label of its own, the widget says Phone in the customer's language");
        assertTrue(phone.isVisible());
        assertFalse(phone.isRequired());
    }

    @Test
    void strategyCodesAreTheSpecsLowerCaseNames() {
        assertEquals("nocall", campaign.getStrategy().code());
        assertEquals(Strategy.RINGALLMULTIPLE, Strategy.fromCode("ringallmultiple"));
        assertEquals("wrandom", DeliveryOrder.WRANDOM.code());
    }

    @Test
    void aMessageIsFoundInTheLanguageItWasWrittenIn() {
        campaign.setMessage(MessageKind.WELCOME, Language.ES, "Hola");
        campaign.setMessage(MessageKind.WELCOME, Language.EN, "Hello");

        assertEquals(Optional.of("Hola"), campaign.message(MessageKind.WELCOME, Language.ES));
        assertEquals(Optional.of("Hello"), campaign.message(MessageKind.WELCOME, Language.EN));
    }

    @Test
    void thePhoneFieldsLabelIsWrittenPerLanguageAndHasAtMostSixtyCharacters() {
        // Issue 11, point 14: one text showed "Phone (opcional)" to Spanish customers.
        campaign.setMessage(MessageKind.PHONE_LABEL, Language.ES, "DNI");
        campaign.setMessage(MessageKind.PHONE_LABEL, Language.EN, "ID document");
        assertEquals(Optional.of("DNI"), campaign.message(MessageKind.PHONE_LABEL, Language.ES));
        assertEquals(Optional.of("ID document"), campaign.message(MessageKind.PHONE_LABEL, Language.EN));
        assertThrows(IllegalArgumentException.class,
                () -> campaign.setMessage(MessageKind.PHONE_LABEL, Language.PT, "x".repeat(61)), "ADV-14: a label, not a text");
        campaign.setMessage(MessageKind.WELCOME, Language.PT, "x".repeat(61));
    }

    @Test
    void aMessageMissingInALanguageFallsBackToTheDefaultLanguage() {
        campaign.setMessage(MessageKind.OUT_OF_HOURS, Language.ES, "Cerrado");

        assertEquals(Optional.of("Cerrado"), campaign.message(MessageKind.OUT_OF_HOURS, Language.PT));
        assertEquals(Optional.empty(), campaign.messageWrittenIn(MessageKind.OUT_OF_HOURS, Language.PT));
    }

    @Test
    void aMessageWrittenInNoUsableLanguageIsAbsent() {
        campaign.setMessage(MessageKind.COMMENTS, Language.EN, "Thanks");

        assertEquals(Optional.empty(), campaign.message(MessageKind.COMMENTS, Language.PT));
        assertEquals(Optional.empty(), campaign.message(MessageKind.WELCOME, Language.EN));
    }

    @Test
    void rewritingAMessageReplacesItsTextAndABlankTextRemovesIt() {
        campaign.setMessage(MessageKind.UNAVAILABLE, Language.EN, "Busy");
        campaign.setMessage(MessageKind.UNAVAILABLE, Language.EN, "All agents are busy");
        assertEquals(Optional.of("All agents are busy"), campaign.message(MessageKind.UNAVAILABLE, Language.EN));
        assertEquals(1, campaign.getMessages().size());

        campaign.setMessage(MessageKind.UNAVAILABLE, Language.EN, "  ");
        assertEquals(Optional.empty(), campaign.message(MessageKind.UNAVAILABLE, Language.EN));
        assertTrue(campaign.getMessages().isEmpty());
    }

    @Test
    void addingAMemberTwiceChangesItsPenalty() {
        User agent = new User("bob", "Bob", "hash", Set.of(Role.AGENT));

        campaign.addMember(agent, 10);
        campaign.addMember(agent, 80);

        assertEquals(1, campaign.getMembers().size());
        assertEquals(80, campaign.getMembers().get(0).getPenalty());
        assertTrue(campaign.isMember(agent));
        assertThrows(IllegalArgumentException.class, () -> campaign.addMember(agent, 101));
    }

    @Test
    void aScheduleEntryEndingAtMidnightCoversTheRestOfTheDay() {
        ScheduleEntry wholeDay = campaign.addScheduleEntry(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertTrue(wholeDay.covers(DayOfWeek.FRIDAY, LocalTime.MIDNIGHT));
        assertTrue(wholeDay.covers(DayOfWeek.FRIDAY, LocalTime.of(23, 59, 59)));
        assertFalse(wholeDay.covers(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT));
        ScheduleEntry evening = campaign.addScheduleEntry(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.MIDNIGHT);
        assertFalse(evening.covers(DayOfWeek.FRIDAY, LocalTime.of(19, 59)));
        assertTrue(evening.covers(DayOfWeek.FRIDAY, LocalTime.of(23, 30)));
    }

    @Test
    void aScheduleEntryCoversItsDaysFromItsStartUntilBeforeItsEnd() {
        ScheduleEntry entry = campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                LocalTime.of(9, 0), LocalTime.of(18, 0));

        assertTrue(entry.covers(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        assertFalse(entry.covers(DayOfWeek.MONDAY, LocalTime.of(18, 0)));
        assertFalse(entry.covers(DayOfWeek.SUNDAY, LocalTime.of(12, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(9, 0)));
    }

    @Test
    void allowedDomainsAreKeptInLowerCase() {
        campaign.addAllowedDomain(" Example.COM ");

        assertEquals(Set.of("example.com"), campaign.getAllowedDomains());
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        assertThrows(Exception.class, () -> campaign.setTimeZone("Mars/Olympus"));
        campaign.setTimeZone("Europe/Madrid");
        assertEquals("Europe/Madrid", campaign.zoneId().getId());
    }
}
