package org.webchat.campaign;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The languages of the product's texts and of every campaign message (MSG-01..06, WID-03). */
public enum Language {
    ES("es"),
    EN("en"),
    PT("pt");

    /** The language used when nothing better is known. */
    public static final Language DEFAULT = ES;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code: "es", "en" or "pt". */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The text {@code key} of the core's bundle {@code baseName} in this language, with {@code arguments} put in
     * (MessageFormat): lines the product itself writes into a chat, which the customer and the agents read alike.
     */
    public String text(String baseName, String key, Object... arguments) {
        // Without fallback: a language of the product with no file of its own reads the base file (English),
        // never the server's default locale.
        ResourceBundle texts = ResourceBundle.getBundle(baseName, locale(), Language.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return arguments.length == 0 ? texts.getString(key)
                : new MessageFormat(texts.getString(key), locale()).format(arguments);
    }

    /**
     * The language of a code such as "en", "EN", "pt-BR" or "es_AR", or {@code fallback} when the
     * code is empty or not one of ours.
     */
    public static Language fromCode(String code, Language fallback) {
        if (code == null) {
            return fallback;
        }
        String trimmed = code.trim();
        if (trimmed.length() < 2 || (trimmed.length() > 2 && trimmed.charAt(2) != '-' && trimmed.charAt(2) != '_')) {
            return fallback;
        }
        String primary = trimmed.substring(0, 2).toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return language;
            }
        }
        return fallback;
    }

    /** As {@link #fromCode(String, Language)}, falling back to {@link #DEFAULT}. */
    public static Language fromCode(String code) {
        return fromCode(code, DEFAULT);
    }
}
