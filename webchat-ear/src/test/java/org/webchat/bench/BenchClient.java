package org.webchat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** What the benchmarks share on their client side: sockets that hand over whole text frames, and percentiles. */
final class BenchClient {

    private BenchClient() {
    }

    /**
     * A socket whose whole text frames go to {@code onFrame}, unparsed (a benchmark parses only what it reads);
     * {@code cookie} and {@code origin} may be null.
     */
    static WebSocket open(HttpClient http, String uri, String cookie, String origin, Consumer<String> onFrame) {
        WebSocket.Builder builder = http.newWebSocketBuilder();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder.buildAsync(URI.create(uri), new WholeFrames(onFrame)).join();
    }

    /** A socket's listener that hands over whole text frames. */
    static final class WholeFrames implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final Consumer<String> onFrame;

        WholeFrames(Consumer<String> onFrame) {
            this.onFrame = onFrame;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                onFrame.accept(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }

    /** The {@code p}th percentile (nearest rank) of sorted samples; 0 when there are none. */
    static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
