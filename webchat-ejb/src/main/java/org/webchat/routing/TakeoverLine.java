package org.webchat.routing;

import java.text.MessageFormat;
import java.util.ResourceBundle;
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
        // Without fallback: a language of the product with no file of its own reads the base file (English),
        // never the server's default locale.
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale(),
                TakeoverLine.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return agentName == null || agentName.isBlank() ? texts.getString("takeover.anonymous")
                : new MessageFormat(texts.getString("takeover.named"), language.locale()).format(new Object[] {agentName});
    }
}
