package org.webchat.it;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/** Other nodes of a cluster, played in the server by the rows they write (issue 17), inside the caller's transaction. */
public final class TestNodes {

    private TestNodes() {
    }

    /** {@code node} holds its lease for the next minute, as a live node renewing it would. */
    public static void leaseHeld(EntityManager em, String node) {
        em.createNativeQuery("INSERT INTO cluster_node (node, renewed_at) VALUES (?1, ?2)").setParameter(1, node)
                .setParameter(2, Timestamp.from(Instant.now().plusSeconds(60))).executeUpdate();
    }
}
