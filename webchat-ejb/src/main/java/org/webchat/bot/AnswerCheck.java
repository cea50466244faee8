package org.webchat.bot;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** How a bot checks a typed answer before keeping it; a refused answer is asked again (BOT-01). */
public enum AnswerCheck {
    /** Any answer that is not blank. */
    NONE,
    /** An e-mail address: one @, a dot in the domain, no blanks. */
    EMAIL,
    /** A phone number: 6 to 20 digits, with an optional leading + and blanks, dots, dashes or brackets between. */
    PHONE,
    /** The whole answer matches the step's regular expression. */
    PATTERN;

    /** The longest answer a bot checks; a longer one is refused without being read. */
    public static final int MAX_ANSWER = 1000;
    public static final int MAX_PATTERN = 200;

    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE_FORM = Pattern.compile("\\+?[0-9 ().-]{6,30}");

    public boolean accepts(String answer, String pattern) {
        if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER) {
            return false;
        }
        String text = answer.strip();
        return switch (this) {
            case NONE -> true;
            case EMAIL -> text.length() <= 254 && EMAIL_FORM.matcher(text).matches();
            case PHONE -> {
                long digits = text.chars().filter(Character::isDigit).count();
                yield PHONE_FORM.matcher(text).matches() && digits >= 6 && digits <= 20;
            }
            case PATTERN -> compile(pattern).matcher(text).matches();
        };
    }

    /** The step's pattern, or why it cannot be one. */
    static Pattern compile(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.length() > MAX_PATTERN) {
            throw new PatternSyntaxException("a pattern has 1 to " + MAX_PATTERN + " characters", String.valueOf(pattern), -1);
        }
        return Pattern.compile(pattern);
    }
}
