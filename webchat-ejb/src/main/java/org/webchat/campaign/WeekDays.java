package org.webchat.campaign;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The stored form of the days of a schedule entry: three-letter English abbreviations in week
 * order, separated by commas, as in "MON,TUE,WED" (column campaign_schedule_entry.days).
 */
public final class WeekDays {

    private WeekDays() {
    }

    public static String format(Set<DayOfWeek> days) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a schedule entry needs at least one day");
        }
        StringJoiner joined = new StringJoiner(",");
        for (DayOfWeek day : EnumSet.copyOf(days)) {
            joined.add(day.name().substring(0, 3));
        }
        return joined.toString();
    }

    public static Set<DayOfWeek> parse(String stored) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (stored == null || stored.isBlank()) {
            return days;
        }
        for (String part : stored.split(",")) {
            String abbreviation = part.trim().toUpperCase(Locale.ROOT);
            DayOfWeek found = null;
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(abbreviation) && abbreviation.length() == 3) {
                    found = day;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("not a day of the week: '" + part + "' in '" + stored + "'");
            }
            days.add(found);
        }
        return days;
    }
}
