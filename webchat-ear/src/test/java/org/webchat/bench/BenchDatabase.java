package org.webchat.bench;

/**
 * Which of the test runs' two servers a benchmark is in: the embedded H2 default's or PostgreSQL's. Each benchmark
 * measures on one (README, "Benchmarks"); in the other run it does nothing, so naming it with -Dit.test measures it
 * once. (An assumption would be the way, but a test run in the server reports a failed assumption as an error.)
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** Whether this is the run on {@code database} ("h2" or "postgresql"); says so when it is not. */
    static boolean is(String database) {
        String dir = System.getProperty("it.server.dir", System.getProperty("jboss.server.base.dir", ""));
        boolean here = dir.replace('\\', '/').endsWith("/" + database);
        if (!here) {
            System.out.println("[benchmark] measured on " + database + " only: nothing to do in " + dir);
        }
        return here;
    }
}
