package org.webchat.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.webchat.agent.AgentState;

/**
 * An agent's situation as the cluster knows it (issue 17): the state last recorded in its history, its break, call,
 * busy (STR-01), since when, and who paused it. Its open sockets are counted apart, per node ({@link AgentConnection}).
 */
@Entity
@Table(name = "agent_presence")
class AgentSituation {

    @Id
    @Column(name = "agent_id")
    private long agentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AgentState state;

    @Column(name = "break_type_id")
    private Long breakTypeId;

    @Column(name = "break_name", length = 100)
    private String breakName;

    @Column(name = "on_call", nullable = false)
    private boolean onCall;

    @Column(name = "busy", nullable = false)
    private boolean busy;

    @Column(name = "since")
    private Instant since;

    @Column(name = "paused_by", length = 200)
    private String pausedBy;

    protected AgentSituation() {
    }

    AgentSituation(long agentId) {
        this.agentId = agentId;
        this.state = AgentState.LOGGED_OUT;
    }

    /** The presence with {@code sockets} open in the cluster. */
    AgentPresence.Presence presence(int sockets) {
        return new AgentPresence.Presence(agentId, sockets, breakTypeId, breakName, onCall, busy, since, pausedBy);
    }

    long agentId() {
        return agentId;
    }

    /** The presence as last recorded in the history (its state is {@link #state}). */
    AgentPresence.Presence recorded() {
        return presence(state == AgentState.LOGGED_OUT ? 0 : 1);
    }

    void keep(AgentPresence.Presence presence) {
        this.state = presence.state();
        this.breakTypeId = presence.breakTypeId();
        this.breakName = presence.breakName();
        this.onCall = presence.onCall();
        this.busy = presence.busy();
        this.since = presence.since();
        this.pausedBy = presence.pausedBy();
    }
}
