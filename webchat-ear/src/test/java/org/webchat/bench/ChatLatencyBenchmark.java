package org.webchat.bench;

import static org.webchat.bench.BenchClient.ms;
import static org.webchat.bench.BenchClient.percentile;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.webchat.it.TestPasswords;

/**
 * The customer-to-agent message latency with 200 concurrent chats (issue 3), measured on a managed WildFly
 * through the real sockets: 70 agents of a {@code nocall} campaign (3 chats each) take 200 customers, then
 * every customer sends {@value #MESSAGES} messages, one every {@value #PACE_MS} ms, the sends of all customers
 * spread evenly over that time; the latency of a message is
 * the time from the customer's send to the agent's receipt (both clocks are this JVM's). One message every 2 s
 * from each of 200 customers is 100 messages a second, several times what 200 people typing send. Not part of the test
 * suite: run it with {@code ./mvnw verify -Pbenchmark}; it prints its figures and writes them to
 * {@code webchat-ear/target/benchmark/chat-latency.txt}. It asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatLatencyBenchmark {

    private static final long CAMPAIGN = 300_000;
    private static final int AGENTS = 70;
    private static final int CUSTOMERS = 200;
    private static final int MESSAGES = 15;
    private static final int PACE_MS = 2000;
    private static final String PASSWORD = "bench-pass";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ChatLatencyBenchmark.class, BenchClient.class, BenchDatabase.class, ConsoleSession.class, TestCampaigns.class, TestPasswords.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignWithSeventyAgents() throws Exception {
        if (!BenchDatabase.is("h2")) {
            return;
        }
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Benchmark", true);
        campaign.setStrategy(Strategy.NOCALL);
        campaign.setMaxInteractionsPerAgent(3);
        campaign.setMaxChats(CUSTOMERS);
        campaign.setMaxTimeSeconds(3600);
        TestCampaigns.addAgents(em, campaign, "bench-agent", AGENTS, PASSWORD);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void measureTheCustomerToAgentLatency() throws Exception {
        if (!BenchDatabase.is("h2")) {
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        String ws = base.toString().replaceFirst("^http", "ws").replaceAll("/$", "");
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch assigned = new CountDownLatch(CUSTOMERS);
        CountDownLatch received = new CountDownLatch(CUSTOMERS * MESSAGES);
        List<WebSocket> sockets = new ArrayList<>();

        for (int i = 0; i < AGENTS; i++) {
            String cookie = ConsoleSession.signIn(base, "bench-agent-" + i, PASSWORD);
            sockets.add(open(http, ws + "/ws/agent", cookie, frame -> {
                String type = frame.getString("type", "");
                if ("assigned".equals(type)) {
                    assigned.countDown();
                } else if ("message".equals(type) && "customer".equals(frame.getString("from", ""))) {
                    Long sent = sentAt.remove(frame.getString("clientId"));
                    if (sent != null) {
                        latencies.add(System.nanoTime() - sent);
                        received.countDown();
                    }
                }
            }));
        }
        List<WebSocket> customers = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            WebSocket customer = open(http, ws + "/ws/chat", null, frame -> { });
            customer.sendText("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Bench " + c + "\"}", true).join();
            customers.add(customer);
        }
        if (!assigned.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("Only " + (CUSTOMERS - assigned.getCount()) + " of " + CUSTOMERS + " chats were assigned");
        }
        long started = System.nanoTime();
        for (int m = 0; m < MESSAGES; m++) {
            for (int c = 0; c < CUSTOMERS; c++) {
                String clientId = "b-" + c + "-" + m;
                sentAt.put(clientId, System.nanoTime());
                customers.get(c).sendText("{\"type\":\"message\",\"clientId\":\"" + clientId + "\",\"text\":\"message " + m + "\"}", true);
                // Spread evenly: people do not all press Enter in the same millisecond.
                Thread.sleep(PACE_MS / CUSTOMERS);
            }
        }
        boolean all = received.await(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String report = String.format("Customer -> agent message latency, %d concurrent chats, %d agents, %d messages"
                        + " (%d delivered%s) in %.1f s on %d cores:%n  median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                CUSTOMERS, AGENTS, CUSTOMERS * MESSAGES, sorted.length, all ? "" : ", SOME MISSING", seconds,
                Runtime.getRuntime().availableProcessors(), ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
                ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        System.out.print(report);
        Path out = Path.of("target", "benchmark", "chat-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        customers.forEach(WebSocket::abort);
        sockets.forEach(WebSocket::abort);
        if (!all) {
            throw new AssertionError("Messages were lost: " + (CUSTOMERS * MESSAGES - sorted.length));
        }
    }

    private static WebSocket open(HttpClient http, String uri, String cookie, Consumer<JsonObject> onFrame) {
        return BenchClient.open(http, uri, cookie, null,
                text -> onFrame.accept(Json.createReader(new StringReader(text)).readObject()));
    }
}
