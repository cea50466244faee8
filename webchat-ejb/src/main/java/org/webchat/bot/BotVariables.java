package org.webchat.bot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables every bot step sees (BOT-02): the channel, the campaign, the interaction's id, the customer's id
 * (the e-mail), phone and name, and the customer's initial message (the first it writes). The answers a flow
 * collects join them under their own names.
 */
public final class BotVariables {

    public static final String CHANNEL = "channel";
    public static final String CAMPAIGN = "campaign";
    public static final String INTERACTION = "interactionId";
    public static final String CUSTOMER = "customerId";
    public static final String PHONE = "phone";
    public static final String NAME = "name";
    public static final String INITIAL_MESSAGE = "initialMessage";

    /** The channel of every chat of this product. */
    public static final String WEB_CHAT = "webchat";
    public static final int MAX_VALUE = 2000;
    public static final int MAX_VARIABLES = 100;

    private BotVariables() {
    }

    /** The built-in variables of an interaction, in the order above; a missing value is an empty string. */
    public static Map<String, String> of(String campaign, long interactionId, String email, String phone, String name) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(CHANNEL, WEB_CHAT);
        variables.put(CAMPAIGN, campaign);
        variables.put(INTERACTION, String.valueOf(interactionId));
        variables.put(CUSTOMER, email == null ? "" : email);
        variables.put(PHONE, phone == null ? "" : phone);
        variables.put(NAME, name == null ? "" : name);
        variables.put(INITIAL_MESSAGE, "");
        return variables;
    }

    /** Whether {@code name} may name a variable: a letter, then letters, digits or _, 64 at most. */
    public static boolean isName(String name) {
        return name != null && BotFlow.VARIABLE_NAME.matcher(name).matches();
    }

    /**
     * What a bot keeps of its {@code variables} for good (issue 15, point 5), in their order: not the built-in ones,
     * which are the interaction's own, except a start bot's initial message. A survey (the END phase) is given the
     * initial message and what the start bot collected ({@code startKept}) to put in its texts; it keeps only its
     * answers, not those, else Recordings would list the start bot's variables again among the survey's answers.
     */
    public static Map<String, String> toKeep(BotState.Phase phase, Map<String, String> variables,
            Map<String, String> startKept) {
        Map<String, String> keep = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            boolean builtIn = BotFlow.BUILT_IN.contains(name)
                    && !(phase == BotState.Phase.START && name.equals(INITIAL_MESSAGE));
            boolean given = phase == BotState.Phase.END && value.equals(startKept.get(name));
            if (!builtIn && !given) {
                keep.put(name, value);
            }
        });
        return keep;
    }

    /** A value as kept: at most {@link #MAX_VALUE} characters. */
    public static String kept(String value) {
        return value == null ? "" : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }
}
