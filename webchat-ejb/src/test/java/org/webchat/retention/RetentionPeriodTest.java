package org.webchat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.webchat.agent.FormRefused;

class RetentionPeriodTest {

    @Test
    void emptyOrZeroKeepsForever() throws FormRefused {
        assertEquals(Optional.empty(), RetentionPeriod.parse(""));
        assertEquals(Optional.empty(), RetentionPeriod.parse("  "));
        assertEquals(Optional.empty(), RetentionPeriod.parse(null));
        assertEquals(Optional.empty(), RetentionPeriod.parse("0"));
    }

    @Test
    void daysFromOneToAHundredYears() throws FormRefused {
        assertEquals(Optional.of(1), RetentionPeriod.parse("1"));
        assertEquals(Optional.of(365), RetentionPeriod.parse(" 365 "));
        assertEquals(Optional.of(RetentionPeriod.MAX_DAYS), RetentionPeriod.parse("36500"));
    }

    @Test
    void anythingElseIsRefusedOnTheDaysField() {
        for (String bad : new String[] {"-1", "36501", "abc", "1.5", "9999999999"}) {
            FormRefused refused = assertThrows(FormRefused.class, () -> RetentionPeriod.parse(bad), bad);
            assertEquals("days", refused.problems().get(0).field(), bad);
        }
        assertEquals("admin.error.range", assertThrows(FormRefused.class, () -> RetentionPeriod.parse("40000"))
                .problems().get(0).key());
        assertEquals("admin.error.number", assertThrows(FormRefused.class, () -> RetentionPeriod.parse("ten"))
                .problems().get(0).key());
    }

    @Test
    void theCutoffIsThePeriodBeforeNow() {
        assertEquals(Instant.parse("2026-10-31T12:00:00Z"), RetentionPeriod.cutoff(Instant.parse("2026-11-30T12:00:00Z"), 30));
    }

    @Test
    void anErasureKeepsTheEmailMasked() {
        assertEquals("a***@example.com", RetentionRecord.mask("ana.perez@example.com"));
        assertEquals("***", RetentionRecord.mask("nobody"));
    }
}
