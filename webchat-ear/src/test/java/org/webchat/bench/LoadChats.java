package org.webchat.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.webchat.it.ConsoleSession;

/**
 * The chats a load run writes through ({@link LoadBenchmark}, {@link ClusterLoadBenchmark}): the agents of a
 * {@code nocall} campaign signed in, then a customer arrived for each of their places and taken; and the message
 * phases run through them.
 */
final class LoadChats {

    private final List<LoadSocket> agents;
    private final ArrivalPhase customers;

    private LoadChats(List<LoadSocket> agents, ArrivalPhase customers) {
        this.agents = agents;
        this.customers = customers;
    }

    /**
     * Signs in {@code settings.agents()} agents {@code agentPrefix-0}, {@code agentPrefix-1}... of {@code campaign},
     * then has {@code settings.chats()} customers arrive there, and waits until each is assigned.
     */
    static LoadChats open(LoadServer server, KeepAlive keepAlive, LoadFrames frames, LoadSettings settings,
                          long campaign, String agentPrefix, String password, LoadReport report) throws Exception {
        CountDownLatch assigned = new CountDownLatch(settings.chats());
        List<LoadSocket> agents = signIn(server, settings.agents(), agentPrefix, password, keepAlive, frame -> {
            if (LoadFrames.isType(frame, "assigned")) {
                assigned.countDown();
            } else {
                frames.agent(frame);
            }
        });
        Thread.sleep(3000); // the agents' presence settles

        ArrivalPhase chats = new ArrivalPhase(server, keepAlive, frames::customer);
        long opening = System.nanoTime();
        ArrivalPhase.ArrivalFigures opened = chats.run(campaign, settings.chats(), settings.arrivalWindow());
        report.arrivals("Set-up, agents free", opened);
        if (opened.welcomed() < settings.chats() || !assigned.await(300, TimeUnit.SECONDS)) {
            throw new AssertionError("Only " + (settings.chats() - assigned.getCount()) + " of " + settings.chats()
                    + " chats were assigned; agents the server closed: " + LoadSocket.closed(agents));
        }
        report.line(String.format("All %,d chats assigned %.1f s after the first customer arrived.", settings.chats(),
                (System.nanoTime() - opening) / 1e9));
        return new LoadChats(agents, chats);
    }

    List<LoadSocket> agents() {
        return agents;
    }

    /** The customers' sockets, one a chat. */
    List<LoadSocket> customers() {
        return customers.customers();
    }

    /** The customers close their windows, and the agents theirs. */
    void leave(LoadReport report) {
        if (!LoadSocket.closed(agents).isEmpty()) {
            report.line("Agents the server closed: " + LoadSocket.closed(agents));
        }
        customers.leave();
        agents.forEach(LoadSocket::abort);
    }

    /** A warm-up at the first phase's pace, then every phase, through {@code chats}; {@code side} names the rows. */
    static void runPhases(String side, String id, List<LoadSocket> chats, LoadSettings settings,
                          LoadServer server, LoadFrames frames, LoadReport report) throws Exception {
        List<String> phases = new ArrayList<>();
        if (settings.warmUp() > 0) {
            phases.add("warm-up");
        }
        phases.addAll(settings.rates());
        for (int p = 0; p < phases.size(); p++) {
            boolean warmUp = phases.get(p).equals("warm-up");
            String pace = warmUp ? settings.rates().get(0) : phases.get(p);
            long closedBefore = closed(chats);
            double load = LoadServer.loadAverage();
            long cpu = server.cpuNanos();
            long started = System.nanoTime();
            MessageTally.MessageFigures figures = new MessagePhase(id + p, chats, LoadSettings.rateOf(pace),
                    settings.perChat()).run(frames, warmUp ? settings.warmUp() : settings.seconds());
            long wall = System.nanoTime() - started;
            report.messages(new LoadReport.MessageRow(side, (warmUp ? "warm-up " : "") + (pace.equals("max") ? "max"
                    : pace + "/s"), figures, closed(chats) - closedBefore, LoadSocket.closed(chats).toString(),
                    server.cpuNanos() - cpu, wall, Math.max(load, LoadServer.loadAverage())));
            Thread.sleep(2000); // what the phase left behind settles
        }
    }

    /** How many of the chats' customers the server closed. */
    private static long closed(List<LoadSocket> chats) {
        return chats.stream().filter(chat -> !chat.isOpen()).count();
    }

    /**
     * Signs in {@code count} agents (a few at a time: a sign-in hashes a password) and opens their sockets, each kept
     * alive from the start (the sign-ins may take longer than the server keeps a silent socket).
     */
    private static List<LoadSocket> signIn(LoadServer server, int count, String prefix, String password,
                                           KeepAlive keepAlive, java.util.function.Consumer<String> onFrame)
            throws Exception {
        List<LoadSocket> agents = Collections.synchronizedList(new ArrayList<>());
        ExecutorService signing = Executors.newFixedThreadPool(4);
        List<Future<?>> signedIn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String login = prefix + "-" + i;
            signedIn.add(signing.submit(() -> {
                LoadSocket agent = server.open("/ws/agent", ConsoleSession.signIn(server.base(), login, password),
                        server.origin(), onFrame).join();
                keepAlive.add(agent);
                return agents.add(agent);
            }));
        }
        for (Future<?> done : signedIn) {
            done.get();
        }
        signing.shutdown();
        return agents;
    }
}
