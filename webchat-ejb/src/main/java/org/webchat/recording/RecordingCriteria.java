package org.webchat.recording;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

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

    /** Every conversation of the user's group, times shown in {@code zone}. */
    public static RecordingCriteria all(ZoneId zone) {
        return new RecordingCriteria(null, null, zone, null, Set.of(), Set.of(), false, null, null, null, null);
    }
}
