package org.webchat.call;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.webchat.node.NodeLease;

/**
 * The calls whose side's socket died with its node end (V25): at start, those an earlier start of this node left
 * ringing or up, and those of nodes that died; then every 10 s, those of nodes whose lease has lapsed since (a node
 * killed or lost from the cluster closes none of its sockets). The live calls of the other nodes go on.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "NodeLease"})
public class CallRecovery {

    @Inject
    Calls calls;

    @Inject
    NodeLease nodes;

    @PostConstruct
    void atStart() {
        endOrphaned();
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void endOrphaned() {
        calls.endOrphaned(nodes.alive());
    }
}
