package org.webchat.console;

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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.webchat.agent.LoginOutcome;

/** The login form: signs in through Jakarta Security and says plainly why a login was refused. */
@Named("loginPage")
@RequestScoped
public class LoginPage {

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LoginAttempt attempt;

    @Inject
    Texts texts;

    @NotBlank
    @Size(max = 64)
    private String login;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism redirects to the page first asked for
            case SUCCESS -> external.redirect(external.getRequestContextPath() + ConsoleSecurity.HOME_PAGE);
            default -> refuse(attempt.outcome());
        }
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
