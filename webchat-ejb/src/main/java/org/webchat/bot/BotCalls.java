package org.webchat.bot;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bot's outbound requests (issue 15, points 1 and 2): a flow's request step, and each line for an external bot.
 * POSTed as JSON outside any transaction, never holding the chat's lock; a timeout, a refused connection or a 5xx is
 * tried again ({@value #ATTEMPTS} times in all, 1 s then 3 s apart), a 4xx is not; then the bot hears the outcome.
 */
@Stateless
public class BotCalls {

    /** What to send: where, how long to wait for each attempt, the JSON body; {@code external}: an external bot. */
    public record Outbound(String url, int timeoutSeconds, String body, boolean external) {
    }

    static final int ATTEMPTS = 3;
    private static final long[] PAUSES_MS = {1_000, 3_000};
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(BotCalls.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    Bots bots;

    /** Sends request {@code request} of the interaction, if its bot still waits for it, and tells the bot. */
    @Asynchronous
    public void send(long interactionId, String request) {
        Optional<Outbound> outbound = bots.outbound(interactionId, request);
        if (outbound.isEmpty()) {
            return;
        }
        Outbound out = outbound.get();
        if (out.url() == null) {
            bots.failed(interactionId, request, "no request step");
            return;
        }
        String how = "?";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0 && !pause(PAUSES_MS[attempt - 1])) {
                break;
            }
            try {
                HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(out.url()))
                        .timeout(Duration.ofSeconds(out.timeoutSeconds()))
                        .header("Content-Type", "application/json").header("User-Agent", "Webchat-Bot/1")
                        .POST(HttpRequest.BodyPublishers.ofString(out.body(), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                String body = read(response.body());
                if (status / 100 == 2) {
                    Optional<BotRun.ServiceAnswer> answer = out.external() ? Optional.of(noAnswer()) : answer(body);
                    if (answer.isPresent()) {
                        bots.answered(interactionId, request, answer.get());
                        return;
                    }
                    how = "unreadable answer";
                    break;
                }
                how = "HTTP " + status;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    break; // the service refuses this request: asking again would change nothing
                }
            } catch (HttpTimeoutException slow) {
                how = "no answer in " + out.timeoutSeconds() + " s";
            } catch (IOException | IllegalArgumentException unreachable) {
                how = "unreachable";
                LOG.log(Level.FINE, "Bot request failed", unreachable);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return; // the server stops: the request is sent again when it is back
            }
        }
        bots.failed(interactionId, request, how);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(InputStream body) throws IOException {
        try (body) {
            byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
            return bytes.length > MAX_ANSWER_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static BotRun.ServiceAnswer noAnswer() {
        return new BotRun.ServiceAnswer(Map.of(), List.of());
    }

    /**
     * A request step's answer: {@code {"variables": {"name": "value", ..}, "messages": ["..", ..]}}, both optional; an
     * empty body is an empty answer. Numbers and booleans are kept as text. Empty when it cannot be read.
     */
    static Optional<BotRun.ServiceAnswer> answer(String body) {
        if (body == null) {
            return Optional.empty();
        }
        if (body.isBlank()) {
            return Optional.of(noAnswer());
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            Map<String, String> variables = new LinkedHashMap<>();
            if (json.get("variables") instanceof JsonObject given) {
                given.forEach((name, value) -> text(value).ifPresent(text -> variables.put(name, text)));
            }
            List<String> messages = new ArrayList<>();
            if (json.get("messages") instanceof JsonArray said) {
                said.forEach(value -> text(value).ifPresent(messages::add));
            }
            return Optional.of(new BotRun.ServiceAnswer(variables, messages));
        } catch (JsonException | IllegalStateException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonValue value) {
        if (value instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }

    /** A request step's body: the interaction and its variables. */
    static String variablesJson(long interactionId, Map<String, String> variables) {
        var vars = JSON.createObjectBuilder();
        variables.forEach(vars::add);
        return JSON.createObjectBuilder().add("interactionId", interactionId).add("variables", vars).build().toString();
    }
}
