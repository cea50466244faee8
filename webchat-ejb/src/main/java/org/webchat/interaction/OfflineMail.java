package org.webchat.interaction;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.webchat.campaign.Language;

/**
 * The mail of one offline message to its campaign's offline address (MSG-05): the customer's name, e-mail, phone and
 * message, as plain text in the campaign's language. The customer's words go into the body only, as text; what goes
 * into a header (the subject, the reply-to) is kept to one line, so that no CR/LF a customer typed adds a header.
 *
 * @param to      the campaign's offline address
 * @param replyTo the customer's e-mail, when it gave one, so that a reply reaches it
 */
public record OfflineMail(String to, String replyTo, String subject, String body) {

    static final String TEXTS = "org.webchat.interaction.offline-mail";

    /** Attempts before the mail is given up (about a day at the longest delay). */
    public static final int MAX_ATTEMPTS = 30;

    /** The longest wait between two attempts. */
    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    public OfflineMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The mail of an offline message left at {@code left} on {@code campaign}, whose customer wrote {@code lines}
     * (in order), to {@code to}; times in {@code zone}.
     */
    public static OfflineMail of(String to, String campaign, Language language, Customer customer, Instant left,
                                 List<String> lines, ZoneId zone) {
        String none = language.text(TEXTS, "none");
        String subject = oneLine(language.text(TEXTS, "subject", oneLine(customer.getName()), oneLine(campaign)), 200);
        StringBuilder body = new StringBuilder()
                .append(language.text(TEXTS, "intro", campaign, TIME.format(left.atZone(zone)))).append("\n\n")
                .append(language.text(TEXTS, "name")).append(": ").append(customer.getName()).append('\n')
                .append(language.text(TEXTS, "email")).append(": ").append(customer.getEmail().orElse(none)).append('\n')
                .append(language.text(TEXTS, "phone")).append(": ").append(customer.getPhone().orElse(none)).append('\n');
        customer.getExtra().ifPresent(extra -> body.append(language.text(TEXTS, "extra")).append(": ").append(extra)
                .append('\n'));
        body.append('\n').append(language.text(TEXTS, "message")).append(":\n");
        lines.forEach(line -> body.append(line).append('\n'));
        String replyTo = customer.getEmail().map(email -> oneLine(email, 254)).filter(EmailAddress::isValid)
                .orElse(null);
        return new OfflineMail(oneLine(to, 254), replyTo, subject, body.toString());
    }

    /** {@code text} on one line: every control character (CR, LF, tab...) becomes a space; at most {@code max}. */
    static String oneLine(String text, int max) {
        String line = oneLine(text);
        return line.length() > max ? line.substring(0, max) : line;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
    }

    /**
     * How long to wait before the next attempt after {@code attempts} failed ones: {@code first}, doubled at each
     * failure, never more than an hour.
     */
    static Duration retryDelay(int attempts, Duration first) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(LONGEST_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
