package org.webchat.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.webchat.campaign.Thresholds;

/**
 * One campaign on the supervision dashboard (SUP-10, SUP-16), computed once and shared by every dashboard that
 * watches it: its figures for today (since midnight in the campaign's time zone) and for the last
 * {@link #WINDOW 30 minutes}, its queue now, the interactions of each quarter of an hour today, and its members.
 *
 * <p>A period's figures are those of the interactions that entered the queue in it ({@link ServiceLevel}): offered,
 * answered, abandoned, missed (turned away by the center: see {@link InteractionFacts#of(org.webchat.interaction.Interaction)}),
 * completed, both service levels, the average wait and the average chat time. A quarter of an hour's bar counts the
 * interactions that arrived in it, however they ended.
 *
 * @param settings   the campaign and its thresholds
 * @param computedAt the instant the figures hold for
 * @param today      since midnight in the campaign's time zone
 * @param recent     the last {@link #WINDOW}
 * @param queue      the customers waiting now
 * @param active     interactions attended by an agent now
 * @param slots      today's interactions by the quarter of an hour they arrived in, from midnight to now (empty
 *                   quarters included), by the quarter's start
 * @param members    the campaign's member agents
 * @param bots       what its start bot did today and does now (issue 15, point 5)
 */
public record CampaignBoard(Settings settings, Instant computedAt, ServiceLevel today, ServiceLevel recent, Queue queue,
                            int active, NavigableMap<Instant, ServiceLevel> slots, List<Long> members, BotFigures bots) {

    /** The recent period: the last 30 minutes, its first instant included. */
    public static final Duration WINDOW = Duration.ofMinutes(30);
    /** The charts' step. */
    public static final Duration SLOT = Duration.ofMinutes(15);
    /** How many waiting customers of one campaign are listed: the head of a long queue, with its length. */
    public static final int LISTED = 50;

    /** The campaign as the board reads it: its service level (ADM-05) and thresholds (ADV-03). */
    public record Settings(long id, String name, ZoneId zone, Duration serviceLevel, Thresholds thresholds) {
    }

    /** A waiting customer (SUP-10): green until {@code yellowAt}, yellow until {@code redAt}, red after. */
    public record Waiting(long interactionId, int position, String name, String email, Instant queuedAt,
                          Instant yellowAt, Instant redAt) {
    }

    /** The queue now: how many wait, and the first {@link #LISTED} of them in order. */
    public record Queue(int total, List<Waiting> listed) {

        /** Since when the customer who waits longest has waited; null when nobody waits. */
        public Instant longestSince() {
            return listed.isEmpty() ? null : listed.get(0).queuedAt();
        }
    }

    /** A waiting customer as stored, in queue order. */
    public record Queued(long interactionId, String name, String email, Instant queuedAt) {
    }

    /**
     * The board of a campaign at {@code now} from what the database holds.
     *
     * @param facts   the interactions that entered the queue since {@link #since} (older ones are left out)
     * @param queued  the first waiting customers, in queue order
     * @param waiting how many customers wait in all
     */
    public static CampaignBoard of(Settings settings, Instant now, Collection<InteractionFacts> facts, List<Queued> queued,
                                   int waiting, int active, List<Long> members) {
        Instant midnight = midnight(settings.zone(), now);
        Instant recentFrom = now.minus(WINDOW);
        List<InteractionFacts> today = new ArrayList<>();
        List<InteractionFacts> recent = new ArrayList<>();
        NavigableMap<Instant, List<InteractionFacts>> bySlot = new TreeMap<>();
        for (Instant slot = midnight; !slot.isAfter(now); slot = slot.plus(SLOT)) {
            bySlot.put(slot, new ArrayList<>());
        }
        for (InteractionFacts fact : facts) {
            Instant at = fact.queuedAt();
            if (at.isAfter(now)) {
                continue; // another node's clock ahead of ours: it belongs to the next board
            }
            if (!at.isBefore(midnight)) {
                today.add(fact);
                bySlot.floorEntry(at).getValue().add(fact);
            }
            if (!at.isBefore(recentFrom)) {
                recent.add(fact);
            }
        }
        NavigableMap<Instant, ServiceLevel> slots = new TreeMap<>();
        bySlot.forEach((slot, arrived) -> slots.put(slot, ServiceLevel.of(arrived, settings.serviceLevel())));
        List<Waiting> listed = new ArrayList<>();
        for (Queued customer : queued.subList(0, Math.min(LISTED, queued.size()))) {
            listed.add(new Waiting(customer.interactionId(), listed.size() + 1, customer.name(), customer.email(),
                    customer.queuedAt(), Colour.waitYellowAt(customer.queuedAt(), settings.thresholds()),
                    Colour.waitRedAt(customer.queuedAt(), settings.thresholds())));
        }
        return new CampaignBoard(settings, now, ServiceLevel.of(today, settings.serviceLevel()),
                ServiceLevel.of(recent, settings.serviceLevel()), new Queue(Math.max(waiting, listed.size()), listed),
                active, Collections.unmodifiableNavigableMap(slots), List.copyOf(members), BotFigures.NONE);
    }

    /** The same board with its start bot's figures. */
    public CampaignBoard withBots(BotFigures figures) {
        return new CampaignBoard(settings, computedAt, today, recent, queue, active, slots, members, figures);
    }

    /** The first instant whose interactions the board needs: the earlier of midnight and the recent window's start. */
    public static Instant since(ZoneId zone, Instant now) {
        Instant midnight = midnight(zone, now);
        Instant recentFrom = now.minus(WINDOW);
        return midnight.isBefore(recentFrom) ? midnight : recentFrom;
    }

    /** The start of today in {@code zone}. */
    public static Instant midnight(ZoneId zone, Instant now) {
        return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    public CampaignBoard {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(bots, "bots");
        members = List.copyOf(members);
    }
}
