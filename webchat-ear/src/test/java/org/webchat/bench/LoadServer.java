package org.webchat.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The server under load as the client sees it: its sockets ({@link LoadSocket}), and its gauges ({@link ServerCpu},
 * {@link ServerHeap}); a cluster's ({@link ClusterLoadBenchmark}) reads its servers' CPU from outside.
 */
class LoadServer {

    private final URL base;
    private final LoadSocket.Client sockets = new LoadSocket.Client();
    private final HttpClient gauges = HttpClient.newHttpClient();

    LoadServer(URL base) {
        this.base = base;
    }

    URL base() {
        return base;
    }

    /** The Origin of the console's own pages, which the agent's socket asks for. */
    String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** Opens the socket at {@code path} ("/ws/chat"); {@code cookie} and {@code origin} may be null. */
    CompletableFuture<LoadSocket> open(String path, String cookie, String origin, Consumer<String> onFrame) {
        String ws = base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + path;
        return LoadSocket.open(sockets, ws, cookie, origin, onFrame);
    }

    /** The server JVM's CPU time so far, in nanoseconds. */
    long cpuNanos() throws Exception {
        return Long.parseLong(get("/bench/cpu"));
    }

    /** The part of {@link #cpuNanos()} the server's JIT compiler threads spent; negative where it cannot be read. */
    long compilerCpuNanos() throws Exception {
        return Long.parseLong(get("/bench/cpu?of=compiler"));
    }

    /** The server JVM's heap in use after a full collection, in bytes. */
    long heapAfterCollection() throws Exception {
        return Long.parseLong(get("/bench/heap"));
    }

    private String get(String path) throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        return gauges.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body().trim();
    }

    /** This JVM's CPU, the load generator's, in nanoseconds: it shares the machine's cores with the server. */
    static long generatorCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The CPU time of every PostgreSQL process of this machine so far, in nanoseconds, from /proc (other databases'
     * work included: read it with the load average); 0 where there is no /proc.
     */
    static long postgresCpuNanos() {
        return cpuNanosOf(process -> Files.readString(process.resolve("comm")).startsWith("postgres"));
    }

    /** Which of /proc's processes to count. */
    interface Counted {
        boolean counts(Path process) throws IOException;
    }

    /** The CPU time of every process of this machine that {@code counts} so far, in nanoseconds; 0 without /proc. */
    static long cpuNanosOf(Counted counted) {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (!counted.counts(process)) {
                        continue;
                    }
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException noProc) {
            return 0;
        }
        return ticks * 10_000_000L; // 100 ticks a second
    }

    /** This machine's load average over the last minute (server, database and load generator share it). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
