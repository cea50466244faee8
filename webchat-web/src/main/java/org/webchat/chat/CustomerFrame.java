package org.webchat.chat;

/** A frame a customer's widget sends over the chat socket (protocol v1, see package-info). */
public sealed interface CustomerFrame {

    /**
     * The first frame: which campaign, who, in what language, from which page (and, from the widget's iframe,
     * the origin of the host page it is embedded in); or a resume. {@code first}: the pre-chat form's first message
     * follows at once, which a start bot takes as the initial message rather than as an answer (BOT-02).
     */
    record Hello(int version, long campaignId, String token, long lastSeq, String name, String email, String phone,
                 String extra, String language, String pageUrl, String host, boolean first) implements CustomerFrame {
    }

    /** A chat message; {@code clientId} makes a resend idempotent. */
    record Message(String clientId, String text) implements CustomerFrame {
    }

    record Typing(boolean typing) implements CustomerFrame {
    }

    /** Heartbeat: answered with a pong. */
    record Ping() implements CustomerFrame {
    }

    /** The customer ends the chat. */
    /** The customer asks for a person while a bot talks (BOT-01). */
    record Person() implements CustomerFrame {
    }

    record End() implements CustomerFrame {
    }

    /** The customer's rating at the end (ADV-10). */
    record Feedback(int rating, String comment) implements CustomerFrame {
    }

    /** The host page's address changed (WID-10: the agent sees the page the customer is on). */
    record Page(String url) implements CustomerFrame {
    }

    /** A call frame (issue 14). */
    record Calling(CallFrame frame) implements CustomerFrame {
    }
}
