package org.webchat.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The database lock under which a server decides what its first start makes (issue 17): the nodes of a cluster
 * started together on a new database take it in turn, so that only the first makes the first administrator or the
 * demo, and the next ones, once it committed, find its users.
 */
@Stateless
public class FirstStartLock {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    /** Waits for the lock, held until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void take() {
        em.createNativeQuery("SELECT id FROM first_start WHERE id = 1 FOR UPDATE").getSingleResult();
    }
}
