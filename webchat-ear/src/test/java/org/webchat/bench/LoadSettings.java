package org.webchat.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the load benchmark runs, from {@code -Dload.*} on the command line (README, "Benchmarks"); the server's
 * set-up reads the same from the deployment, which carries them as a resource.
 *
 * @param chats         {@code load.chats}: chats open during the message phases, each a customer with an agent
 * @param perAgent      {@code load.perAgent}: chats an agent takes (the campaign's Max chats per agent); agents
 *                      enough for every chat sign in
 * @param rates         {@code load.rate}: the message phases, in order: messages a second over all chats, or
 *                      {@code max}; none (empty): no message phase
 * @param perChat       {@code load.perChat}: in a {@code max} phase, the most messages a second a chat sends (at most
 *                      the flood guard's sustained limit, 10)
 * @param seconds       {@code load.seconds}: each message phase sends for this long
 * @param warmUp        {@code load.warmUp}: seconds of the first phase run before it, the code compiled (30: the
 *                      server's JVM compiles with C2 late, for its boot; after 10 s the message path still cost a
 *                      fifth more CPU a message, and its p99 was twice the steady one)
 * @param bare          {@code load.bare}: the same phases through the bare relay, and a bare socket's heap
 * @param arrivals      {@code load.arrivals}: customers who then arrive while every agent is busy (0: none)
 * @param arrivalWindow {@code load.arrivalWindow}: arrivals waiting for their welcome at once, at most
 * @param arrivalWarmUp {@code load.arrivalWarmUp}: customers who arrive, are welcomed and end their chats before the
 *                      measured arrivals (0: none), as {@code warmUp} does for the message phases: the arrival's code
 *                      is otherwise compiled while it is measured, in the server and in the load generator alike
 * @param idleSeconds   {@code load.idle}: seconds the server's CPU is measured once they all wait
 */
record LoadSettings(int chats, int perAgent, List<String> rates, double perChat, int seconds, int warmUp,
                    boolean bare, int arrivals, int arrivalWindow, int arrivalWarmUp, int idleSeconds) {

    static final String RESOURCE = "load.properties";
    private static final String[] KEYS = {"chats", "perAgent", "rate", "perChat", "seconds", "warmUp", "bare",
            "arrivals", "arrivalWindow", "arrivalWarmUp", "idle"};

    static LoadSettings of(Properties given) {
        return new LoadSettings(
                Integer.parseInt(given.getProperty("load.chats", "100")),
                Integer.parseInt(given.getProperty("load.perAgent", "5")),
                Arrays.stream(given.getProperty("load.rate", "max").split(",")).map(String::trim)
                        .filter(rate -> !rate.isEmpty()).toList(),
                Double.parseDouble(given.getProperty("load.perChat", "10")),
                Integer.parseInt(given.getProperty("load.seconds", "30")),
                Integer.parseInt(given.getProperty("load.warmUp", "30")),
                Boolean.parseBoolean(given.getProperty("load.bare", "true")),
                Integer.parseInt(given.getProperty("load.arrivals", "0")),
                Integer.parseInt(given.getProperty("load.arrivalWindow", "200")),
                Integer.parseInt(given.getProperty("load.arrivalWarmUp", "0")),
                Integer.parseInt(given.getProperty("load.idle", "30")));
    }

    /** Only the {@code load.*} properties of {@code all}, to carry to the server. */
    static Properties only(Properties all) {
        Properties load = new Properties();
        for (String key : KEYS) {
            String value = all.getProperty("load." + key);
            if (value != null) {
                load.setProperty("load." + key, value);
            }
        }
        return load;
    }

    int agents() {
        return (chats + perAgent - 1) / perAgent;
    }

    /** Messages a second of a phase ({@code max}: 0). */
    static double rateOf(String phase) {
        return phase.equals("max") ? 0 : Double.parseDouble(phase);
    }
}
