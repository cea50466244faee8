package org.webchat.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The consoles' login: our own Faces login page, which calls
 * {@link jakarta.security.enterprise.SecurityContext#authenticate}. An anonymous request for a protected
 * page gets the login page in its place (a forward, so the page asked for stays in the address bar and
 * the login page knows where to return after signing in).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = ConsoleSecurity.LOGIN_PAGE, useForwardToLogin = true, errorPage = ""))
@ApplicationScoped
public class ConsoleSecurity {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String HOME_PAGE = "/index.xhtml";
}
