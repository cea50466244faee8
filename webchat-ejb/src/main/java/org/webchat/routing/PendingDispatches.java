package org.webchat.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The dispatches asked of the routing engine and not begun yet, one per campaign (issue 16): a burst of events in one
 * campaign (a thousand customers arriving) asks one dispatch, not a thousand that would each wait for the engine's
 * lock in turn and then do the same work. A dispatch takes its campaign off as it begins, before it reads anything,
 * so that an event after that asks another: nothing that happens is left undispatched. The sweeps that agents' changes
 * ask are merged alike. Should an asked dispatch never run, the engine's next sweep, which dispatches every campaign
 * with a queue, takes its campaign off too.
 */
@ApplicationScoped
public class PendingDispatches {

    private final Set<Long> asked = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweepAsked = new AtomicBoolean();

    @Inject
    RoutingEngine engine;

    /** A dispatch of the campaign, unless one is asked already and has not begun. */
    public void ask(long campaignId) {
        if (asked.add(campaignId)) {
            engine.dispatchLater(campaignId);
        }
    }

    /** A sweep of every campaign with a queue, unless one is asked already and has not begun. */
    public void askSweep() {
        if (sweepAsked.compareAndSet(false, true)) {
            engine.sweepLater();
        }
    }

    /** The campaign's dispatch begins: a change from now on asks the next one. */
    void begins(long campaignId) {
        asked.remove(campaignId);
    }

    void sweepBegins() {
        sweepAsked.set(false);
    }
}
