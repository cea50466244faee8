package org.webchat.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.webchat.it.SocketClient;

/**
 * Customers writing steadily in chats of their own (four messages a second each, within the flood guard's limits,
 * none waiting for its ack) while the server is killed: what each was acknowledged must be there after the restart,
 * exactly once, with the seq its ack gave (issue 16).
 */
final class SteadyLoad {

    private record Writer(SocketClient socket, String token, String prefix, Thread sender) {
    }

    private final List<Writer> writers = new ArrayList<>();

    private SteadyLoad() {
    }

    /** {@code customers} chats of campaign {@code campaign}, each writing until its socket dies. */
    static SteadyLoad start(URL base, long campaign, int customers) throws Exception {
        SteadyLoad load = new SteadyLoad();
        for (int c = 0; c < customers; c++) {
            SocketClient socket = SocketClient.customer(base);
            socket.send(hello(campaign, "Load " + c, null));
            String token = socket.await("welcome").getString("token");
            String prefix = "load" + c + "-";
            Thread sender = new Thread(() -> {
                try {
                    for (int n = 0; ; n++) {
                        socket.send("{\"type\":\"message\",\"clientId\":\"" + prefix + n + "\",\"text\":\"steady " + n + "\"}");
                        Thread.sleep(250);
                    }
                } catch (RuntimeException | InterruptedException serverGone) {
                    // the kill: what was acknowledged until then is what counts
                }
            }, "steady-load-" + c);
            sender.setDaemon(true);
            sender.start();
            load.writers.add(new Writer(socket, token, prefix, sender));
        }
        return load;
    }

    private static String hello(long campaign, String name, String token) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\",\"language\":\"en\""
                + (token == null ? "" : ",\"token\":\"" + token + "\",\"lastSeq\":0") + "}";
    }

    /** After the kill: the acks each customer had received, by client id. */
    private static Map<String, Long> acknowledged(Writer writer) throws InterruptedException {
        writer.sender().join(30_000);
        Map<String, Long> acks = new HashMap<>();
        writer.socket().pending(f -> "ack".equals(f.getString("type", "")))
                .forEach(ack -> acks.put(ack.getString("clientId"), ack.getJsonNumber("seq").longValue()));
        writer.socket().close();
        return acks;
    }

    /** After the restart: every customer reads its chat from the start; every acknowledged message is there once. */
    int verify(URL base, long campaign) throws Exception {
        int acknowledged = 0;
        for (Writer writer : writers) {
            Map<String, Long> acks = acknowledged(writer);
            acknowledged += acks.size();
            try (SocketClient socket = SocketClient.customer(base)) {
                socket.send(hello(campaign, "Load", writer.token()));
                long last = socket.await("welcome").getJsonNumber("lastSeq").longValue();
                Map<String, Long> stored = new HashMap<>();
                long previous = 0;
                for (long n = 1; n <= last; n++) {
                    JsonObject message = socket.await(f -> "message".equals(f.getString("type", "")), "message " + n);
                    long seq = message.getJsonNumber("seq").longValue();
                    assertTrue(seq > previous, "in order, without repeats");
                    previous = seq;
                    String clientId = message.getString("clientId", null);
                    if (clientId != null && clientId.startsWith(writer.prefix())) {
                        assertEquals(null, stored.put(clientId, seq), "stored once: " + clientId);
                    }
                }
                acks.forEach((clientId, seq) -> assertEquals(seq, stored.get(clientId),
                        "acknowledged " + clientId + " is there with the seq its ack gave"));
            }
        }
        return acknowledged;
    }
}
