package org.webchat.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many wrong passwords in a row lock an account, and for how long. Set with the
 * system properties or environment variables {@code webchat.login.max-failures}
 * ({@code WEBCHAT_LOGIN_MAX_FAILURES}) and {@code webchat.login.lock-minutes}.
 */
@ApplicationScoped
public class LoginPolicy {

    @Inject
    @ConfigProperty(name = "webchat.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "webchat.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }
}
