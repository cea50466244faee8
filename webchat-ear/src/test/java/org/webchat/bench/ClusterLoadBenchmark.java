package org.webchat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.webchat.cluster.Cluster;
import org.webchat.cluster.ClusterData;

/**
 * The load tool on a cluster (issue 17): the same chats and message phases as {@link LoadBenchmark}, through WildFly's
 * balancer of {@code ./cluster.sh}, with one node behind it and then two ({@code load.nodes}, default "1,2"), each
 * time a cluster started anew on a schema of its own. Agents and customers are spread over the nodes by the
 * balancer; a customer and its agent are often on different nodes, so a message then crosses the cluster's topic.
 * The CPU column is every server of the cluster (nodes and balancer) together, read from /proc. No bare relay: the
 * cluster runs the product's EAR, without the benchmarks' servlets. Writes {@code target/benchmark/cluster-load.txt};
 * fails only when a message was lost or duplicated.
 */
class ClusterLoadBenchmark {

    private static final long CAMPAIGN = 216_300;
    private static final String AGENT = "load-agent";

    @Test
    void oneNodeThenTwo() throws Exception {
        LoadSettings settings = LoadSettings.of(System.getProperties());
        List<Integer> sizes = Arrays.stream(System.getProperty("load.nodes", "1,2").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        LoadReport report = new LoadReport();
        report.line(String.format("Load through WildFly's balancer on PostgreSQL, %d cores shared by the balancer, the"
                        + " nodes, PostgreSQL and the load generator. %,d chats (%,d agents, %d chats each),"
                        + " %d-character messages; each phase sends for %d s after a %d s warm-up. CPU: the balancer"
                        + " and the nodes together.", Runtime.getRuntime().availableProcessors(), settings.chats(),
                settings.agents(), settings.perAgent(), MessagePhase.TEXT.length(), settings.seconds(),
                settings.warmUp()));
        try {
            for (int nodes : sizes) {
                behindTheBalancer(nodes, settings, report);
            }
        } finally {
            report.write(Path.of("target", "benchmark", "cluster-load.txt"));
        }
        if (!report.nothingLostOrDuplicated()) {
            throw new AssertionError("Messages were lost or duplicated: see the table");
        }
    }

    private static void behindTheBalancer(int nodes, LoadSettings settings, LoadReport report) throws Exception {
        String side = nodes + (nodes == 1 ? " node" : " nodes");
        Cluster.start(nodes);
        try {
            ClusterData.copyOfTheDemo(CAMPAIGN, "Load", Math.min(100_000, settings.chats() + 100), 86_400,
                    settings.perAgent());
            try (Connection db = Cluster.database(); Statement sql = db.createStatement()) {
                sql.execute("UPDATE campaign SET strategy = 'NOCALL' WHERE id = " + CAMPAIGN);
            }
            ClusterData.agents(CAMPAIGN, AGENT, settings.agents());
            report.line(side + " behind the balancer:");
            LoadServer server = new ClusterServers();
            LoadFrames frames = new LoadFrames();
            try (KeepAlive keepAlive = new KeepAlive()) {
                LoadChats chats = LoadChats.open(server, keepAlive, frames, settings, CAMPAIGN, AGENT,
                        ClusterData.PASSWORD, report);
                LoadChats.runPhases(side, "n" + nodes + "-", chats.customers(), settings, server, frames, report);
                chats.leave(report);
            }
        } finally {
            Cluster.stop();
        }
    }

    /** The cluster as the load tool sees it: the balancer's address, and its servers' CPU read from /proc. */
    private static final class ClusterServers extends LoadServer {

        ClusterServers() {
            super(Cluster.balancer());
        }

        @Override
        long cpuNanos() {
            return cpuNanosOf(process -> Cluster.isServer(
                    Files.readString(process.resolve("cmdline")).replace('\0', ' ')));
        }

        @Override
        long compilerCpuNanos() {
            return -1;
        }
    }
}
