package org.webchat.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.webchat.it.ConsoleSession;
import org.webchat.it.FreshDatabase;
import org.webchat.it.SocketClient;

/**
 * Persistence first (issue 3): the server process is killed (SIGKILL, no shutdown) in the middle of a
 * conversation and with customers waiting; after it starts again nothing acknowledged is missing and the
 * queue resumes in its order, and a bot in the middle of its flow goes on; customers writing steadily when it dies find
 * every message they were acknowledged exactly once (issue 16). This test runs its own WildFly so that it can kill it, 50 ports
 * above the run's Arquillian server (it.port.offset), as DeployToExistingWildFlyIT's, so that runs beside each other
 * with their own offsets do not meet.
 */
class RestartIT {

    private static final int OFFSET = Integer.getInteger("it.port.offset", 100) + 50;
    private static final URL BASE = url("http://127.0.0.1:" + (8080 + OFFSET) + "/");
    private static final long DEMO_CAMPAIGN = 1;
    /** The demo's second campaign, which starts with the demo's assistant bot (issue 15). */
    private static final long DEMO_SALES = 2;

    private Process server;

    @Test
    void nothingAcknowledgedIsLostAndTheQueueResumesAfterAKill() throws Exception {
        Path base = prepareBaseDirectory();
        Map<String, String> database = ownDatabase();
        server = start(base, database);

        String token;
        List<Long> acknowledged = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        long chat;
        String agentCookies = ConsoleSession.signInKept(BASE, "agent1", "agent1");
        try (SocketClient agent = SocketClient.agent(BASE, agentCookies);
             SocketClient customer = SocketClient.customer(BASE)) {
            agent.await("hello");
            customer.send(hello("Rita", null, 0));
            JsonObject welcome = customer.await("welcome");
            token = welcome.getString("token");
            chat = welcome.getJsonNumber("interaction").longValue();
            agent.await(f -> "assigned".equals(f.getString("type", "")) && f.getJsonNumber("interaction").longValue() == chat, "assignment");
            for (int i = 1; i <= 5; i++) {
                customer.send("{\"type\":\"message\",\"clientId\":\"r-" + i + "\",\"text\":\"line " + i + "\"}");
                acknowledged.add(customer.await("ack").getJsonNumber("seq").longValue());
            }
            agent.send("{\"type\":\"message\",\"interaction\":" + chat + ",\"clientId\":\"g-1\",\"text\":\"noted\"}");
            acknowledged.add(agent.await("ack").getJsonNumber("seq").longValue());
        }
        Thread.sleep(1000); // the agent's logout follows its socket's close
        // The agent has left (logged out): these customers wait in the queue, in this order.
        for (String name : List.of("Queue One", "Queue Two", "Queue Three")) {
            try (SocketClient customer = SocketClient.customer(BASE)) {
                customer.send(hello(name, null, 0));
                JsonObject welcome = customer.await("welcome");
                assertEquals("QUEUED", welcome.getString("state"));
                waiting.add(welcome.getJsonNumber("interaction").longValue());
            }
        }

        // Issue 15, point 6: a customer in the middle of the demo's start bot (campaign Ventas) when the server dies.
        String botToken;
        long botSeen;
        try (SocketClient customer = SocketClient.customer(BASE)) {
            customer.send(hello(DEMO_SALES, "Bea", null, 0));
            JsonObject welcome = customer.await("welcome");
            assertEquals("BOT", welcome.getString("state"));
            botToken = welcome.getString("token");
            customer.await(botLine("What can we help you with?"), "the assistant's question");
            customer.send("{\"type\":\"message\",\"clientId\":\"b-1\",\"text\":\"Support\"}");
            botSeen = customer.await(botLine("Tell us in a few words what you need."), "the next question")
                    .getJsonNumber("seq").longValue();
        }

        // Issue 16: customers writing steadily when the server dies.
        SteadyLoad load = SteadyLoad.start(BASE, DEMO_CAMPAIGN, 8);
        Thread.sleep(3000);
        killAndWait(server);
        server = start(base, database);
        assertTrue(load.verify(BASE, DEMO_CAMPAIGN) >= 8 * 6, "the load had messages acknowledged before the kill");

        try (SocketClient customer = SocketClient.customer(BASE)) {
            customer.send(hello(DEMO_SALES, "Bea", botToken, botSeen));
            assertEquals("BOT", customer.await("welcome").getString("state"), "the bot resumes where it was");
            customer.send("{\"type\":\"message\",\"clientId\":\"b-2\",\"text\":\"My printer is on fire\"}");
            customer.await(f -> "state".equals(f.getString("type", "")) && "QUEUED".equals(f.getString("state", "")),
                    "the assistant's hand-off to the queue, after the restart");
        }

        try (SocketClient customer = SocketClient.customer(BASE)) {
            customer.send(hello("Rita", token, 0));
            JsonObject welcome = customer.await("welcome");
            assertEquals(chat, welcome.getJsonNumber("interaction").longValue(), "the chat survived the kill");
            long last = welcome.getJsonNumber("lastSeq").longValue();
            List<Long> seqs = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (long seq = 1; seq <= last; seq++) {
                JsonObject message = customer.await(f -> "message".equals(f.getString("type", "")), "message " + seq);
                seqs.add(message.getJsonNumber("seq").longValue());
                texts.add(message.getString("text", ""));
            }
            assertTrue(seqs.containsAll(acknowledged), "every acknowledged message is there: " + seqs + " / " + acknowledged);
            assertEquals(seqs.stream().sorted().toList(), seqs, "in order");
            assertEquals(seqs.stream().distinct().count(), seqs.size(), "without duplicates");
            assertTrue(texts.containsAll(List.of("line 1", "line 2", "line 3", "line 4", "line 5", "noted")), texts.toString());
        }

        // The agent comes back with the cookies its browser kept, without signing in again (issue 16: the kill lost
        // its session, not its kept sign-in): the waiting customers are served first in, first out. It still has
        // Rita's chat, and Max interactions per agent is 3 in the demo: the first two waiting get it, the third waits.
        try (SocketClient agent = SocketClient.agent(BASE, agentCookies)) {
            agent.await("hello");
            long first = agent.await("assigned").getJsonNumber("interaction").longValue();
            long second = agent.await("assigned").getJsonNumber("interaction").longValue();
            assertEquals(java.util.Set.of(waiting.get(0), waiting.get(1)), java.util.Set.of(first, second),
                    "the queue resumed in its order: the first two waiting got the agent, the third still waits");
        }
    }

    private static String hello(String name, String token, long lastSeq) {
        return hello(DEMO_CAMPAIGN, name, token, lastSeq);
    }

    private static String hello(long campaign, String name, String token, long lastSeq) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\",\"language\":\"en\""
                + (token == null ? "" : ",\"token\":\"" + token + "\",\"lastSeq\":" + lastSeq) + "}";
    }

    private static java.util.function.Predicate<JsonObject> botLine(String text) {
        return f -> "message".equals(f.getString("type", "")) && "bot".equals(f.getString("from", ""))
                && text.equals(f.getString("text", ""));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            killAndWait(server);
        }
    }

    /** A base directory of this test's own: the configured server's configuration and the EAR to deploy. */
    private static Path prepareBaseDirectory() throws IOException {
        Path home = Path.of(System.getProperty("wildfly.home"));
        Path base = Path.of(System.getProperty("it.server.dir")).resolveSibling(
                Path.of(System.getProperty("it.server.dir")).getFileName() + "-restart");
        deleteTree(base);
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("webchat.ear")), base.resolve("deployments/webchat.ear"), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    /**
     * On PostgreSQL, a schema of this test's own, made anew: beside the run's server, on the same database, this
     * server would be a second node of it (issue 17) and the run's server could route this test's chats. On H2 the
     * database is in the base directory already.
     */
    private static Map<String, String> ownDatabase() {
        String url = System.getenv("WEBCHAT_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return Map.of();
        }
        return Map.of("WEBCHAT_DB_URL", FreshDatabase.schemaBeside(url, "restart", System.getenv("WEBCHAT_DB_USER"),
                System.getenv("WEBCHAT_DB_PASSWORD")));
    }

    private static Process start(Path base, Map<String, String> database) throws Exception {
        Path home = Path.of(System.getProperty("wildfly.home"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-c",
                "standalone-full.xml", "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Dwebchat.demo=true")
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().putAll(database);
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly stopped while starting; see " + base.resolve("console.log"));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WildFly did not start within 3 minutes; see " + base.resolve("console.log"));
    }

    /** SIGKILL to the server's JVM and its launcher: no shutdown hook, no flush, nothing graceful. */
    private static void killAndWait(Process launcher) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(launcher.descendants().toList());
        all.add(launcher.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().join();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static URL url(String text) {
        try {
            return URI.create(text).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
