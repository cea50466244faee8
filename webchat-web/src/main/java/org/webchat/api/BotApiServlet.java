package org.webchat.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.webchat.bot.Bots;
import org.webchat.interaction.ChatMessage;
import org.webchat.json.Json;
import org.webchat.widget.JsonReplies;

/**
 * The bot API (issue 15, point 2): an external bot, given a chat by the engine, answers in it with its token
 * ({@code Authorization: Bearer <token>}):
 * <ul>
 * <li>{@code POST /api/bot/v1/interactions/{id}/messages} {@code {"text": "..", "options": [".."]}}: says a line,
 * with buttons; answers {@code {"seq": n}};</li>
 * <li>{@code POST .../variables} {@code {"variables": {"name": "value"}}}: keeps variables for the agent (or a
 * survey's answers);</li>
 * <li>{@code POST .../handoff} {@code {"campaign": id, "agent": id, "summary": ".."}} (all optional): hands the chat to
 * a person;</li>
 * <li>{@code POST .../end} {@code {"text": ".."}}: ends the chat (BOT-02).</li>
 * </ul>
 * A chat the bot does not talk in now answers 404, like one that does not exist: a token opens its own chats only.
 */
@WebServlet("/api/bot/v1/*")
public class BotApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/interactions/([1-9][0-9]{0,17})/(messages|variables|handoff|end)");
    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_OPTION = 100;

    @Inject
    transient Bots bots;

    /** A request the API refuses, with its status, code and words. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long botId = bot(request);
            Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
            if (!path.matches()) {
                throw new Refused(404, "not-found", "No such address in the bot API");
            }
            long interaction = Long.parseLong(path.group(1));
            JsonObject body = body(request);
            var answer = Json.createObjectBuilder();
            boolean done = switch (path.group(2)) {
                case "messages" -> bots.say(botId, interaction, text(body, "text", true), options(body))
                        .map(seq -> answer.add("seq", seq)).isPresent();
                case "variables" -> bots.remember(botId, interaction, variables(body));
                case "handoff" -> bots.handOff(botId, interaction, id(body, "campaign"), id(body, "agent"),
                        text(body, "summary", false));
                default -> bots.finish(botId, interaction, text(body, "text", false));
            };
            if (!done) {
                throw new Refused(404, "not-found", "This bot does not talk in that chat now");
            }
            JsonReplies.send(response, 200, answer.add("ok", true));
        } catch (Refused refused) {
            if (refused.status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            JsonReplies.send(response, refused.status, Json.createObjectBuilder().add("error", refused.code)
                    .add("message", refused.getMessage()));
        }
    }

    private long bot(HttpServletRequest request) throws Refused {
        String authorization = request.getHeader("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        return bots.externalBot(token).orElseThrow(() ->
                new Refused(401, "unauthorized", "Give an enabled external bot's token: Authorization: Bearer <token>"));
    }

    private static JsonObject body(HttpServletRequest request) throws IOException, Refused {
        if (request.getContentType() == null || !request.getContentType().toLowerCase().startsWith("application/json")) {
            throw new Refused(415, "not-json", "Send the body as application/json");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new Refused(413, "too-large", "The body has at most " + MAX_BODY + " bytes");
        }
        if (bytes.length == 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new Refused(400, "bad-json", "The body is not a JSON object");
        }
    }

    private static String text(JsonObject body, String name, boolean required) throws Refused {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new Refused(400, "bad-field", "'" + name + "' is required");
            }
            return null;
        }
        if (!(value instanceof JsonString text) || text.getString().isBlank()
                || text.getString().length() > ChatMessage.MAX_TEXT) {
            throw new Refused(400, "bad-field", "'" + name + "' is a text of 1 to " + ChatMessage.MAX_TEXT + " characters");
        }
        return text.getString();
    }

    private static List<String> options(JsonObject body) throws Refused {
        JsonValue value = body.get("options");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        if (value instanceof JsonArray array && array.size() <= 10) {
            for (JsonValue option : array) {
                if (!(option instanceof JsonString label) || label.getString().isBlank()
                        || label.getString().length() > MAX_OPTION) {
                    throw new Refused(400, "bad-field", "'options' are texts of 1 to " + MAX_OPTION + " characters");
                }
                options.add(label.getString().strip());
            }
            return options;
        }
        throw new Refused(400, "bad-field", "'options' is an array of at most 10 texts");
    }

    private static Map<String, String> variables(JsonObject body) throws Refused {
        if (!(body.get("variables") instanceof JsonObject given) || given.size() > 100) {
            throw new Refused(400, "bad-field", "'variables' is an object of at most 100 names and texts");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : given.entrySet()) {
            if (!org.webchat.bot.BotVariables.isName(entry.getKey()) || !(entry.getValue() instanceof JsonString text)
                    || text.getString().length() > org.webchat.bot.BotVariables.MAX_VALUE) {
                throw new Refused(400, "bad-field", "A variable is a name (a letter, then letters, digits or _) and a text"
                        + " of at most " + org.webchat.bot.BotVariables.MAX_VALUE + " characters");
            }
            variables.put(entry.getKey(), text.getString());
        }
        return variables;
    }

    private static Long id(JsonObject body, String name) throws Refused {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0) {
            return number.longValue();
        }
        throw new Refused(400, "bad-field", "'" + name + "' is an id");
    }

}
