package org.webchat.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The consoles' login: our own Faces login page, which calls
 * {@link jakarta.security.enterprise.SecurityContext#authenticate}; anonymous requests for a protected
 * page are redirected to it and come back to that page after signing in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = ConsoleSecurity.LOGIN_PAGE, useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class ConsoleSecurity {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String HOME_PAGE = "/index.xhtml";
}
