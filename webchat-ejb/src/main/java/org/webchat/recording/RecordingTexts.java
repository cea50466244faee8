package org.webchat.recording;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What Recordings writes the same way on the page and in its PDFs (REC-01..03): times in the user's zone, waits and
 * durations, how a conversation ended, and the reports' labels, from the bundle {@code org.webchat.recording.texts}
 * (es, en, pt).
 */
public final class RecordingTexts {

    public static final String BUNDLE = "org.webchat.recording.texts";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Locale locale;
    private final ResourceBundle bundle;

    public RecordingTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The text of {@code key} with its arguments put in. */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** How the conversation ended, or that it is a message left out of hours (MSG-05); empty while it goes on. */
    public String endReason(RecordingRow row) {
        return row.endReason() != null ? text("endReason." + row.endReason().name())
                : row.offline() ? text("offline") : "";
    }

    /** An instant in {@code zone}; empty when there is none. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** A wait or a duration as h:mm:ss (m:ss under an hour); empty when there is none. */
    public static String length(Optional<Duration> duration) {
        return duration.map(d -> {
            long seconds = Math.max(0, d.getSeconds());
            long hours = seconds / 3600;
            return hours > 0 ? String.format("%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                    : String.format("%d:%02d", seconds / 60, seconds % 60);
        }).orElse("");
    }
}
