import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external bot for Webchat (issue 15), in one file with nothing but the JDK: run it with
 * <pre>
 *   WEBCHAT_BOT_TOKEN=... java examples/bots/OrderStatusBot.java
 * </pre>
 * then give a bot of kind "External" the URL http://localhost:8099/events and put it at a campaign's start.
 * Webchat POSTs each event here (a chat's start, each customer line); this bot answers through Webchat's bot API
 * with its token: it tells an order's status, hands the chat to a person on request, and ends it on "bye".
 * Environment: WEBCHAT_BOT_TOKEN (the bot's token, shown once in Administration > Bots), WEBCHAT_URL (default
 * http://localhost:8080), BOT_PORT (default 8099).
 */
public class OrderStatusBot {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String WEBCHAT = System.getenv().getOrDefault("WEBCHAT_URL", "http://localhost:8080");
    private static final String TOKEN = System.getenv("WEBCHAT_BOT_TOKEN");

    public static void main(String[] args) throws IOException {
        if (TOKEN == null || TOKEN.isBlank()) {
            System.err.println("Set WEBCHAT_BOT_TOKEN to the bot's token (Administration > Bots > Make a new token).");
            System.exit(2);
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("BOT_PORT", "8099"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/events", OrderStatusBot::event);
        server.start();
        System.out.println("Order status bot listening on http://localhost:" + port + "/events");
    }

    /** Takes the event at once (Webchat tries again on a timeout or a 5xx), then answers through the bot API. */
    private static void event(HttpExchange exchange) throws IOException {
        String event = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
        new Thread(() -> answer(event)).start();
    }

    private static void answer(String event) {
        try {
            String chat = WEBCHAT + field(event, "reply");
            if ("start".equals(field(event, "event"))) {
                say(chat, "Hi " + field(event, "name") + "! Type your order number, or choose:", "Talk to a person", "Bye");
                return;
            }
            String text = field(event, "text").strip();
            if (text.matches("[0-9]{3,12}")) {
                call(chat + "/variables", "{\"variables\": {\"order\": \"" + text + "\"}}");
                say(chat, "Order " + text + " left our warehouse yesterday. Anything else?", "Talk to a person", "Bye");
            } else if (text.equalsIgnoreCase("Talk to a person") || text.equalsIgnoreCase("person")) {
                call(chat + "/handoff", "{\"summary\": \"Asked for a person after the order bot\"}");
            } else if (text.equalsIgnoreCase("bye")) {
                call(chat + "/end", "{\"text\": \"Thank you, goodbye!\"}");
            } else {
                say(chat, "I did not get that. Type an order number, or choose:", "Talk to a person", "Bye");
            }
        } catch (Exception failed) {
            System.err.println("Could not answer: " + failed);
        }
    }

    private static void say(String chat, String text, String... options) throws Exception {
        StringBuilder buttons = new StringBuilder();
        for (String option : options) {
            buttons.append(buttons.length() == 0 ? "" : ", ").append('"').append(option).append('"');
        }
        call(chat + "/messages", "{\"text\": \"" + escape(text) + "\", \"options\": [" + buttons + "]}");
    }

    private static void call(String url, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println(url + " answered " + response.statusCode() + " " + response.body());
        }
    }

    /** A string field of the event, the first of that name (enough for this example; use a JSON library in yours). */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return matcher.find() ? matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : "";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
