package org.webchat.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the retention job once a day for every group with a period. Not persistent: a day missed while the server was
 * down is caught up by the next run, which deletes everything past the period. Idempotent: a group whose run is still
 * going is skipped, and deleting what is gone already deletes nothing. (In a cluster each node's timer fires; the
 * second run of a group finds nothing left.)
 */
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    Retention retention;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        for (Object[] period : retention.periods()) {
            long group = ((Number) period[0]).longValue();
            try {
                retention.start(group, ((Number) period[1]).intValue(), null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "The daily retention job of security group " + group + " did not start");
            }
        }
    }
}
