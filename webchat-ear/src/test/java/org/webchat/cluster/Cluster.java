package org.webchat.cluster;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.webchat.agent.PasswordHash;
import org.webchat.it.FreshDatabase;

/**
 * The cluster the cluster tests run on (issue 17): {@code ./cluster.sh 2}, as a user starts it, with what the build
 * made (the EAR, the configured WildFly), every port 1500 up, on a PostgreSQL schema of its own made anew. Started
 * once for the test run, killed when the test JVM ends; the cluster's load benchmark starts and stops one of each
 * size in turn.
 */
public final class Cluster {

    static final int PORTS = 1500;
    private static final String SCHEMA = "webchat_it_cluster";
    private static Process script;
    private static boolean stopAtExit;

    private Cluster() {
    }

    static void start() throws Exception {
        start(2);
    }

    /** Starts {@code nodes} nodes and the balancer on a new schema, unless a cluster is already running. */
    public static synchronized void start(int nodes) throws Exception {
        if (script != null) {
            return;
        }
        Path root = Path.of(System.getProperty("webchat.root"));
        String url = jdbcUrl();
        String user = System.getProperty("it.postgresql.user");
        String password = System.getProperty("it.postgresql.password");
        FreshDatabase.recreatePostgresSchema(url, user, password);
        killLeftovers();
        Path log = root.resolve("var/cluster-it.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("cluster.sh").toString(),
                Integer.toString(nodes))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WEBCHAT_DB_URL", url);
        builder.environment().put("WEBCHAT_DB_USER", user);
        builder.environment().put("WEBCHAT_DB_PASSWORD", password);
        builder.environment().put("WEBCHAT_CLUSTER_BUILT", "true");
        builder.environment().put("WEBCHAT_CLUSTER_PORTS", Integer.toString(PORTS));
        // As the tests' server: the demo's passwords, which every node checks at each sign-in, hashed cheaply.
        builder.environment().put("WEBCHAT_PASSWORD_ITERATIONS", Integer.toString(PasswordHash.MIN_ITERATIONS));
        script = builder.start();
        if (!stopAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(Cluster::stop));
            stopAtExit = true;
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (!Files.readString(log).contains("is ready as a cluster")) {
            if (!script.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The cluster did not start; its log:\n" + Files.readString(log));
            }
            Thread.sleep(500);
        }
    }

    private static String jdbcUrl() {
        return System.getProperty("it.postgresql.url").replaceFirst("currentSchema=[^&]*", "currentSchema=" + SCHEMA);
    }

    /** The nodes' database, for what a test sets up or reads there. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), System.getProperty("it.postgresql.user"),
                System.getProperty("it.postgresql.password"));
    }

    /** The balancer, as customers and consoles reach the product. */
    public static URL balancer() {
        return url(8080 + PORTS);
    }

    /** Node {@code i} (1 or 2) alone. */
    static URL node(int i) {
        return url(8080 + PORTS + 100 * i);
    }

    private static URL url(int port) {
        try {
            return new URL("http://localhost:" + port + "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kills node {@code i} as a machine dies: SIGKILL, no shutdown of any kind. */
    static void kill(int i) {
        String base = Path.of(System.getProperty("webchat.root"), "var/cluster/node" + i).toString();
        List<ProcessHandle> server = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(line -> line.contains("-Djboss.server.base.dir=" + base + " ")).orElse(false)).toList();
        if (server.isEmpty()) {
            throw new IllegalStateException("No node" + i + " to kill");
        }
        server.forEach(ProcessHandle::destroyForcibly);
        server.forEach(p -> p.onExit().join());
    }

    /** Kills the cluster's servers, if it runs. */
    public static synchronized void stop() {
        if (script != null) {
            script.destroyForcibly();
            killLeftovers();
            script = null;
        }
    }

    /** Whether {@code commandLine} is that of one of the cluster's servers (a node or the balancer). */
    public static boolean isServer(String commandLine) {
        return commandLine.contains(Path.of(System.getProperty("webchat.root"), "var/cluster") + File.separator);
    }

    /** Every server a run of the cluster in this checkout left (a test JVM that was killed). */
    private static void killLeftovers() {
        List<ProcessHandle> servers = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(Cluster::isServer).orElse(false)).toList();
        servers.forEach(ProcessHandle::destroyForcibly);
        servers.forEach(p -> p.onExit().join());
    }

    static String log() throws IOException {
        return Files.readString(Path.of(System.getProperty("webchat.root"), "var/cluster-it.log"));
    }
}
