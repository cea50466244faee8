package org.webchat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.webchat.it.FreshDatabase;

/**
 * WildFly's "started in" as a user's {@code ./run.sh} sees it (issue 16, point 6): the configured server of the build
 * with the EAR and without it ({@link ServerBoot}), on PostgreSQL, with no other server running. It runs in a Maven
 * execution of its own, after the benchmarks' managed WildFly has stopped, so that the starts do not share the
 * cores with it. As {@code ./run.sh}, it starts the server with the JVM's class archive ({@code class-archive.conf}),
 * one for the server with the EAR and one for the server without it, each recorded by its first start: first the
 * start with the EAR on an empty schema (the migrations and the demo data), then the first without it; then
 * {@code boot.starts} starts of each kind, alternated, on the schema that start made: with the EAR and its archive,
 * with the EAR and no archive (the difference the archive makes), without the EAR with its archive. It prints its
 * figures and writes them to
 * {@code webchat-ear/target/benchmark/boot.txt}; it asserts nothing about time. Without {@code boot.starts}, or
 * outside its execution ({@code bench.boot}), it does nothing.
 */
class BootBenchmark {

    @Test
    void startedIn() throws Exception {
        int starts = Integer.getInteger("boot.starts", 0);
        if (!Boolean.getBoolean("bench.boot") || starts <= 0) {
            return;
        }
        String user = System.getProperty("it.postgresql.user");
        String password = System.getProperty("it.postgresql.password");
        String url = FreshDatabase.schemaBeside(System.getProperty("it.postgresql.url"), "boot", user, password);
        Map<String, String> database = Map.of("WEBCHAT_DB_DRIVER", "postgresql", "WEBCHAT_DB_URL", url,
                "WEBCHAT_DB_USER", user, "WEBCHAT_DB_PASSWORD", password);
        int offset = Integer.getInteger("it.port.offset", 100) + 50;

        Path archives = Path.of("target", "benchmark", "boot");
        Path withEar = archives.resolve("with-ear.jsa");
        Path withoutEar = archives.resolve("without-ear.jsa");
        Files.deleteIfExists(withEar);
        Files.deleteIfExists(withoutEar);
        double first = ServerBoot.startedIn(true, withEar, offset, database);
        double firstWithout = ServerBoot.startedIn(false, withoutEar, offset, database);
        List<Double> with = new ArrayList<>();
        List<Double> withNoArchive = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            with.add(ServerBoot.startedIn(true, withEar, offset, database));
            withNoArchive.add(ServerBoot.startedIn(true, null, offset, database));
            without.add(ServerBoot.startedIn(false, withoutEar, offset, database));
        }
        String report = String.format("WildFly's \"started in\" (standalone-full.xml as ./run.sh starts it, on PostgreSQL,"
                        + " %d cores, no other server running): the first start on an empty database (the migrations and"
                        + " the demo data, recording the class archive) %.1f s, the first without the EAR %.1f s; then"
                        + " with the EAR %s s (median %.1f), with the EAR and no class archive %s s (median %.1f), without"
                        + " the EAR %s s (median %.1f); load average %.2f at the end.%n",
                Runtime.getRuntime().availableProcessors(), first, firstWithout, seconds(with), median(with),
                seconds(withNoArchive), median(withNoArchive), seconds(without), median(without),
                LoadServer.loadAverage());
        System.out.print(report);
        write(report);
    }

    private static String seconds(List<Double> times) {
        return String.join(", ", times.stream().map(time -> String.format("%.1f", time)).toList());
    }

    private static double median(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void write(String report) throws IOException {
        Path file = Path.of("target", "benchmark", "boot.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }
}
