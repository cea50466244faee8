package org.webchat.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.webchat.agent.KeptSignIns;
import org.webchat.agent.Role;

/** The console sign-ins kept beyond the HTTP session ({@link KeptSignIns}), for {@link ConsoleSecurity}'s cookie. */
@ApplicationScoped
public class KeptSignInStore implements RememberMeIdentityStore {

    @Inject
    KeptSignIns kept;

    @Override
    public CredentialValidationResult validate(RememberMeCredential credential) {
        return kept.resume(credential.getToken())
                .map(user -> new CredentialValidationResult(user.login(),
                        user.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public String generateLoginToken(CallerPrincipal caller, Set<String> groups) {
        return kept.keep(caller.getName()).orElseThrow(() -> new IllegalStateException(caller.getName() + " may not sign in"));
    }

    @Override
    public void removeLoginToken(String token) {
        kept.forget(token);
    }
}
