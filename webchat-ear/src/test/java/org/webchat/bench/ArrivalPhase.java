package org.webchat.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Customers arriving at a campaign whose agents are all busy: each opens the customer's socket and says hello, and
 * is welcomed into the queue (or refused). At most {@code window} of them wait for their answer at once, so they
 * arrive as fast as the server welcomes them; an arrival's time runs from opening its socket to its {@code welcome}.
 * The welcomed stay, kept alive by pings like the widget's, until {@link #leave()}.
 */
final class ArrivalPhase {

    private static final int QUIET_SECONDS = 60;

    /**
     * What the arrivals showed: latencies are sorted nanoseconds; CPU time in nanoseconds, the server JVM's and every
     * PostgreSQL process's, over {@code wallNanos} (until the last answer, or the wait for it); of the server's, what its
     * JIT compiler threads spent (negative: unknown); and the load generator's own.
     */
    record ArrivalFigures(int offered, int welcomed, int refused, int failed, double seconds, long[] latency,
                          long serverCpuNanos, long compilerCpuNanos, long postgresCpuNanos, long generatorCpuNanos,
                          long wallNanos) {

        double perSecond() {
            return seconds == 0 ? 0 : welcomed / seconds;
        }

        /** CPU in cores (1.0: one core all the time). */
        double serverCores() {
            return (double) serverCpuNanos / wallNanos;
        }

        /** The JIT compiler's part of {@link #serverCores()}; NaN when unknown. */
        double compilerCores() {
            return compilerCpuNanos < 0 ? Double.NaN : (double) compilerCpuNanos / wallNanos;
        }

        double postgresCores() {
            return (double) postgresCpuNanos / wallNanos;
        }

        double generatorCores() {
            return (double) generatorCpuNanos / wallNanos;
        }

        /** CPU milliseconds an answered arrival. */
        double serverMsEach() {
            return serverCpuNanos / 1e6 / Math.max(1, welcomed + refused);
        }

        double postgresMsEach() {
            return postgresCpuNanos / 1e6 / Math.max(1, welcomed + refused);
        }
    }

    private final LoadServer server;
    private final KeepAlive keepAlive;
    private final Consumer<String> afterWelcome;
    private final List<LoadSocket> customers = Collections.synchronizedList(new ArrayList<>());

    /** {@code afterWelcome} reads the customers' other frames. */
    ArrivalPhase(LoadServer server, KeepAlive keepAlive, Consumer<String> afterWelcome) {
        this.server = server;
        this.keepAlive = keepAlive;
        this.afterWelcome = afterWelcome;
    }

    ArrivalFigures run(long campaign, int count, int window) throws Exception {
        Semaphore slots = new Semaphore(window);
        long[] latency = new long[count];
        AtomicInteger welcomed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        long cpuBefore = server.cpuNanos();
        long compilerBefore = server.compilerCpuNanos();
        long postgresBefore = LoadServer.postgresCpuNanos();
        long generatorBefore = LoadServer.generatorCpuNanos();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            slots.acquire();
            int arrival = i;
            long arrived = System.nanoTime();
            AtomicBoolean answered = new AtomicBoolean();
            server.open("/ws/chat", null, null, frame -> {
                boolean welcome = LoadFrames.isType(frame, "welcome");
                if ((welcome || LoadFrames.isType(frame, "refused")) && answered.compareAndSet(false, true)) {
                    long now = System.nanoTime();
                    latency[arrival] = now - arrived;
                    (welcome ? welcomed : refused).incrementAndGet();
                    lastAnswer.accumulateAndGet(now, Math::max);
                    slots.release();
                } else {
                    afterWelcome.accept(frame);
                }
            }).whenComplete((socket, failure) -> {
                if (failure != null) {
                    failed.incrementAndGet();
                    slots.release();
                    return;
                }
                customers.add(socket);
                keepAlive.add(socket);
                socket.send(LoadFrames.hello(campaign, "Waiting " + arrival));
            });
        }
        untilQuiet(() -> welcomed.get() + refused.get() + failed.get(), count, QUIET_SECONDS);
        double seconds = (lastAnswer.get() - started) / 1e9;
        long cpu = server.cpuNanos() - cpuBefore;
        long compiler = compilerBefore < 0 ? -1 : server.compilerCpuNanos() - compilerBefore;
        long postgres = LoadServer.postgresCpuNanos() - postgresBefore;
        long generator = LoadServer.generatorCpuNanos() - generatorBefore;
        long[] sorted = Arrays.stream(latency).filter(l -> l > 0).sorted().toArray();
        return new ArrivalFigures(count, welcomed.get(), refused.get(), failed.get(), Math.max(0, seconds), sorted,
                cpu, compiler, postgres, generator, System.nanoTime() - started);
    }

    /**
     * Waits until {@code done} reaches {@code target}, or has not moved for {@code quietSeconds}; returns its last
     * count. The benchmark's times come from when each answer arrived, not from this wait.
     */
    static int untilQuiet(IntSupplier done, int target, int quietSeconds) throws InterruptedException {
        int seen = done.getAsInt();
        long lastMove = System.nanoTime();
        while (seen < target && System.nanoTime() - lastMove < TimeUnit.SECONDS.toNanos(quietSeconds)) {
            Thread.sleep(100);
            int now = done.getAsInt();
            if (now > seen) {
                seen = now;
                lastMove = System.nanoTime();
            }
        }
        return seen;
    }

    /** The customers' sockets, welcomed or not. */
    List<LoadSocket> customers() {
        synchronized (customers) {
            return List.copyOf(customers);
        }
    }

    /** How many of the customers are still connected. */
    int connected() {
        synchronized (customers) {
            return (int) customers.stream().filter(LoadSocket::isOpen).count();
        }
    }

    /** How the customers no longer connected were closed, and how many each way. */
    Map<String, Long> closed() {
        return LoadSocket.closed(customers());
    }

    /** The customers close their windows. */
    void leave() {
        List<LoadSocket> all;
        synchronized (customers) {
            all = List.copyOf(customers);
            customers.clear();
        }
        keepAlive.remove(all);
        all.forEach(LoadSocket::abort);
    }
}
