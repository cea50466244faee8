package org.webchat.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.webchat.agent.Area;
import org.webchat.agent.LoginOutcome;
import org.webchat.agent.Role;
import org.webchat.agent.UserAccountService;

/** The login form: signs in through Jakarta Security and says plainly why a login was refused. */
@Named("loginPage")
@RequestScoped
public class LoginPage {

    /**
     * Where a user lands after signing in when it asked for no page: the work of its first role in this order (an
     * administrator with the agent role administers), else the home page (issue 11, point 21).
     */
    static final List<Area> LANDING = List.of(Area.ADMINISTRATION, Area.SUPERVISION, Area.AGENT_WORKSPACE);

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LoginAttempt attempt;

    @Inject
    Texts texts;

    @Inject
    UserAccountService accounts;

    @NotBlank
    @Size(max = 64)
    private String login;

    @NotBlank
    @Size(max = 200)
    private String password;

    /** The page the visitor asked for before being shown the login, to return to after signing in. */
    private String returnTo;

    @PostConstruct
    void rememberThePageAskedFor() {
        Object forwardedFrom = faces.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom instanceof String uri) {
            Object query = faces.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_QUERY_STRING);
            returnTo = query == null ? uri : uri + "?" + query;
        }
    }

    public void signIn() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            request.logout(); // someone else signed in here: its kept sign-in ends, not only its session
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // whoever knew the anonymous session id must not share the signed-in one
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            accounts.accessKey(login.trim()).ifPresent(key -> SessionAccess.signedIn(request, key));
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism redirects to the page first asked for
            case SUCCESS -> external.redirect(destination(external.getRequestContextPath(), signedInRoles()));
            default -> refuse(attempt.outcome());
        }
    }

    private Set<Role> signedInRoles() {
        LoginOutcome outcome = attempt.outcome();
        return outcome == null || outcome.roles() == null ? Set.of() : outcome.roles();
    }

    /** Where to go after signing in: the page first asked for when it is one of ours, else the user's work. */
    String destination(String contextPath, Collection<Role> roles) {
        boolean local = returnTo != null && returnTo.startsWith(contextPath + "/") && !returnTo.startsWith("//")
                && !returnTo.contains("\\") && !returnTo.contains("login.xhtml");
        return local ? returnTo : contextPath + landing(roles);
    }

    /** The page of the first {@link #LANDING} area these roles open, else the home page. */
    static String landing(Collection<Role> roles) {
        return LANDING.stream().filter(area -> area.allows(roles)).findFirst()
                .map(area -> area.path() + "index.xhtml").orElse(ConsoleSecurity.HOME_PAGE);
    }

    private void refuse(LoginOutcome outcome) {
        String text;
        if (outcome != null && outcome.result() == LoginOutcome.Result.LOCKED) {
            text = texts.format("login.locked", LOCK_TIME.format(outcome.lockedUntil()));
        } else if (outcome != null && outcome.result() == LoginOutcome.Result.DISABLED) {
            text = texts.get("login.disabled");
        } else {
            text = texts.get("login.failed");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        password = null;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
