package org.webchat.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The console language of this session: es, en or pt. It starts from the browser's preferred
 * language (when supported) and changes with the switch in every page's header.
 */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> CODES = List.of("es", "en", "pt");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = FacesContext.getCurrentInstance().getApplication().getViewHandler()
                    .calculateLocale(FacesContext.getCurrentInstance());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public List<String> getCodes() {
        return CODES;
    }

    /** Switches the language and shows the same page again in it. */
    public void select(String code) throws IOException {
        if (!CODES.contains(code)) {
            return;
        }
        locale = Locale.forLanguageTag(code);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        String uri = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getRequestURI();
        external.redirect(uri);
    }
}
