package org.webchat.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17: while another node of a cluster decides (it holds the {@link RoutingLock} in its transaction), this
 * node's engine waits to decide anything: an agent's answer to an offer, the Auto finish sweep. So no agent gets more
 * than its cap from two nodes deciding at once.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingLockIT {

    @Inject
    RoutingLock lock;

    @Inject
    RoutingEngine engine;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Test
    void theEnginesDecisionsWaitWhileAnotherNodeDecides() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        decideWhileAnotherNodeHoldsTheLock(order, () -> {
            engine.accept(-1L, -2L); // no such offer: refused, but decided under the lock all the same
            order.add("an answer to an offer decided");
        });
        decideWhileAnotherNodeHoldsTheLock(order, () -> {
            engine.autoFinish();
            order.add("auto finish decided");
        });
        assertEquals(List.of("the other node committed", "an answer to an offer decided",
                "the other node committed", "auto finish decided"), order);
    }

    private void decideWhileAnotherNodeHoldsTheLock(List<String> order, Runnable decision) throws Exception {
        CountDownLatch otherNodeHoldsIt = new CountDownLatch(1);
        Future<?> otherNode = executor.submit(() -> {
            tx.begin();
            lock.take();
            otherNodeHoldsIt.countDown();
            Thread.sleep(1_500); // this node's decision comes meanwhile
            order.add("the other node committed");
            tx.commit();
            return null;
        });
        assertTrue(otherNodeHoldsIt.await(30, TimeUnit.SECONDS));
        Future<?> decided = executor.submit(decision);
        otherNode.get(60, TimeUnit.SECONDS);
        decided.get(60, TimeUnit.SECONDS);
    }
}
