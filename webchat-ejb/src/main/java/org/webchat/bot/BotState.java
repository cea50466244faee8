package org.webchat.bot;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a bot is in one interaction, stored with it (Interaction.botState) after every step, so that a restart or
 * another node resumes it: the step it is at, what it waits for, the attempts at the current question, the
 * variables, the last customer message it has taken in ({@code seenSeq}), and the outbound request it waits on
 * (its id, so that a late or repeated answer to an older request is ignored).
 */
public record BotState(Phase phase, String step, Waiting waiting, int attempts, Map<String, String> variables,
                       long seenSeq, String request) {

    /** The campaign's bot at the start of the interaction, or at its end (a survey) (BOT-02). */
    public enum Phase {
        START,
        END;

        public BotVariable.Phase kept() {
            return this == START ? BotVariable.Phase.START : BotVariable.Phase.END;
        }
    }

    /** What the bot waits for. */
    public enum Waiting {
        /** The customer's answer to the current step's question (or, for an external bot, its next message). */
        ANSWER,
        /** The answer of an outbound request: a request step's service, or an external bot taking a message. */
        SERVICE,
        /**
         * Before its first step, the pre-chat form's first message, sent just after the chat opened: the initial
         * message (BOT-02), never an answer to a question the bot asked meanwhile.
         */
        FIRST_LINE
    }

    private static final JsonProvider JSON = JsonProvider.provider();

    public BotState {
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public static BotState starting(Phase phase, Map<String, String> variables, long seenSeq) {
        return new BotState(phase, null, Waiting.ANSWER, 0, variables, seenSeq, null);
    }

    /** A start bot that begins once the customer's first line (the pre-chat form's message) is in. */
    public static BotState startingAfterFirstLine(Map<String, String> variables, long seenSeq) {
        return new BotState(Phase.START, null, Waiting.FIRST_LINE, 0, variables, seenSeq, null);
    }

    public BotState at(String step, Waiting waiting, int attempts, Map<String, String> variables, String request) {
        return new BotState(phase, step, waiting, attempts, variables, seenSeq, request);
    }

    public BotState seen(long seq) {
        return new BotState(phase, step, waiting, attempts, variables, Math.max(seenSeq, seq), request);
    }

    public BotState with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(variables);
        if (more.containsKey(name) || more.size() < BotVariables.MAX_VARIABLES) {
            more.put(name, BotVariables.kept(value));
        }
        return new BotState(phase, step, waiting, attempts, more, seenSeq, request);
    }

    public String toJson() {
        JsonObjectBuilder vars = JSON.createObjectBuilder();
        variables.forEach(vars::add);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("phase", phase.name()).add("waiting", waiting.name())
                .add("attempts", attempts).add("variables", vars).add("seenSeq", seenSeq);
        if (step != null) {
            json.add("step", step);
        }
        if (request != null) {
            json.add("request", request);
        }
        return json.build().toString();
    }

    public static BotState parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, String> variables = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : o.getJsonObject("variables").entrySet()) {
                variables.put(entry.getKey(), ((JsonString) entry.getValue()).getString());
            }
            return new BotState(Phase.valueOf(o.getString("phase")), o.getString("step", null),
                    Waiting.valueOf(o.getString("waiting")), o.getInt("attempts"), variables,
                    o.getJsonNumber("seenSeq").longValue(), o.getString("request", null));
        }
    }
}
