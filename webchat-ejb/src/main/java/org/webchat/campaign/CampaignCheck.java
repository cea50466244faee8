package org.webchat.campaign;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.webchat.agent.FormCheck;

/**
 * Every rule a campaign form must meet before it is stored (ADM-03..06, MSG, ADV): each problem names its field
 * (as {@link CampaignForm} names it, rows as {@code schedule.2.to}) and a message key of the console's bundles
 * with its arguments, so that the console shows it beside the field in the administrator's language.
 */
public final class CampaignCheck {
    // The rules every administration form shares are FormCheck's; these are the campaign's own.

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern CLOCK = Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");

    private final CampaignForm form;
    private final FormCheck check = new FormCheck();

    private CampaignCheck(CampaignForm form) {
        this.form = form;
    }

    /** What is wrong with the form; empty when it may be stored. */
    public static List<FormCheck.Problem> problems(CampaignForm form) {
        CampaignCheck check = new CampaignCheck(form);
        check.basics();
        check.limits();
        check.texts();
        check.schedule();
        check.exceptions();
        check.domains();
        check.canned();
        return check.check.problems();
    }

    private void add(String field, String key, Object... args) {
        check.add(field, key, args);
    }

    private void basics() {
        check.required("name", form.value("name"), 100);
        oneOf("strategy", Strategy::fromCode);
        oneOf("deliveryOrder", DeliveryOrder::fromCode);
        oneOf("defaultLanguage", code -> Language.valueOf(code.toUpperCase(Locale.ROOT)));
        try {
            ZoneId.of(form.value("timeZone"));
        } catch (DateTimeException e) {
            add("timeZone", "admin.error.timeZone");
        }
        if (!COLOR.matcher(form.value("color")).matches()) {
            add("color", "admin.error.color");
        }
        for (String chosen : List.of("qualityModel", "startBot", "endBot")) {
            String id = form.value(chosen);
            if (!id.isEmpty() && !id.matches("[0-9]{1,18}")) {
                add(chosen, "admin.error.choose");
            }
        }
    }

    /** A value chosen from a list: anything else came from a tampered request. */
    private void oneOf(String field, java.util.function.Function<String, ?> parse) {
        try {
            parse.apply(form.value(field));
        } catch (RuntimeException e) {
            add(field, "admin.error.choose");
        }
    }

    private void limits() {
        whole("serviceLevel", 1, 86_400);
        whole("maxInteractionsPerAgent", 1, 100);
        whole("maxChats", 0, 100_000);
        whole("maxTime", 1, 86_400);
        whole("autoFinish", 1, 86_400);
        whole("maxTransfer", 0, 86_400);
        whole("offerTimeout", 1, 3_600);
        whole("thresholdServiceLevel", 1, 86_400);
        whole("thresholdDropout", 1, 86_400);
        Integer band1 = whole("chatTimeBand1", 1, 86_400);
        Integer band2 = whole("chatTimeBand2", 1, 86_400);
        Integer band3 = whole("chatTimeBand3", 1, 86_400);
        whole("thresholdAcd", 0, 100_000);
        if (band1 != null && band2 != null && band2 < band1) {
            add("chatTimeBand2", "admin.error.bandOrder");
        }
        if (band2 != null && band3 != null && band3 < band2) {
            add("chatTimeBand3", "admin.error.bandOrder");
        }
    }

    private Integer whole(String field, int min, int max) {
        return check.whole(field, form.value(field), min, max);
    }

    private void texts() {
        if (form.flag("phoneRequired") && !form.flag("phoneVisible")) {
            add("phoneRequired", "admin.error.phoneHidden");
        }
        check.email("offlineEmail", form.value("offlineEmail"));
        for (MessageKind kind : MessageKind.values()) {
            for (Language language : Language.values()) {
                String key = CampaignForm.messageKey(kind, language);
                String text = form.getMessages().get(key);
                if (text != null && text.trim().length() > kind.maxLength()) {
                    add("messages." + key, "admin.error.tooLong", kind.maxLength());
                }
            }
        }
    }

    private void schedule() {
        List<CampaignForm.ScheduleRow> rows = form.getSchedule();
        List<Set<DayOfWeek>> days = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CampaignForm.ScheduleRow row = rows.get(i);
            String at = "schedule." + i;
            Set<DayOfWeek> rowDays = EnumSet.noneOf(DayOfWeek.class);
            for (String day : row.getDays()) {
                try {
                    rowDays.add(DayOfWeek.valueOf(day));
                } catch (IllegalArgumentException e) {
                    add(at + ".days", "admin.error.choose");
                }
            }
            if (rowDays.isEmpty()) {
                add(at + ".days", "admin.error.days");
            }
            LocalTime from = clock(at + ".from", row.getFrom());
            LocalTime to = clock(at + ".to", row.getTo());
            int[] span = null;
            if (from != null && to != null) {
                int start = from.toSecondOfDay();
                int end = to.equals(LocalTime.MIDNIGHT) ? 86_400 : to.toSecondOfDay();
                if (start >= end) {
                    add(at + ".to", "admin.error.endBeforeStart");
                } else {
                    span = new int[] {start, end};
                }
            }
            if (span != null && !rowDays.isEmpty()) {
                for (int j = 0; j < spans.size(); j++) {
                    int[] other = spans.get(j);
                    boolean sameDay = other != null && days.get(j).stream().anyMatch(rowDays::contains);
                    if (sameDay && span[0] < other[1] && other[0] < span[1]) {
                        add(at + ".from", "admin.error.overlap", j + 1);
                        span = null;
                        break;
                    }
                }
            }
            days.add(rowDays);
            spans.add(span);
        }
    }

    private LocalTime clock(String field, String text) {
        String value = text == null ? "" : text.trim();
        if (!CLOCK.matcher(value).matches()) {
            add(field, value.isEmpty() ? "admin.error.required" : "admin.error.time");
            return null;
        }
        return CampaignForm.time(value);
    }

    private void exceptions() {
        Set<LocalDate> seen = new HashSet<>();
        List<CampaignForm.ExceptionRow> rows = form.getExceptions();
        for (int i = 0; i < rows.size(); i++) {
            CampaignForm.ExceptionRow row = rows.get(i);
            String at = "exceptions." + i;
            try {
                LocalDate date = LocalDate.parse(row.getDate() == null ? "" : row.getDate().trim());
                if (!seen.add(date)) {
                    add(at + ".date", "admin.error.dateTwice");
                }
            } catch (DateTimeParseException e) {
                add(at + ".date", "admin.error.date");
            }
            if (!row.isClosed()) {
                LocalTime from = clock(at + ".from", row.getFrom());
                LocalTime to = clock(at + ".to", row.getTo());
                if (from != null && to != null && !from.isBefore(to)) {
                    add(at + ".to", "admin.error.endBeforeStart");
                }
            }
            if (row.getDescription() != null && row.getDescription().length() > 200) {
                add(at + ".description", "admin.error.tooLong", 200);
            }
        }
    }

    private void domains() {
        Set<String> seen = new HashSet<>();
        List<CampaignForm.DomainRow> rows = form.getDomains();
        for (int i = 0; i < rows.size(); i++) {
            String origin = rows.get(i).getOrigin() == null ? "" : rows.get(i).getOrigin().trim().toLowerCase(Locale.ROOT);
            if (!AllowedOrigins.isSource(origin) || origin.length() > 253) {
                add("domains." + i, "admin.error.domain");
            } else if (!seen.add(origin)) {
                add("domains." + i, "admin.error.twice");
            }
        }
    }

    private void canned() {
        Set<String> seen = new HashSet<>();
        List<CampaignForm.CannedRow> rows = form.getCanned();
        for (int i = 0; i < rows.size(); i++) {
            CampaignForm.CannedRow row = rows.get(i);
            String at = "canned." + i;
            String shortcut = FormCheck.trim(row.getShortcut());
            if (shortcut.isEmpty()) {
                add(at + ".shortcut", "admin.error.required");
            } else if (shortcut.length() > 32 || shortcut.contains(" ")) {
                add(at + ".shortcut", "admin.error.shortcut", 32);
            } else if (!seen.add(shortcut.toLowerCase(Locale.ROOT) + "|" + FormCheck.trim(row.getLanguage()))) {
                add(at + ".shortcut", "admin.error.twice");
            }
            check.required(at + ".title", row.getTitle(), 100);
            check.required(at + ".text", row.getText(), 2000);
            String language = FormCheck.trim(row.getLanguage());
            if (!language.isEmpty() && !language.matches("es|en|pt")) {
                add(at + ".language", "admin.error.choose");
            }
        }
    }


}
