package org.webchat.bench;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
import org.webchat.it.TestPasswords;

/**
 * The product's load tool (issue 16): agents and customers through the real sockets of a managed WildFly on
 * PostgreSQL, with the same WildFly's bare relay ({@link BareRelay}) beside it, driven by the same clients and pacing.
 * Agents of a {@code nocall} campaign sign in, enough for {@code load.chats} customers to arrive and be taken; then
 * each message phase ({@link MessagePhase}: a rate, or max) has the customers write to their agents, and the table
 * says, per phase, messages a second acknowledged (the customer's {@code ack}, sent once stored) and delivered (the
 * agent's {@code message}), the latency from each message's due time to the agent, p50 and p99, messages lost
 * (acknowledged, never delivered) and duplicated (delivered twice), both to be 0, customers the server closed, and
 * the server's CPU. Then, optionally, {@code load.arrivals} customers arrive while every agent is busy
 * ({@link ArrivalPhase}): how fast they are welcomed, the server's CPU once they all wait with nobody typing, and the
 * heap each keeps against a bare socket's. WildFly's "started in" is {@link BootBenchmark}'s, with no server beside.
 * Settings: {@link LoadSettings}. Not part of the test suite: run it alone (README, "Benchmarks"); it prints its table
 * and writes it to {@code webchat-ear/target/benchmark/load.txt}. It asserts nothing about time; it fails when a
 * message was lost or duplicated.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBenchmark {

    private static final long CAMPAIGN = 216_200;
    private static final String AGENT = "load-agent";
    private static final String PASSWORD = "load-pass";

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        // The test class runs in the server too (its set-up), so every class it names goes with it.
        EnterpriseArchive ear = Deployments.earWithTests(LoadBenchmark.class, LoadSettings.class, LoadServer.class,
                LoadSocket.class, LoadFrames.class, LoadReport.class, MessagePhase.class, MessageTally.class,
                ArrivalPhase.class, LoadChats.class, KeepAlive.class, BenchClient.class,
                BenchDatabase.class, ServerCpu.class, ServerHeap.class, BareRelay.class, ConsoleSession.class,
                TestCampaigns.class, TestPasswords.class);
        StringWriter settings = new StringWriter();
        LoadSettings.only(System.getProperties()).store(settings, "the load benchmark's settings, for its set-up");
        ear.getAsType(WebArchive.class, Deployments.WAR)
                .addAsResource(new StringAsset(settings.toString()), "org/webchat/bench/" + LoadSettings.RESOURCE);
        return ear;
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignWithAgentsForEveryChat() throws Exception {
        if (!BenchDatabase.is("postgresql")) {
            return;
        }
        Properties given = new Properties();
        try (InputStream in = LoadBenchmark.class.getResourceAsStream(LoadSettings.RESOURCE)) {
            given.load(in);
        }
        LoadSettings settings = LoadSettings.of(given);
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Load", true);
        campaign.setStrategy(Strategy.NOCALL);
        campaign.setMaxInteractionsPerAgent(settings.perAgent());
        // The queue's limit: the warm-up's customers all wait at once too, before they end their chats.
        campaign.setMaxChats(Math.min(100_000, settings.chats() + Math.max(settings.arrivals(), settings.arrivalWarmUp())
                + 100));
        campaign.setMaxTimeSeconds(86_400); // nobody leaves the queue for having waited
        TestCampaigns.addAgents(em, campaign, AGENT, settings.agents(), PASSWORD);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void measureTheLoad() throws Exception {
        if (!BenchDatabase.is("postgresql")) {
            return;
        }
        LoadSettings settings = LoadSettings.of(System.getProperties());
        LoadReport report = new LoadReport();
        report.line(String.format("Load through the real sockets on PostgreSQL, %d cores shared by WildFly, PostgreSQL and"
                        + " the load generator; load average %.2f at the start. %,d chats (%,d agents, %d chats each),"
                        + " %d-character messages; each phase sends for %d s after a %d s warm-up (max: each chat at"
                        + " most %.0f a second, %,.0f a second in all).", Runtime.getRuntime().availableProcessors(),
                LoadServer.loadAverage(), settings.chats(), settings.agents(), settings.perAgent(),
                MessagePhase.TEXT.length(), settings.seconds(), settings.warmUp(), settings.perChat(),
                settings.chats() * settings.perChat()));
        try {
            throughTheSockets(settings, new LoadServer(base), report);
        } finally {
            report.write(Path.of("target", "benchmark", "load.txt")); // what was measured, also when a phase failed
        }
        if (!report.nothingLostOrDuplicated()) {
            throw new AssertionError("Messages were lost or duplicated: see the table");
        }
    }

    /**
     * The agents sign in and the customers arrive; the message phases, the product's then the bare relay's; the
     * arrivals while every agent is busy.
     */
    private void throughTheSockets(LoadSettings settings, LoadServer server, LoadReport report) throws Exception {
        LoadFrames frames = new LoadFrames();
        try (KeepAlive keepAlive = new KeepAlive()) {
            LoadChats chats = LoadChats.open(server, keepAlive, frames, settings, CAMPAIGN, AGENT, PASSWORD, report);
            if (!settings.rates().isEmpty()) {
                LoadChats.runPhases("product", "p", chats.customers(), settings, server, frames, report);
                if (settings.bare()) {
                    List<LoadSocket> bare = bareChats(server, settings.chats(), frames);
                    LoadChats.runPhases("bare", "b", bare, settings, server, frames, report);
                    bare.forEach(LoadSocket::abort);
                    report.ratios();
                }
            }
            if (settings.arrivals() > 0) {
                waitingCustomers(settings, server, keepAlive, report, chats.customers());
            }
            chats.leave(report);
        }
    }

    /**
     * One busy chat ends: its agent takes the head of the queue, and each of the {@code waiting} behind it is told its
     * new place; how many were told, and how long until the last, from the end's frame.
     */
    private static void queueMovesByOne(LoadServer server, List<LoadSocket> busyChats, int waiting,
                                        java.util.concurrent.atomic.AtomicInteger placesTold,
                                        java.util.concurrent.atomic.AtomicLong lastPlaceTold, LoadReport report)
            throws Exception {
        if (busyChats.isEmpty() || waiting < 2) {
            return;
        }
        int toldBefore = placesTold.get();
        long cpu = server.cpuNanos();
        long ended = System.nanoTime();
        busyChats.get(0).send("{\"type\":\"end\"}");
        int told = ArrivalPhase.untilQuiet(() -> placesTold.get() - toldBefore, waiting - 1, 10);
        report.line(String.format("A busy chat ends and its agent takes the head of the queue: %,d of the %,d still"
                        + " waiting told their new place, the last %.0f ms after the end; server CPU %.0f ms",
                told, waiting - 1, told == 0 ? 0 : (lastPlaceTold.get() - ended) / 1e6,
                (server.cpuNanos() - cpu) / 1e6));
    }

    /**
     * {@code load.arrivalWarmUp} customers arrive, are welcomed, end their chats and leave, before the measured
     * arrivals: what an arrival runs is compiled by then, in the server and in the load generator, as a server that
     * has been up a while has it; and the queue is empty again.
     */
    private static void arrivalsWarmUp(LoadSettings settings, LoadServer server, KeepAlive keepAlive,
                                       LoadReport report) throws Exception {
        if (settings.arrivalWarmUp() <= 0) {
            return;
        }
        java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();
        ArrivalPhase warmUp = new ArrivalPhase(server, keepAlive, frame -> {
            if (LoadFrames.isType(frame, "state") && "ENDED".equals(LoadFrames.field(frame, "state"))) {
                ended.incrementAndGet();
            }
        });
        ArrivalPhase.ArrivalFigures arrived = warmUp.run(CAMPAIGN, settings.arrivalWarmUp(), settings.arrivalWindow());
        report.arrivals("Arrivals' warm-up (they end their chats after)", arrived);
        warmUp.customers().forEach(customer -> customer.send("{\"type\":\"end\"}"));
        ArrivalPhase.untilQuiet(ended::get, arrived.welcomed(), 30);
        report.line(String.format("The warm-up's customers ended %,d of their %,d chats, and left.", ended.get(),
                arrived.welcomed()));
        warmUp.leave();
        Thread.sleep(10_000); // the server lets them go
    }

    /** {@code count} pairs of the bare relay: the agent's side first, then the customer's, who writes. */
    private static List<LoadSocket> bareChats(LoadServer server, int count, LoadFrames frames) {
        List<CompletableFuture<LoadSocket>> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            agents.add(server.open("/bench/relay/" + i, null, null, frames::agent));
        }
        agents.forEach(CompletableFuture::join);
        List<CompletableFuture<LoadSocket>> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            customers.add(server.open("/bench/relay/" + i, null, null, frames::customer));
        }
        return customers.stream().map(CompletableFuture::join).toList();
    }

    /**
     * {@code load.arrivals} customers arrive while every agent is busy; once they all wait, the server's and
     * PostgreSQL's CPU with nobody typing, and the heap each keeps, against as many bare sockets. Then one of the busy
     * chats ends: its agent takes the head of the queue, and every customer behind is told its new place (WID-05).
     */
    private static void waitingCustomers(LoadSettings settings, LoadServer server, KeepAlive keepAlive,
                                         LoadReport report, List<LoadSocket> busyChats) throws Exception {
        arrivalsWarmUp(settings, server, keepAlive, report);
        long heapBefore = server.heapAfterCollection();
        java.util.concurrent.atomic.AtomicInteger placesTold = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong lastPlaceTold = new java.util.concurrent.atomic.AtomicLong();
        ArrivalPhase waiting = new ArrivalPhase(server, keepAlive, frame -> {
            if (LoadFrames.isType(frame, "queue")) {
                placesTold.incrementAndGet();
                lastPlaceTold.set(System.nanoTime());
            }
        });
        ArrivalPhase.ArrivalFigures arrived = waiting.run(CAMPAIGN, settings.arrivals(), settings.arrivalWindow());
        report.arrivals("Arrivals, every agent busy", arrived);
        Thread.sleep(10_000); // what the arrivals left to do is done
        long cpu = server.cpuNanos();
        long compiler = server.compilerCpuNanos();
        long postgres = LoadServer.postgresCpuNanos();
        long started = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(settings.idleSeconds()));
        long idle = System.nanoTime() - started;
        double percent = 100.0 * (server.cpuNanos() - cpu) / idle;
        // The JIT goes on compiling what the arrivals ran for a while after them: a passing cost, told apart.
        double compilerPercent = compiler < 0 ? Double.NaN : 100.0 * (server.compilerCpuNanos() - compiler) / idle;
        double postgresPercent = 100.0 * (LoadServer.postgresCpuNanos() - postgres) / idle;
        long heapAfter = server.heapAfterCollection();
        int connected = waiting.connected();
        report.line(String.format("Waiting, nobody typing (a ping every 25 s, as the widget's), %,d of them still"
                        + " connected%s: server CPU %.1f%% over %d s (10 s after the last welcome; of one core), of"
                        + " which its JIT compiler %.1f%% (still compiling what the arrivals ran) and the rest %.1f%%;"
                        + " PostgreSQL %.1f%% (every PostgreSQL process of the machine); heap %.1f KiB a waiting"
                        + " customer (%,d MiB in use after a collection, %,d MiB before they arrived); load average %.1f",
                connected, connected == arrived.welcomed() ? "" : " (closed: " + waiting.closed() + ")", percent,
                settings.idleSeconds(), compilerPercent, percent - compilerPercent, postgresPercent,
                (heapAfter - heapBefore) / 1024.0 / Math.max(1, connected),
                heapAfter >> 20, heapBefore >> 20, LoadServer.loadAverage()));
        queueMovesByOne(server, busyChats, arrived.welcomed(), placesTold, lastPlaceTold, report);
        waiting.leave();
        Thread.sleep(10_000); // the server lets them go
        if (settings.bare()) {
            long bareBefore = server.heapAfterCollection();
            List<CompletableFuture<LoadSocket>> sockets = new ArrayList<>();
            for (int i = 0; i < arrived.welcomed(); i++) {
                sockets.add(server.open("/bench/relay/alone-" + i, null, null, frame -> { }));
                if (sockets.size() % settings.arrivalWindow() == 0) {
                    CompletableFuture.allOf(sockets.toArray(CompletableFuture[]::new)).join();
                }
            }
            List<LoadSocket> bare = sockets.stream().map(CompletableFuture::join).toList();
            long bareAfter = server.heapAfterCollection();
            report.line(String.format("Heap a bare socket of the same WildFly (%,d open): %.1f KiB", bare.size(),
                    (bareAfter - bareBefore) / 1024.0 / Math.max(1, bare.size())));
            bare.forEach(LoadSocket::abort);
        }
    }
}
