package org.webchat.it;

import org.webchat.agent.PasswordHash;

/**
 * Test users' password hashes, made with the least work factor the product accepts, as the tests' server makes its
 * own ({@code webchat.password.iterations} in arquillian.xml): a sign-in then costs milliseconds, not the half second
 * of CPU that the default's 600,000 iterations take here, and the suite signs in a few hundred times.
 */
public final class TestPasswords {

    private TestPasswords() {
    }

    public static String hash(String password) {
        return PasswordHash.hash(password, PasswordHash.MIN_ITERATIONS);
    }
}
