package org.webchat.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The console texts (org.webchat.i18n.messages) in the language of the current view, for Java code. */
@RequestScoped
public class Texts {

    public static final String BUNDLE = "org.webchat.i18n.messages";

    @Inject
    FacesContext faces;

    public String get(String key) {
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), faces.getViewRoot().getLocale()).format(arguments);
    }
}
