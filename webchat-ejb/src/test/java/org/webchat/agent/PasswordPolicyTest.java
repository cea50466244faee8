package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The configured work factor of new passwords ({@code webchat.password.iterations}). */
public class PasswordPolicyTest {

    @Test
    void withoutConfigurationNewPasswordsTakeOwaspsSixHundredThousandIterations() throws Exception {
        ConfigProperty setting = PasswordPolicy.class.getDeclaredField("iterations").getAnnotation(ConfigProperty.class);
        assertEquals("webchat.password.iterations", setting.name());
        assertEquals("600000", setting.defaultValue());
    }

    @Test
    void aNewPasswordIsHashedWithTheConfiguredCountAndVerifies() {
        PasswordPolicy policy = policy(12_345);
        String stored = policy.hash("s3cret");
        assertTrue(stored.startsWith("pbkdf2-sha256$12345$"), stored);
        assertTrue(PasswordHash.verify("s3cret", stored));
    }

    @Test
    void aHashOfAnotherWorkFactorIsNotCurrent() {
        PasswordPolicy policy = policy(12_345);
        assertTrue(policy.isCurrent(policy.hash("s3cret")));
        assertFalse(policy.isCurrent(PasswordHash.hash("s3cret", 20_000)));
        assertFalse(policy.isCurrent("not a hash"));
    }

    @Test
    void aCountBelowTheLeastIsRefusedNamingTheSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> policy(9_999).check());
        assertTrue(refused.getMessage().contains("webchat.password.iterations"), refused.getMessage());
        assertTrue(refused.getMessage().contains("at least 10000"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> policy(9_999).hash("s3cret"));
    }

    /** A policy as MicroProfile Config would make it with {@code webchat.password.iterations} set to {@code iterations}. */
    public static PasswordPolicy policy(int iterations) {
        PasswordPolicy policy = new PasswordPolicy();
        policy.iterations = iterations;
        return policy;
    }
}
