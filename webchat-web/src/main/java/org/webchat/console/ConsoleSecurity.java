package org.webchat.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The consoles' sign-in: our own Faces login page, which calls
 * {@link jakarta.security.enterprise.SecurityContext#authenticate} with the login and password. An anonymous request
 * for a protected page gets the login page in its place (a forward, so the page asked for stays in the address bar and
 * the login page knows where to return after signing in). The sign-in lives in the HTTP session, and is kept beyond it
 * ({@link KeptSignInStore}) in an HttpOnly cookie that lasts while the browser is open: after a server restart, which
 * loses every session, an open workspace's next request signs it in again by itself (issue 16, point 6). Like the
 * session's, the cookie is not sent with another site's requests, and only over HTTPS when it came over HTTPS: the
 * server's {@code webchat.cli} gives every cookie {@code SameSite=Lax}, and {@code Secure} over HTTPS. No expression in
 * the annotations: they would be evaluated on every anonymous request (each widget's).
 */
@AutoApplySession
@LoginToContinue(loginPage = ConsoleSecurity.LOGIN_PAGE, useForwardToLogin = true, errorPage = "")
@RememberMe(cookieName = ConsoleSecurity.KEPT_SIGN_IN_COOKIE, cookieMaxAgeSeconds = -1, cookieSecureOnly = false)
@ApplicationScoped
public class ConsoleSecurity implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String HOME_PAGE = "/index.xhtml";
    public static final String KEPT_SIGN_IN_COOKIE = "webchat-signin";

    @Inject
    IdentityStoreHandler identityStores;

    /** Signs in with the credential the login page passed; any other request goes on as it is (anonymous). */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(context.getAuthParameters().getCredential()));
    }
}
