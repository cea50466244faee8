package org.webchat.widget;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the widget's server-made pages, in the visitor's language (es, en, pt). */
final class WidgetTexts {

    private WidgetTexts() {
    }

    static String text(HttpServletRequest request, String key) {
        return ResourceBundle.getBundle("org.webchat.i18n.messages", language(request)).getString(key);
    }

    /** The language of the {@code lang} parameter, else the browser's first of es/en/pt, else English. */
    static Locale language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null && asked.matches("es|en|pt")) {
            return Locale.forLanguageTag(asked);
        }
        for (var locales = request.getLocales(); locales.hasMoreElements(); ) {
            String language = locales.nextElement().getLanguage();
            if (language.matches("es|en|pt")) {
                return Locale.forLanguageTag(language);
            }
        }
        return Locale.ENGLISH;
    }
}
