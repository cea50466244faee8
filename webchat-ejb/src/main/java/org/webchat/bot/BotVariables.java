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

    /** A value as kept: at most {@link #MAX_VALUE} characters. */
    public static String kept(String value) {
        return value == null ? "" : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }
}
