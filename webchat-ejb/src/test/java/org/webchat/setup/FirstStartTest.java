package org.webchat.setup;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.webchat.agent.PasswordPolicyTest;

class FirstStartTest {

    @Test
    void aPasswordWorkFactorBelowTheLeastStopsTheStartBeforeAnyoneIsMade() {
        FirstStart start = new FirstStart();
        start.passwords = PasswordPolicyTest.policy(9_999);
        // The lock, the users and the demo data are left unset: the check has to come before any of them is used.
        IllegalStateException refused = assertThrows(IllegalStateException.class, start::onStart);
        assertTrue(refused.getMessage().contains("webchat.password.iterations"), refused.getMessage());
    }
}
