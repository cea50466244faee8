package org.webchat.interaction;

/**
 * A name people give (a file's, a customer's) as every screen shows it: without control characters and without the
 * invisible format characters that reorder or hide text (U+202E makes {@code gpj.exe} read {@code exe.jpg}).
 */
public final class DisplayedName {

    private DisplayedName() {
    }

    /** {@code name} without control, format (bidi, zero-width) and line or paragraph separator characters. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        }).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
