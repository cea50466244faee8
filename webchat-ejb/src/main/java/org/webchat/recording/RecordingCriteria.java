package org.webchat.recording;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checked search of recordings (REC-01): what {@link RecordingFilter#criteria()} accepted. Every part is optional
 * (null or empty: no condition); texts are trimmed and in lower case.
 *
 * @param from          the first instant a conversation may have begun (its start date's midnight in {@code zone})
 * @param until         the instant from which conversations are too late (the day after the end date, exclusive)
 * @param zone          the user's time zone, which dates and shown times are read in
 * @param emailPart     a part of the customer's e-mail
 * @param campaigns     the campaigns, any of them (within the user's group either way)
 * @param agents        the agents, any of them
 * @param offlineOnly   only messages left out of hours (MSG-05)
 * @param seen          REC-06: only the offline messages read (true) or not read yet (false)
 * @param customerPart  a part of the customer's name
 * @param rating        the customer's rating, 1 to 5
 * @param graded        only those a supervisor graded (true) or that none graded (false; REC-04)
 */
public record RecordingCriteria(Instant from, Instant until, ZoneId zone, String emailPart, Set<Long> campaigns,
                                Set<Long> agents, boolean offlineOnly, Boolean seen, String customerPart,
                                Integer rating, Boolean graded) {

    /** The zone of a user whose browser did not say its own: named UTC, as the page shows it. */
    public static final ZoneId UTC = ZoneId.of("UTC");

    public RecordingCriteria {
        Objects.requireNonNull(zone, "zone");
        campaigns = Set.copyOf(campaigns);
        agents = Set.copyOf(agents);
    }

    /** The criteria as text, which {@link #read} reads back: what an export's job keeps of its search (REC-02). */
    public String write() {
        Properties p = new Properties();
        p.setProperty("zone", zone.getId());
        put(p, "from", from);
        put(p, "until", until);
        put(p, "email", emailPart);
        put(p, "customer", customerPart);
        put(p, "rating", rating);
        put(p, "graded", graded);
        put(p, "seen", seen);
        p.setProperty("offlineOnly", String.valueOf(offlineOnly));
        p.setProperty("campaigns", ids(campaigns));
        p.setProperty("agents", ids(agents));
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    /** Criteria {@link #write} wrote. */
    public static RecordingCriteria read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new RecordingCriteria(instant(p, "from"), instant(p, "until"), ZoneId.of(p.getProperty("zone")),
                p.getProperty("email"), ids(p.getProperty("campaigns")), ids(p.getProperty("agents")),
                Boolean.parseBoolean(p.getProperty("offlineOnly")), bool(p, "seen"), p.getProperty("customer"),
                p.getProperty("rating") == null ? null : Integer.valueOf(p.getProperty("rating")), bool(p, "graded"));
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> ids(String text) {
        return text == null || text.isEmpty() ? Set.of()
                : Arrays.stream(text.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }

    private static Instant instant(Properties p, String key) {
        return p.getProperty(key) == null ? null : Instant.parse(p.getProperty(key));
    }

    private static Boolean bool(Properties p, String key) {
        return p.getProperty(key) == null ? null : Boolean.valueOf(p.getProperty(key));
    }

    /** Every conversation of the user's group, times shown in {@code zone}. */
    public static RecordingCriteria all(ZoneId zone) {
        return new RecordingCriteria(null, null, zone, null, Set.of(), Set.of(), false, null, null, null, null);
    }
}
