package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WeekDaysTest {

    @Test
    void daysAreStoredAsAbbreviationsInWeekOrder() {
        assertEquals("MON,WED,SUN", WeekDays.format(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)));
        assertEquals("MON,TUE,WED,THU,FRI,SAT,SUN", WeekDays.format(EnumSet.allOf(DayOfWeek.class)));
    }

    @Test
    void storedDaysReadBackToTheSameDays() {
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), WeekDays.parse("TUE,SAT"));
    }

    @Test
    void noDaysOrAnUnknownDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WeekDays.format(EnumSet.noneOf(DayOfWeek.class)));
        assertThrows(IllegalArgumentException.class, () -> WeekDays.parse("MON,XYZ"));
    }
}
