package org.webchat.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
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
 * Issue 17: the nodes of a cluster started together on a new database decide their first start one after the other
 * (the first makes the first administrator or the demo, the next find its users), under {@link FirstStartLock}.
 */
@ExtendWith(ArquillianExtension.class)
class FirstStartLockIT {

    @Inject
    FirstStartLock lock;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aSecondStartDecidesOnlyOnceTheFirstCommitted() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch firstHoldsIt = new CountDownLatch(1);
        Future<?> first = executor.submit(() -> {
            tx.begin();
            lock.take();
            firstHoldsIt.countDown();
            Thread.sleep(1_500); // the second start comes meanwhile
            order.add("first committed");
            tx.commit();
            return null;
        });
        assertTrue(firstHoldsIt.await(30, TimeUnit.SECONDS), "the first start took the lock");
        Future<?> second = executor.submit(() -> {
            tx.begin();
            lock.take();
            order.add("second decides");
            tx.commit();
            return null;
        });
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        assertEquals(List.of("first committed", "second decides"), order);
    }

    @Test
    void theLockIsOnlyTakenInTheFirstStartsTransaction() {
        assertThrows(EJBException.class, lock::take, "outside a transaction it would be let go at once");
    }
}
