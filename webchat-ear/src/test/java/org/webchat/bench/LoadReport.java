package org.webchat.bench;

import static org.webchat.bench.BenchClient.ms;
import static org.webchat.bench.BenchClient.percentile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The load benchmark's table, as it grows: printed line by line while it runs (a long run shows where it is) and
 * written whole to {@code target/benchmark/load.txt}. CPU is the server JVM's, in % of one core (200%: both cores
 * of a 2-core machine), as {@code top} shows it.
 */
final class LoadReport {

    private static final String HEADER = String.format("%-8s %-13s %9s %8s %8s %7s %7s %8s %7s %5s %4s %6s %6s %6s %7s %5s",
            "side", "phase", "sent", "acked/s", "deliv/s", "p50 ms", "p99 ms", "max ms", "ack p99", "lost", "dup",
            "unackd", "closed", "CPU %", "CPU/msg", "load");

    private final StringBuilder text = new StringBuilder();
    private final Map<String, MessageRow> products = new LinkedHashMap<>();
    private final Map<String, MessageRow> bares = new LinkedHashMap<>();
    private boolean headed;

    /**
     * One message phase as it ends: {@code closed} customers the server closed during it, {@code closedWith} how all
     * closed so far were; the server's CPU time over the phase's time, drain included.
     */
    record MessageRow(String side, String phase, MessageTally.MessageFigures figures, long closed, String closedWith,
                      long cpuNanos, long wallNanos, double loadAverage) {

        double cpuPercent() {
            return 100.0 * cpuNanos / wallNanos;
        }

        double cpuMsPerMessage() {
            return figures.acked() == 0 ? 0 : cpuNanos / 1e6 / figures.acked();
        }
    }

    void line(String line) {
        headed = false;
        say(line);
    }

    void messages(MessageRow row) {
        if (!headed) {
            say(HEADER);
            headed = true;
        }
        MessageTally.MessageFigures f = row.figures();
        say(String.format("%-8s %-13s %,9d %,8.0f %,8.0f %7.1f %7.1f %,8.0f %7.1f %5d %4d %6d %6d %5.0f%% %5.2fms %5.1f",
                row.side(), row.phase(), f.sent(), f.ackedPerSecond(), f.deliveredPerSecond(),
                ms(percentile(f.latency(), 50)), ms(percentile(f.latency(), 99)),
                ms(f.latency().length == 0 ? 0 : f.latency()[f.latency().length - 1]), ms(percentile(f.ackLatency(), 99)),
                f.lost(), f.duplicated(), f.notAcked(), row.closed(), row.cpuPercent(),
                row.cpuMsPerMessage(), row.loadAverage()));
        if (row.closed() > 0) {
            say("         customers closed by the server so far, by reason: " + row.closedWith());
        }
        if (!f.refused().isEmpty()) {
            say("         refused: " + f.refused());
        }
        if (row.side().equals("bare")) {
            bares.put(row.phase(), row);
        } else {
            products.put(row.side() + " " + row.phase(), row); // sides: the product, or a cluster's sizes
        }
    }

    /** Each product phase against the bare relay's of the same name. */
    void ratios() {
        products.values().forEach(product -> {
            String phase = product.phase();
            MessageRow bare = bares.get(phase);
            if (bare == null || phase.startsWith("warm-up")) {
                return;
            }
            double productP99 = ms(percentile(product.figures().latency(), 99));
            double bareP99 = ms(percentile(bare.figures().latency(), 99));
            line(String.format("product/bare, %s: delivered %,.0f/s against %,.0f/s, %.1f%%; p99 %.1f ms against %.1f ms"
                            + " (%.1f times); server CPU a message %.2f ms against %.2f ms", phase,
                    product.figures().deliveredPerSecond(), bare.figures().deliveredPerSecond(),
                    100 * product.figures().deliveredPerSecond() / Math.max(1e-9, bare.figures().deliveredPerSecond()),
                    productP99, bareP99, productP99 / Math.max(1e-9, bareP99), product.cpuMsPerMessage(), bare.cpuMsPerMessage()));
        });
    }

    void arrivals(String what, ArrivalPhase.ArrivalFigures f) {
        line(String.format("%s: %,d of %,d customers welcomed in %.1f s (%,.0f/s; from opening the socket to the welcome"
                        + " p50 %.0f ms, p99 %.0f ms), %d refused, %d failed to connect; while they arrived, server CPU"
                        + " %.0f%% (%.2f ms an arrival), of which its JIT compiler %.0f%%; PostgreSQL %.0f%% (%.2f ms an"
                        + " arrival); the load generator %.0f%%; load average %.1f",
                what, f.welcomed(), f.offered(), f.seconds(), f.perSecond(), ms(percentile(f.latency(), 50)),
                ms(percentile(f.latency(), 99)), f.refused(), f.failed(), 100 * f.serverCores(), f.serverMsEach(),
                100 * f.compilerCores(), 100 * f.postgresCores(), f.postgresMsEach(), 100 * f.generatorCores(),
                LoadServer.loadAverage()));
    }

    /** Whether every message phase delivered exactly what was acknowledged. */
    boolean nothingLostOrDuplicated() {
        return products.values().stream().allMatch(r -> r.figures().lost() == 0 && r.figures().duplicated() == 0);
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private void say(String line) {
        System.out.println("[load] " + line);
        text.append(line).append(System.lineSeparator());
    }
}
