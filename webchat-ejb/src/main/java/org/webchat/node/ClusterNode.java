package org.webchat.node;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A node's lease: its key ({@link NodeLease#THIS}) and when it last renewed it. */
@Entity
@Table(name = "cluster_node")
class ClusterNode {

    @Id
    @Column(name = "node", length = 120)
    private String node;

    @Column(name = "renewed_at", nullable = false)
    private Instant renewedAt;

    protected ClusterNode() {
    }

    ClusterNode(String node, Instant renewedAt) {
        this.node = node;
        this.renewedAt = renewedAt;
    }

    void renewed(Instant at) {
        renewedAt = at;
    }
}
