package org.webchat.recording;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.webchat.interaction.EndReason;

/**
 * One conversation in the results of a search of recordings (REC-01): where and with whom, its times, how it ended,
 * whether it is an offline message and was read (REC-06), the customer's rating and the supervisors' grades (REC-05).
 *
 * @param started when an agent first took it; null when none did (an offline message, an abandoned chat)
 * @param rating  the customer's rating, null when it gave none
 * @param grades  how many supervisors graded it
 * @param average the supervisors' average score (0..100), null when none graded it
 * @param phone   the customer's phone, null when it gave none
 * @param comment the customer's comment with its rating, null when none
 */
public record RecordingRow(long id, String campaign, String agent, String customer, String email, Instant created,
                           Instant queued, Instant started, Instant ended, EndReason endReason, boolean offline,
                           boolean seen, Integer rating, long grades, BigDecimal average, String phone,
                           String comment) implements Serializable {

    /** The supervisors' grades of one conversation. */
    record Grades(long count, BigDecimal average) {
        static final Grades NONE = new Grades(0, null);

        static Grades of(Number count, Number average) {
            return new Grades(count.longValue(), average == null ? null
                    : BigDecimal.valueOf(average.doubleValue()).setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** A row of {@link RecordingQuery#page}'s columns, with the grades found for it. */
    static RecordingRow of(Object[] columns, Map<Long, Grades> grades) {
        long id = ((Number) columns[0]).longValue();
        Grades graded = grades.getOrDefault(id, Grades.NONE);
        return new RecordingRow(id, (String) columns[1], (String) columns[2], (String) columns[3], (String) columns[4],
                (Instant) columns[5], (Instant) columns[6], (Instant) columns[7], (Instant) columns[8],
                (EndReason) columns[9], (Boolean) columns[10], (Boolean) columns[11],
                columns[12] == null ? null : ((Number) columns[12]).intValue(), graded.count(), graded.average(),
                (String) columns[13], (String) columns[14]);
    }

    /**
     * How long the customer waited: until an agent first took the chat, or until it ended untaken (abandoned, sent
     * away); empty for an offline message and a chat still waiting.
     */
    public Optional<Duration> waited() {
        Instant until = started != null ? started : offline ? null : ended;
        return until == null ? Optional.empty() : Optional.of(Duration.between(created, until));
    }

    /** How long the conversation with the agent lasted, from its first taking to its end; empty until both. */
    public Optional<Duration> duration() {
        return started == null || ended == null ? Optional.empty() : Optional.of(Duration.between(started, ended));
    }

    public boolean isGraded() {
        return grades > 0;
    }
}
