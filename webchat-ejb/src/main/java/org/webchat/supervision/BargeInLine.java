package org.webchat.supervision;

import org.webchat.campaign.Language;

/**
 * The line a chat gets when a supervisor joins it visibly (barge-in, issue 12, point 5), in the chat's language: stored
 * with the conversation, so the customer and the agent read the same, with the supervisor's name.
 */
final class BargeInLine {

    private static final String BUNDLE = "org.webchat.supervision.lines";

    private BargeInLine() {
    }

    /** "Marta (supervisor) joined the chat". */
    static String text(Language language, String supervisorName) {
        return language.text(BUNDLE, "bargein.joined", supervisorName);
    }
}
