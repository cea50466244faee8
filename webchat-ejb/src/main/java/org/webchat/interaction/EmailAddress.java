package org.webchat.interaction;

import java.util.regex.Pattern;

/**
 * The one rule for an e-mail address everywhere the product takes one: the customer's (it identifies the customer
 * across chats, AGT-06), a user's, a campaign's offline address. The sockets, the forms and the entities' Bean
 * Validation all use it, so that what passes the edge is never refused deeper down. It is the common dot-atom
 * form, letters of any script allowed: no quoted local parts, no comments, no IP literals.
 */
public final class EmailAddress {

    /** The rule as a regular expression (also for {@code @Pattern} on entities). */
    public static final String PATTERN = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]{1,64}(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]{1,64})*"
            + "@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+";

    /** The longest address (RFC 5321's path limit). */
    public static final int MAX_LENGTH = 254;

    private static final Pattern RULE = Pattern.compile(PATTERN);

    private EmailAddress() {
    }

    /** Whether {@code text}, as given (not trimmed), is an address the product takes. */
    public static boolean isValid(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return false;
        }
        int at = text.indexOf('@');
        return at > 0 && at <= 64 && RULE.matcher(text).matches();
    }
}
