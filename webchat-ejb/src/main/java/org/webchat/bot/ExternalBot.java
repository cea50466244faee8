package org.webchat.bot;

import jakarta.json.spi.JsonProvider;
import org.webchat.interaction.Interaction;

/**
 * What an external bot receives (issue 15, point 2; the bot API's documentation in the README): a "start" when the
 * chat begins and a "message" for each customer line, in order, one at a time; it answers through the bot API at
 * {@code reply}, with its token.
 * <pre>
 * {"event": "start" | "message", "interaction": 42, "bot": 3, "phase": "START" | "END", "language": "en",
 *  "variables": {"channel": "webchat", "campaign": "..", "interactionId": "42", "customerId": "..", ...},
 *  "message": {"seq": 7, "text": ".."},              (for "message")
 *  "reply": "/api/bot/v1/interactions/42"}
 * </pre>
 */
final class ExternalBot {

    static final String API = "/api/bot/v1/interactions/";
    private static final JsonProvider JSON = JsonProvider.provider();

    private ExternalBot() {
    }

    static BotCalls.Outbound outbound(Bot bot, Interaction interaction, BotState state, String text) {
        var variables = JSON.createObjectBuilder();
        state.variables().forEach(variables::add);
        boolean start = "start".equals(state.step());
        var body = JSON.createObjectBuilder().add("event", start ? "start" : "message")
                .add("interaction", interaction.getId()).add("bot", bot.getId()).add("phase", state.phase().name())
                .add("language", interaction.getLanguage().code()).add("variables", variables);
        if (!start) {
            body.add("message", JSON.createObjectBuilder().add("seq", state.seenSeq()).add("text", text == null ? "" : text));
        }
        body.add("reply", API + interaction.getId());
        return new BotCalls.Outbound(bot.getEndpointUrl(), 10, body.build().toString(), true);
    }
}
