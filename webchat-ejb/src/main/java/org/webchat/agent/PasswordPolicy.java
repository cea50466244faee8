package org.webchat.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work factor of password hashes: {@code webchat.password.iterations} ({@code WEBCHAT_PASSWORD_ITERATIONS}), PBKDF2
 * iterations, {@value PasswordHash#DEFAULT_ITERATIONS} unless configured, never fewer than
 * {@value PasswordHash#MIN_ITERATIONS}. A stored hash keeps the count it was made with until its user next signs in,
 * when it is hashed again with this one ({@link #isCurrent}): raise it as servers get faster.
 */
@ApplicationScoped
public class PasswordPolicy {

    @Inject
    @ConfigProperty(name = "webchat.password.iterations", defaultValue = "" + PasswordHash.DEFAULT_ITERATIONS)
    int iterations;

    /** Refuses a configured work factor below the least, naming the setting: a start with it fails at once. */
    public void check() {
        try {
            PasswordHash.requireWorkFactor(iterations);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("webchat.password.iterations (WEBCHAT_PASSWORD_ITERATIONS): "
                    + e.getMessage(), e);
        }
    }

    /** {@code password} hashed with the configured work factor. */
    public String hash(String password) {
        check();
        return PasswordHash.hash(password, iterations);
    }

    /** Whether {@code stored} was made with the configured work factor. */
    public boolean isCurrent(String stored) {
        return PasswordHash.iterationsOf(stored) == iterations;
    }

    /** As long as checking a password set now: what a login of no one's spends. */
    public void spendEquivalentTime(String password) {
        PasswordHash.spendEquivalentTime(password, iterations);
    }
}
