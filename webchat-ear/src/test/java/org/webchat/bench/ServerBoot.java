package org.webchat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * WildFly's own "started in" (its log's WFLYSRV0025), as {@code ./run.sh} starts it: the configured server of the
 * build, {@code standalone-full.xml}, with the EAR in its deployments directory or without it. Each start is a copy of
 * the configuration in {@code target/benchmark/boot}, on ports {@code offset} above the usual, on the database the
 * {@code WEBCHAT_DB_*} variables of {@code environment} name (as {@code webchat.cli}'s datasource reads them); the server
 * is stopped once it said it started. With {@code archive}, {@code WEBCHAT_CLASS_ARCHIVE} names that file, as
 * {@code ./run.sh} names its own: the start records it when there is none (the JVM writes it as the server stops), and
 * maps it otherwise.
 */
final class ServerBoot {

    private static final Pattern STARTED = Pattern.compile("WFLYSRV002[56]: .* started(?: \\(with errors\\))? in (\\d+)ms");

    private ServerBoot() {
    }

    /** The "started in" of one start, in seconds. */
    static double startedIn(boolean withEar, Path archive, int offset, Map<String, String> environment)
            throws Exception {
        Path home = Path.of(System.getProperty("wildfly.home"));
        Path base = Path.of("target", "benchmark", "boot", withEar ? "with-ear" : "without-ear").toAbsolutePath();
        deleteTree(base);
        Files.createDirectories(base.resolve("deployments"));
        Path configuration = home.resolve("standalone").resolve("configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = base.resolve("configuration").resolve(configuration.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (withEar) {
            Files.copy(Path.of(System.getProperty("webchat.ear")), base.resolve("deployments/webchat.ear"));
        }
        Path console = base.resolve("console.log");
        ProcessBuilder start = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-c",
                "standalone-full.xml", "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-Dwebchat.demo=true").redirectErrorStream(true).redirectOutput(console.toFile());
        start.environment().putAll(environment);
        if (archive == null) {
            start.environment().remove("WEBCHAT_CLASS_ARCHIVE");
        } else {
            start.environment().put("WEBCHAT_CLASS_ARCHIVE", archive.toAbsolutePath().toString());
        }
        Process server = start.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                Matcher started = STARTED.matcher(Files.readString(console, StandardCharsets.UTF_8));
                if (started.find()) {
                    if (started.group().contains("with errors")) {
                        throw new IllegalStateException("WildFly started with errors, see " + console);
                    }
                    return Integer.parseInt(started.group(1)) / 1000.0;
                }
                if (!server.isAlive()) {
                    throw new IllegalStateException("WildFly stopped before it said it started, see " + console);
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("WildFly did not start within 300 s, see " + console);
        } finally {
            // standalone.sh runs WildFly's JVM as its child: stop that first (it shuts down cleanly), then the script.
            // A JVM recording the class archive writes it before it ends (about 20 s on 2 cores).
            List<ProcessHandle> all = Stream.concat(server.descendants(), Stream.of(server.toHandle())).toList();
            all.forEach(ProcessHandle::destroy);
            for (ProcessHandle process : all) {
                process.onExit().get(180, TimeUnit.SECONDS);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
