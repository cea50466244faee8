package org.webchat.bench;

import static org.webchat.bench.BenchClient.ms;
import static org.webchat.bench.BenchClient.percentile;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.campaign.Strategy;
import org.webchat.interaction.Customer;
import org.webchat.interaction.Interaction;
import org.webchat.it.ConsoleSession;
import org.webchat.it.Deployments;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestPasswords;

/**
 * The supervision board under load (issue 12): {@value #AGENTS} agents signed in with their sockets open, in
 * {@value #CAMPAIGNS} {@code nocall} campaigns of one security group, each agent at its cap of {@value #CAP} chats, so
 * {@value #ACTIVE} chats are active (made assigned in the set-up transaction). A steady workload of {@value #EVENTS}
 * real events, one every {@value #PACE_MS} ms, runs after a warm-up with 0, 1, 20, 0 and 20 dashboards open watching
 * every campaign (the idle phase twice, to show the noise): a customer arrives over the customer socket and waits (every
 * agent is full), then ends its chat, and so on. The total waiting count thus goes 1, 0, 1, ... and the waiting
 * customer's name says which event a board reflects.
 * For each event it measures the time from the customer's frame to the moment every open dashboard has a board whose
 * waiting count reflects it (the server coalesces a burst into one refresh at most every 250 ms), and it reads
 * the server JVM's process CPU time before and after each workload ({@link ServerCpu}): what a dashboard costs is
 * {@code (cpu(k) - cpu(0)) / k}. Not part of the test suite: run it with {@code ./mvnw verify -Pbenchmark}; it prints
 * its figures and writes them to {@code webchat-ear/target/benchmark/supervision.txt}. It asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionBenchmark {

    private static final long FIRST_CAMPAIGN = 202_301;
    private static final int CAMPAIGNS = 4;
    private static final int AGENTS = 200;
    private static final int CAP = 5;
    private static final int ACTIVE = AGENTS * CAP;
    private static final int EVENTS = 100;
    private static final int PACE_MS = 500;
    private static final int WARM_UP = 20;
    private static final String WAITING_NAME = "\"name\":\"Waiting ";
    private static final String PASSWORD = "bench-pass";
    private static final String SUPERVISOR = "sbench-sup";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SupervisionBenchmark.class, BenchClient.class, BenchDatabase.class, ServerCpu.class, ConsoleSession.class,
                TestCampaigns.class, TestPasswords.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoHundredAgentsInOneGroupWithAThousandActiveChats() throws Exception {
        if (!BenchDatabase.is("h2")) {
            return;
        }
        tx.begin();
        SecurityGroup group = TestCampaigns.supervisedGroup(em, "Bench board", SUPERVISOR, PASSWORD);
        List<Campaign> campaigns = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS; c++) {
            Campaign campaign = TestCampaigns.create(em, FIRST_CAMPAIGN + c, "Bench board " + c, true);
            campaign.setSecurityGroup(group);
            campaign.setDefaultLanguage(Language.EN);
            campaign.setStrategy(Strategy.NOCALL);
            campaign.setMaxInteractionsPerAgent(CAP);
            campaign.setMaxChats(ACTIVE + 100);
            campaign.setMaxTimeSeconds(3600);
            TestCampaigns.addAgents(em, campaign, "sbench-" + c, AGENTS / CAMPAIGNS, PASSWORD, group);
            campaigns.add(campaign);
        }
        em.flush();
        Instant now = Instant.now();
        for (Campaign campaign : campaigns) {
            int c = campaigns.indexOf(campaign);
            List<User> agents = em.createQuery("select u from User u where u.login like :prefix", User.class)
                    .setParameter("prefix", "sbench-" + c + "-%").getResultList();
            for (User agent : agents) {
                for (int k = 0; k < CAP; k++) {
                    Interaction chat = Interaction.queued(campaign, new Customer("Customer " + agent.getLogin() + " " + k,
                            null, null, null), Language.EN, null, now);
                    chat.assign(agent, now);
                    em.persist(chat);
                }
            }
        }
        tx.commit();
    }

    /** One phase's figures. */
    private record Phase(int dashboards, long[] latencies, int missed, long cpuNanos, double seconds, int frameBytes,
                         long changesBytes, int activeShown) {
    }

    @Test
    @Order(2)
    @RunAsClient
    void measureTheBoardWithZeroOneAndTwentyDashboards() throws Exception {
        if (!BenchDatabase.is("h2")) {
            return;
        }
        String ws = base.toString().replaceFirst("^http", "ws").replaceAll("/$", "");
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        List<WebSocket> agents = Collections.synchronizedList(new ArrayList<>());
        ExecutorService signing = Executors.newFixedThreadPool(4); // sign-ins hash passwords: a few at a time
        List<Future<?>> signedIn = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS; c++) {
            for (int i = 0; i < AGENTS / CAMPAIGNS; i++) {
                String login = "sbench-" + c + "-" + i;
                signedIn.add(signing.submit(() -> agents.add(BenchClient.open(HTTP, ws + "/ws/agent",
                        ConsoleSession.signIn(base, login, PASSWORD), origin, frame -> { }))));
            }
        }
        for (Future<?> done : signedIn) {
            done.get();
        }
        signing.shutdown();
        String supervisor = ConsoleSession.signIn(base, SUPERVISOR, PASSWORD);
        Thread.sleep(3000); // the agents' presence settles

        List<Phase> phases = new ArrayList<>();
        run(ws, origin, supervisor, 20, WARM_UP); // the board's and the customers' code compiled before measuring
        for (int dashboards : new int[] {0, 1, 20, 0, 20}) {
            phases.add(run(ws, origin, supervisor, dashboards, EVENTS));
        }

        StringBuilder report = new StringBuilder(String.format("Supervision board, %d agents signed in (%d campaigns of"
                        + " one group), %d active chats; %d events (a customer arrives and waits, then ends), one every %d ms,"
                        + " on %d cores:%n", AGENTS, CAMPAIGNS, ACTIVE, EVENTS, PACE_MS,
                Runtime.getRuntime().availableProcessors()));
        // The baseline is the later idle phase: the first one, right after the set-up, is still settling.
        double baseMsPerSecond = phases.stream().filter(p -> p.dashboards() == 0)
                .mapToDouble(p -> p.cpuNanos() / 1e6 / p.seconds()).reduce((first, later) -> later).orElseThrow();
        for (Phase phase : phases) {
            double msPerSecond = phase.cpuNanos() / 1e6 / phase.seconds();
            if (phase.dashboards() == 0) {
                report.append(String.format("  0 dashboards: server CPU %.0f ms per second of workload%n", msPerSecond));
                continue;
            }
            long[] sorted = phase.latencies().clone();
            Arrays.sort(sorted);
            double perDashboard = (msPerSecond - baseMsPerSecond) / phase.dashboards();
            report.append(String.format("  %d dashboard%s: event -> every dashboard median %.0f ms, p99 %.0f ms, max %.0f ms"
                            + " (%d of %d events seen%s); whole board %,d bytes (total active shown %d), changes"
                            + " frames %,d bytes on average;%n"
                            + "    server CPU %.0f ms per second of workload: %.1f ms per second (%.2f ms per event)"
                            + " for each dashboard over the settled 0-dashboard phase (%.0f)%n",
                    phase.dashboards(), phase.dashboards() == 1 ? "" : "s", ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), sorted.length,
                    EVENTS, phase.missed() == 0 ? "" : ", " + phase.missed() + " not seen", phase.frameBytes(),
                    phase.activeShown(), phase.changesBytes(), msPerSecond, perDashboard, perDashboard * PACE_MS / 1000.0, baseMsPerSecond));
        }
        System.out.print(report);
        Path out = Path.of("target", "benchmark", "supervision.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        agents.forEach(WebSocket::abort);
        if (phases.stream().anyMatch(p -> p.activeShown() != ACTIVE && p.dashboards() > 0)) {
            throw new AssertionError("The board did not show the " + ACTIVE + " active chats: " + report);
        }
    }

    /**
     * Opens {@code count} dashboards watching every campaign, then runs the workload: event {@code e} makes the total
     * waiting count {@code 1} (even) or {@code 0} (odd); its latency is the time until the last dashboard saw that.
     */
    private Phase run(String ws, String origin, String cookie, int count, int events) throws Exception {
        long[] sentAt = new long[events];
        long[] doneAt = new long[events];
        AtomicInteger[] remaining = new AtomicInteger[events];
        for (int e = 0; e < events; e++) {
            remaining[e] = new AtomicInteger(count);
        }
        AtomicInteger frameBytes = new AtomicInteger();
        AtomicLong changesBytes = new AtomicLong();
        AtomicLong changesFrames = new AtomicLong();
        AtomicInteger activeShown = new AtomicInteger(-1);
        CountDownLatch watching = new CountDownLatch(count);
        List<WebSocket> dashboards = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            AtomicInteger waitingShown = new AtomicInteger(-1); // the event of the customer this dashboard shows waiting
            AtomicLong boards = new AtomicLong();
            dashboards.add(BenchClient.open(HTTP, ws + "/ws/supervisor", cookie, origin, frame -> {
                if (!frame.startsWith("{\"type\":\"board\"") && !frame.startsWith("{\"type\":\"changes\"")) {
                    return;
                }
                long received = System.nanoTime();
                if (boards.getAndIncrement() == 0) {
                    activeShown.set(total(frame, "active"));
                    frameBytes.set(frame.getBytes(StandardCharsets.UTF_8).length);
                    watching.countDown();
                } else {
                    changesBytes.addAndGet(frame.getBytes(StandardCharsets.UTF_8).length);
                    changesFrames.incrementAndGet();
                }
                // Even event e: the customer "Waiting e" arrives; odd event e + 1: it ends and nobody waits. A changes
                // frame without the campaign's block leaves the customer shown as it was.
                int name = frame.indexOf(WAITING_NAME);
                int waiting = total(frame, "waiting");
                int seen = name >= 0 ? Integer.parseInt(frame.substring(name + WAITING_NAME.length(),
                        frame.indexOf('"', name + WAITING_NAME.length()))) : waiting == 0 ? -1 : waitingShown.get();
                int before = waitingShown.getAndSet(seen);
                int event = seen >= 0 && seen != before ? seen : seen < 0 && before >= 0 ? before + 1 : -1;
                if (event >= 0 && event < events && remaining[event].decrementAndGet() == 0) {
                    doneAt[event] = received;
                }
            }));
        }
        for (WebSocket dashboard : dashboards) {
            dashboard.sendText("{\"type\":\"watch\",\"campaigns\":[]}", true).join();
        }
        if (!watching.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("Only " + (count - watching.getCount()) + " of " + count + " dashboards got a board");
        }
        Thread.sleep(2000);

        long cpuBefore = serverCpu();
        long started = System.nanoTime();
        WebSocket customer = null;
        for (int e = 0; e < events; e++) {
            long slot = started + TimeUnit.MILLISECONDS.toNanos((long) e * PACE_MS);
            long wait = slot - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (e % 2 == 0) {
                customer = BenchClient.open(HTTP, ws + "/ws/chat", null, null, frame -> { });
                sentAt[e] = System.nanoTime();
                customer.sendText("{\"type\":\"hello\",\"v\":1,\"campaign\":" + FIRST_CAMPAIGN + ",\"name\":\"Waiting " + e
                        + "\"}", true).join();
            } else {
                sentAt[e] = System.nanoTime();
                customer.sendText("{\"type\":\"end\"}", true).join();
            }
        }
        Thread.sleep(PACE_MS);
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpu = serverCpu() - cpuBefore;
        if (customer != null) {
            customer.abort();
        }
        dashboards.forEach(WebSocket::abort);
        List<Long> latencies = new ArrayList<>();
        int missed = 0;
        for (int e = 0; e < events; e++) {
            if (count == 0) {
                continue;
            }
            if (doneAt[e] == 0) {
                missed++;
            } else {
                latencies.add(doneAt[e] - sentAt[e]);
            }
        }
        Thread.sleep(2000); // the closed dashboards are gone before the next phase
        return new Phase(count, latencies.stream().mapToLong(Long::longValue).toArray(), missed, cpu, seconds,
                frameBytes.get(), changesFrames.get() == 0 ? 0 : changesBytes.get() / changesFrames.get(), activeShown.get());
    }

    /** A figure of the board's {@code total} (after every campaign's and agent's block), read without parsing it all. */
    private static int total(String board, String figure) {
        int total = board.lastIndexOf("\"total\":{");
        int at = board.indexOf("\"" + figure + "\":", total) + figure.length() + 3;
        int end = at;
        while (Character.isDigit(board.charAt(end))) {
            end++;
        }
        return Integer.parseInt(board.substring(at, end));
    }

    private long serverCpu() throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + "/bench/cpu");
        return Long.parseLong(HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body().trim());
    }
}
