package org.webchat.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webchat.campaign.Language;

class OfflineMailTest {

    private static final Instant LEFT = Instant.parse("2026-03-12T22:15:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void theMailHoldsNameEmailPhoneAndTheMessageInTheCampaignsLanguage() {
        OfflineMail mail = OfflineMail.of("sales@acme.example", "Ventas", Language.ES,
                new Customer("Dora Díaz", "dora@mail.example", "+34 600 000 000", null), LEFT,
                List.of("Hola,", "¿me llaman mañana?"), MADRID);
        assertEquals("sales@acme.example", mail.to());
        assertEquals("dora@mail.example", mail.replyTo());
        assertEquals("Mensaje offline de Dora Díaz (Ventas)", mail.subject());
        assertTrue(mail.body().contains("2026-03-12 23:15:00"), "in the campaign's zone: " + mail.body());
        assertTrue(mail.body().contains("Nombre: Dora Díaz\nCorreo: dora@mail.example\nTeléfono: +34 600 000 000\n"),
                mail.body());
        assertTrue(mail.body().endsWith("Mensaje:\nHola,\n¿me llaman mañana?\n"), mail.body());
    }

    @Test
    void whatTheCustomerDidNotGiveIsSaidSo() {
        OfflineMail mail = OfflineMail.of("sales@acme.example", "Sales", Language.EN,
                new Customer("Ann", null, null, null), LEFT, List.of("Call me"), MADRID);
        assertNull(mail.replyTo());
        assertTrue(mail.body().contains("E-mail: (not given)\nPhone: (not given)\n"), mail.body());
    }

    @Test
    void noLineBreakACustomerTypesReachesAHeader() {
        OfflineMail mail = OfflineMail.of("sales@acme.example\r\nBcc: x@evil.example", "Sales\nX-Injected: 1",
                Language.EN, new Customer("Eve\r\nBcc: victim@evil.example", null, null, null), LEFT,
                List.of("<b>not markup</b>"), MADRID);
        assertFalse(mail.subject().contains("\n") || mail.subject().contains("\r"), mail.subject());
        assertTrue(mail.subject().endsWith("(Sales X-Injected: 1)"), mail.subject());
        assertFalse(mail.to().contains("\n"), mail.to());
        assertTrue(mail.body().contains("<b>not markup</b>"), "the body is plain text, as typed");
    }

    @Test
    void aFailingMailServerIsTriedAgainWaitingLongerEachTimeUpToAnHour() {
        Duration first = Duration.ofSeconds(60);
        assertEquals(Duration.ofSeconds(60), OfflineMail.retryDelay(1, first));
        assertEquals(Duration.ofSeconds(120), OfflineMail.retryDelay(2, first));
        assertEquals(Duration.ofSeconds(480), OfflineMail.retryDelay(4, first));
        assertEquals(Duration.ofHours(1), OfflineMail.retryDelay(7, first));
        assertEquals(Duration.ofHours(1), OfflineMail.retryDelay(OfflineMail.MAX_ATTEMPTS, first));
    }
}
