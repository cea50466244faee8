package org.webchat.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.webchat.agent.LoginOutcome;
import org.webchat.agent.Role;
import org.webchat.agent.UserAccountService;

/** Validates console logins against the users table; the caller's groups are its roles. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @Inject
    UserAccountService accounts;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        attempt.record(outcome);
        if (!outcome.isAuthenticated()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.login(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
