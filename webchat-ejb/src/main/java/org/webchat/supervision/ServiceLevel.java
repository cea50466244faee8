package org.webchat.supervision;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Interaction;

/**
 * The service level of a campaign over a period (ADM-05, spec section 6, SUP-16), from the
 * {@link InteractionFacts} of the interactions the caller chose for the period (for example, those
 * queued in it).
 *
 * <ul>
 * <li>Service level % = answered within SL / answered x 100.</li>
 * <li>Service level with abandoned % = (answered within SL + abandoned within SL) / (answered +
 *     abandoned) x 100.</li>
 * </ul>
 * "Within SL" means a wait (queue to answer, or queue to abandon) of at most the service level: an
 * interaction answered after exactly 20 s meets a service level of 20 s; ADM-05 lowers the figure
 * only for one that "waited longer". Interactions still waiting, and those the center turned away (missed, see
 * {@link InteractionFacts#of(Interaction)}), count in neither formula.
 *
 * <p>Figures of several periods or campaigns add up ({@link #plus}): each interaction was judged against its own
 * campaign's service level, so the sum's percentages are those of all the interactions together.
 *
 * <p><b>No interaction gives an empty figure, not 100%.</b> With nothing answered (or nothing
 * answered nor abandoned, for the second formula) the quotient is undefined; 100% would show a
 * perfect green figure for a campaign nobody reached (or whose customers all gave up, for the first
 * formula), and would weigh as a real 100% when periods are compared. The dashboard shows a dash.
 */
public final class ServiceLevel {

    private final Duration serviceLevel;
    private final int answered;
    private final int answeredWithin;
    private final int abandoned;
    private final int abandonedWithin;
    private final int missed;
    private final int waiting;
    private final Duration totalWait;
    private final int chatsEnded;
    private final Duration totalChatTime;

    private ServiceLevel(Duration serviceLevel, int answered, int answeredWithin, int abandoned, int abandonedWithin,
                         int missed, int waiting, Duration totalWait, int chatsEnded, Duration totalChatTime) {
        this.serviceLevel = serviceLevel;
        this.answered = answered;
        this.answeredWithin = answeredWithin;
        this.abandoned = abandoned;
        this.abandonedWithin = abandonedWithin;
        this.missed = missed;
        this.waiting = waiting;
        this.totalWait = totalWait;
        this.chatsEnded = chatsEnded;
        this.totalChatTime = totalChatTime;
    }

    private static ServiceLevel count(Duration serviceLevel, List<InteractionFacts> facts) {
        int answeredCount = 0;
        int answeredWithinCount = 0;
        int abandonedCount = 0;
        int abandonedWithinCount = 0;
        int missedCount = 0;
        int waitingCount = 0;
        int endedCount = 0;
        Duration waitSum = Duration.ZERO;
        Duration chatSum = Duration.ZERO;
        for (InteractionFacts fact : facts) {
            Optional<Duration> wait = fact.waitTime();
            boolean within = wait.map(w -> w.compareTo(serviceLevel) <= 0).orElse(false);
            if (fact.isAnswered()) {
                answeredCount++;
                answeredWithinCount += within ? 1 : 0;
                waitSum = waitSum.plus(wait.orElseThrow());
                Optional<Duration> chat = fact.chatTime();
                if (chat.isPresent()) {
                    endedCount++;
                    chatSum = chatSum.plus(chat.get());
                }
            } else if (fact.isAbandoned()) {
                abandonedCount++;
                abandonedWithinCount += within ? 1 : 0;
            } else if (fact.isMissed()) {
                missedCount++;
            } else {
                waitingCount++;
            }
        }
        return new ServiceLevel(serviceLevel, answeredCount, answeredWithinCount, abandonedCount, abandonedWithinCount,
                missedCount, waitingCount, waitSum, endedCount, chatSum);
    }

    /** The figures of these interactions against a service level of {@code serviceLevel}. */
    public static ServiceLevel of(Collection<InteractionFacts> facts, Duration serviceLevel) {
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        if (serviceLevel.isNegative()) {
            throw new IllegalArgumentException("a service level must not be negative: " + serviceLevel);
        }
        return count(serviceLevel, List.copyOf(facts));
    }

    /** The figures of these interactions against the campaign's service level (ADM-05). */
    public static ServiceLevel of(Campaign campaign, Collection<InteractionFacts> facts) {
        return of(facts, Duration.ofSeconds(campaign.getServiceLevelSeconds()));
    }

    /**
     * These figures and {@code other}'s together (two periods, or two campaigns): counts and times add up, and the
     * percentages and averages are those of all the interactions. The service level kept is this one's.
     */
    public ServiceLevel plus(ServiceLevel other) {
        return new ServiceLevel(serviceLevel, answered + other.answered, answeredWithin + other.answeredWithin,
                abandoned + other.abandoned, abandonedWithin + other.abandonedWithin, missed + other.missed,
                waiting + other.waiting, totalWait.plus(other.totalWait), chatsEnded + other.chatsEnded,
                totalChatTime.plus(other.totalChatTime));
    }

    public Duration serviceLevel() {
        return serviceLevel;
    }

    /** Every interaction given: answered, abandoned, missed or still waiting (all that entered the queue). */
    public int offered() {
        return answered + abandoned + missed + waiting;
    }

    public int answered() {
        return answered;
    }

    public int answeredWithin() {
        return answeredWithin;
    }

    public int abandoned() {
        return abandoned;
    }

    public int abandonedWithin() {
        return abandonedWithin;
    }

    /** Interactions the center turned away without an agent (see {@link InteractionFacts#of(Interaction)}). */
    public int missed() {
        return missed;
    }

    /** Answered interactions that have ended (completed with their agent). */
    public int completed() {
        return chatsEnded;
    }

    /** Interactions given that had been neither answered, abandoned nor missed. */
    public int waiting() {
        return waiting;
    }

    /** Service level %: answered within SL / answered x 100; empty when nothing was answered. */
    public OptionalDouble percent() {
        return percentage(answeredWithin, answered);
    }

    /** (answered within SL + abandoned within SL) / (answered + abandoned) x 100; empty when neither happened. */
    public OptionalDouble percentWithAbandoned() {
        return percentage(answeredWithin + abandonedWithin, answered + abandoned);
    }

    /** Average wait of the answered interactions, queue to agent (the average speed of answer); empty when none. */
    public Optional<Duration> averageWait() {
        return average(totalWait, answered);
    }

    /** Average chat time of the answered interactions that ended, agent to end; empty when none. */
    public Optional<Duration> averageChatTime() {
        return average(totalChatTime, chatsEnded);
    }

    private static OptionalDouble percentage(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }

    private static Optional<Duration> average(Duration total, int count) {
        return count == 0 ? Optional.empty() : Optional.of(total.dividedBy(count));
    }

    @Override
    public String toString() {
        return "ServiceLevel[" + serviceLevel.toSeconds() + " s: answered " + answeredWithin + "/" + answered
                + ", abandoned " + abandonedWithin + "/" + abandoned + ", missed " + missed + ", waiting " + waiting + "]";
    }
}
