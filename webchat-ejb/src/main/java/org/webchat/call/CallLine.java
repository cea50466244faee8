package org.webchat.call;

import java.time.Duration;
import java.util.Locale;
import org.webchat.campaign.Language;

/**
 * The line a chat gets when one of its calls ends (issue 14, point 4), in the chat's language: stored with the
 * conversation, so the customer, the agent and Recordings read the same ("Video call · 2:05", "Missed audio call").
 */
final class CallLine {

    private static final String BUNDLE = "org.webchat.call.lines";

    private CallLine() {
    }

    static String text(Language language, CallKind kind, CallEnd reason, Duration answeredFor) {
        String prefix = kind.name().toLowerCase(Locale.ROOT) + ".";
        if (reason == CallEnd.FAILED) {
            return language.text(BUNDLE, prefix + "failed");
        }
        if (answeredFor != null) {
            return language.text(BUNDLE, prefix + "ended", clock(answeredFor));
        }
        return language.text(BUNDLE, prefix + switch (reason) {
            case DECLINED -> "declined";
            case NO_ANSWER -> "missed";
            default -> "cancelled";
        });
    }

    /** 2:05, or 1:02:05 past an hour. */
    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
