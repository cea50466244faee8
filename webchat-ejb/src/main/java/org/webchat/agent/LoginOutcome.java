package org.webchat.agent;

import java.time.Instant;
import java.util.Set;

/**
 * What a login attempt came to. Unknown logins and wrong passwords give the same outcome,
 * so a refusal never tells which logins exist.
 */
public record LoginOutcome(Result result, String login, Set<Role> roles, Instant lockedUntil) {

    public enum Result { AUTHENTICATED, INVALID_CREDENTIALS, LOCKED, DISABLED }

    static LoginOutcome authenticated(User user) {
        return new LoginOutcome(Result.AUTHENTICATED, user.getLogin(), Set.copyOf(user.getRoles()), null);
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Result.INVALID_CREDENTIALS, null, Set.of(), null);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Result.LOCKED, null, Set.of(), until);
    }

    static LoginOutcome disabled() {
        return new LoginOutcome(Result.DISABLED, null, Set.of(), null);
    }

    public boolean isAuthenticated() {
        return result == Result.AUTHENTICATED;
    }
}
