package org.webchat.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link BotIT}'s bot services, in the test's own JVM (never deployed: the server's modules do not see the JDK's HTTP
 * server): a CRM a flow's request step asks, an external bot that answers through the bot API, and one that fails.
 */
final class BotServices {

    private static HttpServer service;
    static final Map<String, List<JsonObject>> received = new ConcurrentHashMap<>();
    static final AtomicInteger failures = new AtomicInteger();
    private static URL apiBase;

    private BotServices() {
    }


    static synchronized void serve(URL base) throws IOException {
        apiBase = base;
        if (service != null) {
            return;
        }
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", BotIT.servicePort()), 0);
        service.createContext("/crm", exchange -> {
            JsonObject body = read(exchange);
            received.computeIfAbsent("crm", k -> new CopyOnWriteArrayList<>()).add(body);
            answer(exchange, 200, "{\"variables\": {\"plan\": \"gold\"}, \"messages\": [\"Found you, "
                    + body.getJsonObject("variables").getString("mail") + "\"]}");
        });
        service.createContext("/failing", exchange -> {
            read(exchange);
            failures.incrementAndGet();
            answer(exchange, 503, "");
        });
        service.createContext("/external", exchange -> {
            JsonObject event = read(exchange);
            received.computeIfAbsent("external", k -> new CopyOnWriteArrayList<>()).add(event);
            answer(exchange, 202, "");
            // The bot answers through the bot API, after taking the event, as an external bot does.
            new Thread(() -> externalBot(event)).start();
        });
        service.start();
    }

    private static void externalBot(JsonObject event) {
        try {
            String chat = event.getString("reply");
            if ("start".equals(event.getString("event"))) {
                api(chat + "/messages", BotIT.TOKEN, "{\"text\": \"Hello from outside, "
                        + event.getJsonObject("variables").getString("name") + "\", \"options\": [\"Help\", \"Person\"]}");
            } else if ("Person".equals(event.getJsonObject("message").getString("text"))) {
                api(chat + "/variables", BotIT.TOKEN, "{\"variables\": {\"wish\": \"a person\"}}");
                api(chat + "/handoff", BotIT.TOKEN, "{\"summary\": \"Wants a person\"}");
            } else {
                api(chat + "/messages", BotIT.TOKEN, "{\"text\": \"You said: " + event.getJsonObject("message").getString("text") + "\"}");
            }
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    static HttpResponse<String> api(String path, String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(apiBase.toString()).resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject read(HttpExchange exchange) throws IOException {
        try (var reader = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }


    /** A console API's JSON, as the signed-in page reads it. */
    static JsonObject get(URL base, String path, String cookie) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve(path)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
