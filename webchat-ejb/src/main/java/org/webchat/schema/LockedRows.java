package org.webchat.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Rows changed by several threads or nodes at once, each change made on the latest state under the row's lock. */
public final class LockedRows {

    private LockedRows() {
    }

    /**
     * The entity, locked until the transaction ends and read again under the lock, so that a change works on the
     * latest committed state even when the entity was loaded earlier in the same transaction; null when there is none.
     * Already locked by this transaction, it is the latest state and may hold changes not yet flushed that a refresh
     * would throw away: lock before changing, never after.
     */
    public static <T> T latest(EntityManager em, Class<T> type, Object id) {
        T entity = em.find(type, id);
        if (entity != null && em.getLockMode(entity) != LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
        return entity;
    }
}
