package org.webchat.campaign;

import java.util.Locale;

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
