package org.webchat.interaction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for e-mail addresses (issue 11, point 3): what the socket and the forms accept, the entities' Bean
 * Validation accepts too ({@code @Pattern} with {@link EmailAddress#PATTERN}), so no accepted address fails later.
 */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.com", "ana.maria+chat@mail.example.co", "o'brien@example.ie", "josé@correo.es",
            "a@b-c.example", "x_y-z@sub.domain.example"})
    void commonAddressesAreTaken(String address) {
        assertTrue(EmailAddress.isValid(address));
        assertTrue(address.matches(EmailAddress.PATTERN), "the entities' pattern agrees");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\"b@x.example", "ana@", "@example.com", "ana@localhost", "ana..b@example.com", ".ana@example.com",
            "ana@-example.com", "ana@example..com", "ana example@x.example", "ana@x.example ", "<ana@x.example>",
            "a@b@c.example"})
    void anythingElseIsRefused(String address) {
        assertFalse(EmailAddress.isValid(address));
        assertFalse(address.matches(EmailAddress.PATTERN), "the entities' pattern agrees");
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 250})
    void lengthsAreLimited(int localLength) {
        assertFalse(EmailAddress.isValid("a".repeat(localLength) + "@example.com"));
    }

    @ParameterizedTest
    @ValueSource(classes = {Customer.class})
    void theCustomerEntityUsesTheRule(Class<?> entity) throws NoSuchFieldException {
        assertTrue(entity.getDeclaredField("email").getAnnotation(Pattern.class).regexp().equals(EmailAddress.PATTERN));
    }
}
