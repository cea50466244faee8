package org.webchat.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.webchat.json.Json;

/** The console texts (org.webchat.i18n.messages) in the language of the current view, for Java code. */
@RequestScoped
public class Texts {

    public static final String BUNDLE = "org.webchat.i18n.messages";

    @Inject
    FacesContext faces;

    public String get(String key) {
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }

    /**
     * Every text of the bundle whose key starts with {@code prefix}, in {@code locale}, as a JSON object for a page's
     * script (a JSON block, never run: "<" is escaped so that no text can end its script element).
     */
    public static String jsonOf(String prefix, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        JsonObjectBuilder texts = Json.createObjectBuilder();
        bundle.keySet().stream().filter(key -> key.startsWith(prefix)).sorted()
                .forEach(key -> texts.add(key, bundle.getString(key)));
        return scriptSafe(texts.build().toString());
    }

    /** JSON written into a script element: "<" escaped, so that nothing in it can close the element. */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), faces.getViewRoot().getLocale()).format(arguments);
    }
}
