package org.webchat.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The administration's notices and problems, from the console's bundle in the language of the current view. */
final class AdminTexts {

    private AdminTexts() {
    }

    /** A text with its arguments; the key itself when the bundle has no such text. */
    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(args);
    }

    /** Shows a notice on the page (its growl). */
    static void say(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
