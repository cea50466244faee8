package org.webchat.console;

import jakarta.enterprise.context.RequestScoped;
import org.webchat.agent.LoginOutcome;

/** The outcome of this request's login attempt, so the login page can say why it was refused. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
