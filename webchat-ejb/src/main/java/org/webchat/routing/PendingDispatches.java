package org.webchat.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dispatches asked of the routing engine and not begun yet, one per campaign (issue 16): a burst of events in one
 * campaign (a thousand customers arriving) asks one dispatch, not a thousand that would each wait for the engine's
 * lock in turn and then do the same work. A dispatch takes its campaign off as it begins, before it reads anything,
 * so that an event after that asks another: nothing that happens is left undispatched. The sweeps that agents' changes
 * ask are merged alike. Should an asked dispatch never run, the engine's next sweep, which dispatches every campaign
 * with a queue, takes its campaign off too.
 *
 * <p>A new customer gives no agent room ({@link Dispatcher#room} reads the agents alone), so while the last dispatch
 * of a campaign found nobody with room and no offer ringing, and nothing else has changed anywhere since it began, an
 * arrival asks no dispatch: ten thousand customers arriving while every agent is busy cost no dispatch each. Any
 * other change (a chat queued again, ended or taken, an agent's state, an access) counts, and the next arrival asks
 * again; the sweep dispatches every queue every few seconds whatever this says.
 */
@ApplicationScoped
public class PendingDispatches {

    private final Set<Long> asked = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweepAsked = new AtomicBoolean();
    /** Changes that may give an agent room, counted. */
    private final AtomicLong changes = new AtomicLong();
    /** Campaigns whose last dispatch found nothing to do, with {@link #changes} as that dispatch began. */
    private final Map<Long, Long> idle = new ConcurrentHashMap<>();

    @Inject
    RoutingEngine engine;

    /** A dispatch of the campaign, unless one is asked already and has not begun. */
    public void ask(long campaignId) {
        if (asked.add(campaignId)) {
            engine.dispatchLater(campaignId);
        }
    }

    /**
     * A new customer arrived at the campaign: a dispatch as {@link #ask}, unless the campaign's last dispatch found
     * nobody with room and nothing has changed since.
     */
    public void askForArrival(long campaignId) {
        Long idleSince = idle.get(campaignId);
        if (idleSince == null || idleSince != changes.get()) {
            ask(campaignId);
        }
    }

    /** Something that may give an agent room happened (counted before the dispatch it asks). */
    public void changed() {
        changes.incrementAndGet();
    }

    /** A sweep of every campaign with a queue, unless one is asked already and has not begun. */
    public void askSweep() {
        if (sweepAsked.compareAndSet(false, true)) {
            engine.sweepLater();
        }
    }

    /** The campaign's dispatch begins: a change from now on asks the next one. Returns the changes counted so far. */
    long begins(long campaignId) {
        asked.remove(campaignId);
        return changes.get();
    }

    /** The dispatch that began when {@code changes} were counted found nothing to do. */
    void idle(long campaignId, long changesAtBegin) {
        idle.put(campaignId, changesAtBegin);
    }

    /** The campaign's dispatch has something to decide. */
    void working(long campaignId) {
        idle.remove(campaignId);
    }

    void sweepBegins() {
        sweepAsked.set(false);
    }
}
