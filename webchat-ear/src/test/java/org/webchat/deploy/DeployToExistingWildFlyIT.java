package org.webchat.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.webchat.it.ConsoleSession;
import org.webchat.it.FreshDatabase;

/**
 * The README's "Deploying to an existing WildFly", followed as written on a freshly unpacked WildFly (the dist
 * the build unpacks), once on the embedded H2 and once on PostgreSQL (issue 11, "Deploying to an existing
 * WildFly"): the commands are taken from the README itself, only the example values of the settings are
 * replaced by the test's own. The steps run twice before the first start, as an upgrade runs them again, and
 * the second run must succeed too. Then WildFly starts with the README's own command, boots without an error,
 * and the administrator set in the settings signs in and opens the administration; the widget's files come
 * gzipped; the database is the one the settings chose.
 *
 * <p>The server runs 50 ports above the Arquillian server of the same run (it.port.offset), so both can be up.
 */
class DeployToExistingWildFlyIT {

    private static final Path ROOT = Path.of(System.getProperty("webchat.root", "..")).toAbsolutePath().normalize();
    private static final Path DIST = Path.of(System.getProperty("wildfly.dist", "wildfly-dist.tar.gz"));
    private static final Path WORK = ROOT.resolve("webchat-ear/target/deploy-guide");
    private static final int OFFSET = Integer.getInteger("it.port.offset", 100) + 50;
    private static final int HTTP_PORT = 8080 + OFFSET;
    private static final int MANAGEMENT_PORT = 9990 + OFFSET;
    private static final String ADMIN_PASSWORD = "Guide-" + Long.toHexString(System.nanoTime());
    private static final String START_COMMAND = "\"$JBOSS_HOME/bin/standalone.sh\"";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onTheEmbeddedH2() throws Exception {
        Path home = pristineWildFly("h2");
        Guide guide = Guide.read(ROOT.resolve("README.md"));
        for (int run = 1; run <= 2; run++) {
            if (run == 1) {
                bash(home, guide.settings(Map.of("WEBCHAT_ADMIN_PASSWORD", ADMIN_PASSWORD), true), "settings");
            }
            bash(home, guide.configure(), "configure, run " + run);
            bash(home, guide.deploy(), "deploy, run " + run);
        }
        try (Server server = Server.start(home, guide.start())) {
            signInAndCheck(server);
        }
        assertTrue(Files.isDirectory(home.resolve("standalone/data/webchat")), "the H2 database in the server's data directory");
    }

    @Test
    void onPostgreSql() throws Exception {
        String user = System.getProperty("it.postgresql.user");
        String password = System.getProperty("it.postgresql.password");
        String url = FreshDatabase.schemaBeside(System.getProperty("it.postgresql.url"), "guide", user, password);
        Path home = pristineWildFly("postgresql");
        Guide guide = Guide.read(ROOT.resolve("README.md"));
        for (int run = 1; run <= 2; run++) {
            bash(home, guide.module(), "PostgreSQL module, run " + run);
            if (run == 1) {
                bash(home, guide.settings(Map.of("WEBCHAT_ADMIN_PASSWORD", ADMIN_PASSWORD, "WEBCHAT_DB_URL", url,
                        "WEBCHAT_DB_USER", user, "WEBCHAT_DB_PASSWORD", password), false), "settings");
            }
            bash(home, guide.configure(), "configure, run " + run);
            bash(home, guide.deploy(), "deploy, run " + run);
        }
        try (Server server = Server.start(home, guide.start())) {
            signInAndCheck(server);
        }
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement();
             ResultSet migrations = sql.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            migrations.next();
            assertTrue(migrations.getInt(1) > 0, "the migrations ran on the PostgreSQL of the settings");
        }
        assertFalse(Files.exists(home.resolve("standalone/data/webchat")), "no H2 database was created on the way");
    }

    /** The administrator of the settings signs in and opens the administration; the widget travels gzipped. */
    private void signInAndCheck(Server server) throws Exception {
        String log = server.log();
        assertTrue(log.contains("WFLYSRV0010: Deployed \"webchat.ear\""), "the EAR deployed");
        assertTrue(log.contains("WFLYSRV0025") && !log.contains("WFLYSRV0026"), "WildFly started without errors");
        URL base = URI.create("http://127.0.0.1:" + HTTP_PORT + "/").toURL();
        String cookie = ConsoleSession.signIn(base, "admin", ADMIN_PASSWORD);
        HttpResponse<String> administration = http.send(HttpRequest.newBuilder(URI.create(base + "admin/index.xhtml"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, administration.statusCode());
        assertTrue(administration.body().contains("id=\"campaigns\""), "the administration's campaign list");
        HttpResponse<Void> loader = http.send(HttpRequest.newBuilder(URI.create(base + "widget/loader.js"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());
        assertEquals("gzip", loader.headers().firstValue("Content-Encoding").orElse("none"), "the widget's loader gzipped");
    }

    /** A WildFly unpacked from the dist, as downloaded: nothing of an earlier run is left. */
    private static Path pristineWildFly(String name) throws Exception {
        Path dir = WORK.resolve(name);
        deleteTree(dir);
        Files.createDirectories(dir);
        Process tar = new ProcessBuilder("tar", "xzf", DIST.toString(), "-C", dir.toString()).inheritIO().start();
        assertEquals(0, tar.waitFor(), "unpacking " + DIST);
        try (Stream<Path> content = Files.list(dir)) {
            Path home = content.filter(Files::isDirectory).findFirst().orElseThrow();
            // Only for the test: its ports beside the Arquillian server's (the README's server uses the usual ones).
            Files.writeString(home.resolve("bin/standalone.conf"),
                    "\nJAVA_OPTS=\"$JAVA_OPTS -Djboss.socket.binding.port-offset=" + OFFSET + "\"\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return home;
        }
    }

    /** Runs the README's commands from the checkout's root, as its reader would, stopping at the first failure. */
    private static void bash(Path home, String script, String step) throws Exception {
        Path output = home.resolveSibling("step-" + step.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-u", "-o", "pipefail", "-c", script)
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        readersEnvironment(builder, home);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(step + " did not end within 5 minutes: " + Files.readString(output));
        }
        assertEquals(0, process.exitValue(), step + " failed:\n" + script + "\n" + Files.readString(output));
    }

    /**
     * The environment of a reader's shell: JBOSS_HOME set, and none of the settings the test run itself has (the
     * PostgreSQL suite's WEBCHAT_DB_*): whatever the server gets comes from what the README said to write.
     */
    private static void readersEnvironment(ProcessBuilder builder, Path home) {
        builder.environment().keySet().removeIf(name -> name.startsWith("WEBCHAT_"));
        builder.environment().put("JBOSS_HOME", home.toString());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The README section's four blocks of commands, told apart by what they do. */
    record Guide(String module, String settingsBlock, String configure, String deployAndStart) {

        static Guide read(Path readme) throws IOException {
            String text = Files.readString(readme);
            int start = text.indexOf("### Deploying to an existing WildFly");
            assertTrue(start >= 0, "the README has the section");
            int end = text.indexOf("\n#", start + 4);
            String section = text.substring(start, end < 0 ? text.length() : end);
            List<String> blocks = new ArrayList<>();
            String[] parts = section.split("\n\\s*```[a-z]*\n");
            for (int i = 1; i < parts.length; i += 2) {
                blocks.add(parts[i].stripIndent());
            }
            Guide guide = new Guide(only(blocks, "modules/org/postgresql"), only(blocks, "export WEBCHAT_"),
                    only(blocks, "webchat.cli"), only(blocks, START_COMMAND));
            assertTrue(guide.settingsBlock().contains("JAVA_OPTS=\"$JAVA_OPTS " + System.getProperty("server.jvm.options") + "\""),
                    "the README's settings give the JVM the build's server's options (root pom, server.jvm.options)");
            return guide;
        }

        private static String only(List<String> blocks, String marker) {
            List<String> found = blocks.stream().filter(block -> block.contains(marker)).toList();
            assertEquals(1, found.size(), "one block of commands with " + marker + " in the README's section: " + blocks);
            return found.get(0);
        }

        /** The settings block with the test's values for the variables given; on H2 without the WEBCHAT_DB_ lines. */
        String settings(Map<String, String> values, boolean h2) {
            Map<String, String> left = new LinkedHashMap<>(values);
            StringBuilder script = new StringBuilder();
            for (String line : settingsBlock.split("\n")) {
                String name = line.matches("\\s*export WEBCHAT_[A-Z_]+=.*") ? line.replaceAll("\\s*export (WEBCHAT_[A-Z_]+)=.*", "$1") : null;
                if (name != null && h2 && name.startsWith("WEBCHAT_DB_")) {
                    continue;
                }
                String value = name == null ? null : left.remove(name);
                script.append(value == null ? line : "export " + name + "='" + value + "'").append('\n');
            }
            assertTrue(left.isEmpty(), "the README's settings name " + left.keySet());
            return script.toString();
        }

        /** The deploy block without its last command, which starts the server. */
        String deploy() {
            return deployAndStart.lines().filter(line -> !line.startsWith(START_COMMAND)).reduce("", (a, b) -> a + b + "\n");
        }

        String start() {
            return deployAndStart.lines().filter(line -> line.startsWith(START_COMMAND)).findFirst().orElseThrow();
        }
    }

    /** WildFly started by the README's command, stopped through its management interface. */
    private record Server(Path home, long logStart, Process process) implements AutoCloseable {

        static Server start(Path home, String command) throws Exception {
            // The configuration runs' embedded servers wrote to the same log: this start's lines follow theirs.
            Path log = home.resolve("standalone/log/server.log");
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(home.resolveSibling("console.log").toFile());
            readersEnvironment(builder, home);
            Server server = new Server(home, logStart, builder.start());
            try {
                server.awaitLoginPage();
                return server;
            } catch (Exception | Error e) {
                server.close();
                throw e;
            }
        }

        private void awaitLoginPage() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            URI login = URI.create("http://127.0.0.1:" + HTTP_PORT + "/login.xhtml");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("WildFly stopped: " + Files.readString(home.resolveSibling("console.log")));
                }
                try {
                    if (http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(1000);
            }
            fail("The login page did not answer within 6 minutes: " + log());
        }

        /** What this start wrote to the server's log. */
        String log() throws IOException {
            Path log = home.resolve("standalone/log/server.log");
            if (!Files.exists(log)) {
                return "(no server.log)";
            }
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) logStart, all.length - (int) logStart, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            Process shutdown = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--connect",
                    "--controller=127.0.0.1:" + MANAGEMENT_PORT, "--command=:shutdown")
                    .redirectErrorStream(true).redirectOutput(home.resolveSibling("shutdown.log").toFile()).start();
            shutdown.waitFor(2, TimeUnit.MINUTES);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
