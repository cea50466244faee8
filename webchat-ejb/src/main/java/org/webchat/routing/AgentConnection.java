package org.webchat.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent's open workspace sockets on one node (issue 17), held by a lease: the node renews its rows every few
 * seconds, and the others delete those it stopped renewing ({@link AgentPresence}).
 */
@Entity
@Table(name = "agent_connection")
@IdClass(AgentConnection.Key.class)
class AgentConnection {

    @Id
    @Column(name = "agent_id")
    private long agentId;

    /** The node and its start ({@link AgentPresence#NODE}). */
    @Id
    @Column(name = "node", length = 120)
    private String node;

    @Column(name = "sockets", nullable = false)
    private int sockets;

    @Column(name = "renewed_at", nullable = false)
    private Instant renewedAt;

    protected AgentConnection() {
    }

    AgentConnection(long agentId, String node, int sockets, Instant renewedAt) {
        this.agentId = agentId;
        this.node = node;
        this.sockets = sockets;
        this.renewedAt = renewedAt;
    }

    long agentId() {
        return agentId;
    }

    int sockets() {
        return sockets;
    }

    void count(int openSockets, Instant at) {
        this.sockets = openSockets;
        this.renewedAt = at;
    }

    /** The key of a row: the agent and the node. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        long agentId;
        String node;

        protected Key() {
        }

        Key(long agentId, String node) {
            this.agentId = agentId;
            this.node = node;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.agentId == agentId && Objects.equals(key.node, node);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agentId, node);
        }
    }
}
