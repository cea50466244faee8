package org.webchat.routing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The routing engine's lock across the nodes of a cluster (issue 17): each of the engine's decisions takes it in its
 * own transaction, so that two nodes never decide at once, and an agent's cap, which counts its chats in every
 * campaign, holds whatever node each campaign is dispatched on. On a single node nobody else waits for it.
 */
@Stateless
public class RoutingLock {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    /** Waits for the lock, held until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void take() {
        em.createNativeQuery("SELECT id FROM routing_lock WHERE id = 1 FOR UPDATE").getSingleResult();
    }
}
