package org.webchat.bench;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Strategy;
import org.webchat.it.ConsoleSession;
import org.webchat.it.Deployments;
import org.webchat.it.TestCampaigns;

/**
 * Issue 16, point 4: customers arriving at a campaign whose only agent is on a break (nobody has room), through the
 * real sockets on PostgreSQL. It reports how long until every customer is welcomed, then what the server JVM and
 * PostgreSQL spend while they all wait and nobody types, and what the database read of the campaign's
 * interactions meanwhile; then the agent comes back, takes its 3 chats (nocall), and it reports how many
 * queue frames the waiting customers got and how long until each knew its new place. Asserts nothing about
 * time; prints its figures and writes them to {@code webchat-ear/target/benchmark/arrivals.txt}. Run alone:
 *
 * <pre>
 * ./mvnw verify -pl webchat-ear -am -Pbenchmark -Dit.h2.skip -Dit.test=ArrivalsBenchmark -Darrivals=10000 -Dtest=NONE \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 *
 * ({@code -Darrivals}: how many customers, 2,000 unless told; {@code -Darrivals.quiet}: the seconds measured
 * while they wait, 30 unless told.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArrivalsBenchmark {

    private static final long CAMPAIGN = 216_190;
    private static final String AGENT = "arrivals-agent";
    private static final String PASSWORD = "arrivals-pass";
    private static final int CAP = 3;
    /** Hellos sent and not yet welcomed, at most: customers arrive as fast as the server welcomes them. */
    private static final int IN_FLIGHT = 200;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ArrivalsBenchmark.class, BenchClient.class, BenchDatabase.class, ServerCpu.class,
                ConsoleSession.class, TestCampaigns.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignWhoseAgentIsOnABreak() throws Exception {
        if (!BenchDatabase.is("postgresql")) {
            return;
        }
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Arrivals", true);
        campaign.setStrategy(Strategy.NOCALL);
        campaign.setMaxInteractionsPerAgent(CAP);
        campaign.setMaxChats(100_000);
        campaign.setMaxTimeSeconds(7200);
        TestCampaigns.addAgents(em, campaign, AGENT, 1, PASSWORD);
        TestCampaigns.breakType(em, "Arrivals break", null);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void measureArrivalsThenTheQuietQueue() throws Exception {
        if (!BenchDatabase.is("postgresql")) {
            return;
        }
        int arrivals = Integer.getInteger("arrivals", 2000);
        int quietSeconds = Integer.getInteger("arrivals.quiet", 30);
        HttpClient http = HttpClient.newHttpClient();
        String ws = base.toString().replaceFirst("^http", "ws").replaceAll("/$", "");
        StringBuilder report = new StringBuilder();

        // The agent signs in and takes a break: nobody has room, but its workspace sees the queue move.
        BlockingFrames agentFrames = new BlockingFrames();
        WebSocket agent = BenchClient.open(http, ws + "/ws/agent", ConsoleSession.signIn(base, AGENT + "-0", PASSWORD),
                null, agentFrames::add);
        JsonObject hello = agentFrames.await("hello");
        long breakType = hello.getJsonArray("breakTypes").getJsonObject(0).getJsonNumber("id").longValue();
        agent.sendText("{\"type\":\"state\",\"breakType\":" + breakType + "}", true).join();
        agentFrames.await("agent-state");
        List<WebSocket> customers = Collections.synchronizedList(new ArrayList<>());
        // Every socket pings every 25 s, as the widget and the workspace do: an idle socket is closed after 2 minutes.
        ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor();
        pings.scheduleAtFixedRate(() -> {
            ping(agent);
            List.copyOf(customers).forEach(ArrivalsBenchmark::ping);
        }, 25, 25, TimeUnit.SECONDS);

        // Arrivals: at most IN_FLIGHT hellos unanswered at a time.
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        CountDownLatch welcomed = new CountDownLatch(arrivals);
        long[] latency = new long[arrivals];
        long[] interaction = new long[arrivals];
        int[] place = new int[arrivals];
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger queueFrames = new AtomicInteger();
        AtomicLong lastQueueFrame = new AtomicLong();
        ExecutorService openers = Executors.newFixedThreadPool(32);
        long cpuBefore = serverCpu(http);
        long pgBefore = PostgresCpu.ticks();
        TableReads readsBefore = TableReads.now();
        long started = System.nanoTime();
        for (int c = 0; c < arrivals; c++) {
            int customer = c;
            inFlight.acquire();
            openers.execute(() -> {
                long sent = System.nanoTime();
                WebSocket socket = BenchClient.open(http, ws + "/ws/chat", null, null, text -> {
                    if (text.contains("\"type\":\"welcome\"")) {
                        JsonObject welcome = Json.createReader(new StringReader(text)).readObject();
                        latency[customer] = System.nanoTime() - sent;
                        interaction[customer] = welcome.getJsonNumber("interaction").longValue();
                        place[customer] = welcome.getInt("position", 0);
                        inFlight.release();
                        welcomed.countDown();
                    } else if (text.contains("\"type\":\"refused\"")) {
                        refused.incrementAndGet();
                        inFlight.release();
                        welcomed.countDown();
                    } else if (text.contains("\"type\":\"queue\"")) {
                        queueFrames.incrementAndGet();
                        lastQueueFrame.set(System.nanoTime());
                    }
                });
                customers.add(socket);
                socket.sendText("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Arrival "
                        + customer + "\"}", true);
            });
        }
        if (!welcomed.await(15, TimeUnit.MINUTES)) {
            throw new AssertionError("Only " + (arrivals - welcomed.getCount()) + " of " + arrivals + " welcomed");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (refused.get() > 0) {
            throw new AssertionError(refused.get() + " customers were refused");
        }
        long cpuArrivals = serverCpu(http) - cpuBefore;
        double pgArrivals = (PostgresCpu.ticks() - pgBefore) / (double) PostgresCpu.TICKS_PER_SECOND;
        TableReads readsArrivals = TableReads.now().minus(readsBefore);
        long[] sorted = latency.clone();
        java.util.Arrays.sort(sorted);
        int lastPlace = java.util.Arrays.stream(place).max().orElse(0);
        report.append(String.format("%d customers arriving, nobody with room (nocall, its agent on a break), %d hellos"
                        + " in flight at most, on %d cores:%n  all welcomed in %.1f s (%.0f a second); hello to welcome"
                        + " median %.0f ms, p99 %.0f ms, max %.0f ms; the last place told %d%n"
                        + "  server JVM CPU meanwhile %.1f s (%.0f%% of one core), every PostgreSQL process of the"
                        + " machine %.1f s; interaction rows read %s%n",
                arrivals, IN_FLIGHT, Runtime.getRuntime().availableProcessors(), seconds, arrivals / seconds,
                BenchClient.ms(BenchClient.percentile(sorted, 50)), BenchClient.ms(BenchClient.percentile(sorted, 99)),
                BenchClient.ms(sorted[sorted.length - 1]), lastPlace, cpuArrivals / 1e9, cpuArrivals / 1e7 / seconds,
                pgArrivals, readsArrivals));
        System.out.print(report);
        int printed = report.length();

        // Nobody types: what the server and the database spend while the queue waits.
        Thread.sleep(2000); // the last arrivals' own work settles
        long cpuQuiet = serverCpu(http);
        long pgQuiet = PostgresCpu.ticks();
        TableReads readsQuiet = TableReads.now();
        Thread.sleep(quietSeconds * 1000L);
        double quietCpu = (serverCpu(http) - cpuQuiet) / 1e9;
        double quietPg = (PostgresCpu.ticks() - pgQuiet) / (double) PostgresCpu.TICKS_PER_SECOND;
        report.append(String.format("  then %d s with everyone waiting and nobody typing: server JVM CPU %.2f s (%.1f%%"
                        + " of one core), every PostgreSQL process of the machine %.2f s (%.1f%%); interaction rows"
                        + " read %s%n", quietSeconds, quietCpu, quietCpu * 100 / quietSeconds, quietPg,
                quietPg * 100 / quietSeconds, TableReads.now().minus(readsQuiet)));
        System.out.print(report.substring(printed));
        printed = report.length();

        // The agent comes back: it takes CAP chats from the head; everyone behind learns its new place.
        int framesBefore = queueFrames.get();
        long back = System.nanoTime();
        agent.sendText("{\"type\":\"state\",\"breakType\":null}", true).join();
        for (int i = 0; i < CAP; i++) {
            agentFrames.await("assigned");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (queueFrames.get() - framesBefore < arrivals - CAP && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(2000); // and any frame more
        int told = queueFrames.get() - framesBefore;
        report.append(String.format("  the agent back, taking %d: %d queue frames to the %d still waiting, the last"
                + " %.0f ms after the agent's frame%n", CAP, told, arrivals - CAP,
                BenchClient.ms(lastQueueFrame.get() - back)));

        System.out.print(report.substring(printed));
        Path out = Path.of("target", "benchmark", "arrivals.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        openers.shutdownNow();
        pings.shutdownNow();
        customers.forEach(WebSocket::abort);
        agent.abort();
    }

    private static void ping(WebSocket socket) {
        try {
            socket.sendText("{\"type\":\"ping\"}", true).exceptionally(busy -> null);
        } catch (IllegalStateException busy) {
            // a send of its own is under way: that one keeps it alive
        }
    }

    /** The server JVM's process CPU time, in nanoseconds ({@link ServerCpu}). */
    private long serverCpu(HttpClient http) throws Exception {
        HttpResponse<String> cpu = http.send(HttpRequest.newBuilder(URI.create(base + "bench/cpu")).build(),
                HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(cpu.body().trim());
    }

    /** The frames of one socket, parsed, for the benchmark to wait on. */
    private static final class BlockingFrames {
        private final java.util.concurrent.LinkedBlockingQueue<JsonObject> frames = new java.util.concurrent.LinkedBlockingQueue<>();

        void add(String text) {
            frames.add(Json.createReader(new StringReader(text)).readObject());
        }

        JsonObject await(String type) throws InterruptedException {
            while (true) {
                JsonObject frame = frames.poll(60, TimeUnit.SECONDS);
                if (frame == null) {
                    throw new AssertionError("No '" + type + "' frame within 60 s");
                }
                if (type.equals(frame.getString("type", ""))) {
                    return frame;
                }
            }
        }
    }

    /**
     * What PostgreSQL's statistics say was read of the tests' interaction table (its schema is the tests' own):
     * index scans, rows fetched by them, sequential scans and rows read by them. PostgreSQL publishes a
     * backend's counts when it goes idle, so a figure may lag by a few seconds.
     */
    private record TableReads(long indexScans, long indexRows, long seqScans, long seqRows) {

        static TableReads now() throws Exception {
            String url = System.getProperty("it.postgresql.url");
            try (Connection connection = DriverManager.getConnection(url, System.getProperty("it.postgresql.user"),
                    System.getProperty("it.postgresql.password"));
                 Statement statement = connection.createStatement()) {
                statement.execute("select pg_stat_clear_snapshot()");
                try (ResultSet row = statement.executeQuery("select coalesce(idx_scan, 0), coalesce(idx_tup_fetch, 0),"
                        + " seq_scan, seq_tup_read from pg_stat_user_tables where schemaname = current_schema()"
                        + " and relname = 'interaction'")) {
                    row.next();
                    return new TableReads(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
                }
            }
        }

        TableReads minus(TableReads before) {
            return new TableReads(indexScans - before.indexScans, indexRows - before.indexRows,
                    seqScans - before.seqScans, seqRows - before.seqRows);
        }

        @Override
        public String toString() {
            return String.format("%,d index scans fetching %,d rows, %,d sequential scans reading %,d rows",
                    indexScans, indexRows, seqScans, seqRows);
        }
    }

    /** The CPU time of every PostgreSQL process of this machine (other users' included), from /proc. */
    private static final class PostgresCpu {
        static final long TICKS_PER_SECOND = 100;

        static long ticks() throws Exception {
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        if (!Files.readString(process.resolve("comm")).startsWith("postgres")) {
                            continue;
                        }
                        String stat = Files.readString(process.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    } catch (java.io.IOException gone) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks;
        }
    }
}
