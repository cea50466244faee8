package org.webchat.node;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * This node's lease in {@code cluster_node}, renewed every 5 s, and which nodes hold theirs (issue 17). A node's key is
 * its name ({@code jboss.node.name}) and this start of it, so that work an earlier start of a node left is known as
 * left: that start is dead, whatever its lease says. A node that stops cleanly gives its lease up at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class NodeLease {

    private static final Logger LOG = Logger.getLogger(NodeLease.class.getName());

    /** This node's name in the cluster; on a single server, the host's. */
    public static final String NAME = System.getProperty("jboss.node.name", "node");

    /** This node and this start of it. */
    public static final String THIS = NAME + "/" + UUID.randomUUID();

    /** How long a node's lease holds without being renewed: three renewals missed. */
    public static final Duration LEASE = Duration.ofSeconds(15);

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @PostConstruct
    void join() {
        renew();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void renew() {
        Instant now = clock.instant();
        ClusterNode mine = em.find(ClusterNode.class, THIS);
        if (mine == null) {
            em.persist(new ClusterNode(THIS, now));
        } else {
            mine.renewed(now);
        }
        // Long-dead nodes' rows are only clutter: none holds anything.
        em.createQuery("delete from ClusterNode n where n.renewedAt < :before")
                .setParameter("before", now.minus(LEASE.multipliedBy(20))).executeUpdate();
    }

    @PreDestroy
    void giveUp() {
        try {
            em.createQuery("delete from ClusterNode n where n.node = :node").setParameter("node", THIS).executeUpdate();
        } catch (RuntimeException stopping) {
            LOG.log(Level.FINE, "the lease lapses instead", stopping); // the database went first
        }
    }

    /**
     * The nodes whose lease holds now: renewed within {@link #LEASE}, and not an earlier start of this node; and this
     * node, alive while it asks, even before its lease is first written.
     */
    @Lock(LockType.READ)
    public Set<String> alive() {
        Stream<String> leased = em.createQuery("select n.node from ClusterNode n where n.renewedAt >= :since",
                String.class).setParameter("since", clock.instant().minus(LEASE)).getResultStream()
                .filter(node -> !isEarlierStartOfThis(node));
        return Stream.concat(Stream.of(THIS), leased).collect(Collectors.toUnmodifiableSet());
    }

    static boolean isEarlierStartOfThis(String node) {
        return node.startsWith(NAME + "/") && !node.equals(THIS);
    }
}
