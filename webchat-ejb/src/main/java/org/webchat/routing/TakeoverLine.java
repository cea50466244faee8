package org.webchat.routing;

import org.webchat.campaign.Language;

/**
 * The line a chat gets when another agent takes it over by a transfer (issue 11, point 17), in the chat's language:
 * stored with the conversation, so the customer, the agent who handed it on and the one who took it read the same.
 */
final class TakeoverLine {

    private static final String BUNDLE = "org.webchat.routing.takeover";

    private TakeoverLine() {
    }

    /** "Bruno took over your chat", or "Another agent took over your chat" when {@code agentName} is null. */
    static String text(Language language, String agentName) {
        return agentName == null || agentName.isBlank() ? language.text(BUNDLE, "takeover.anonymous")
                : language.text(BUNDLE, "takeover.named", agentName);
    }
}
