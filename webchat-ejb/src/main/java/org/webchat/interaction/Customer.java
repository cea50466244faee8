package org.webchat.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/**
 * What the customer gave before starting (WID-02): name, email, phone and the value of the
 * campaign's extra field (ADV-14). The email is kept in lower case; it identifies the customer
 * across interactions (AGT-06, BOT-02).
 */
@Embeddable
public class Customer {

    @NotBlank
    @Size(max = 200)
    @Column(name = "customer_name", nullable = false, length = 200)
    private String name;

    @Pattern(regexp = EmailAddress.PATTERN, message = "is not an e-mail address")
    @Size(max = 254)
    @Column(name = "customer_email", length = 254)
    private String email;

    @Size(max = 100)
    @Column(name = "customer_phone", length = 100)
    private String phone;

    @Size(max = 200)
    @Column(name = "customer_extra", length = 200)
    private String extra;

    protected Customer() {
    }

    public Customer(String name, String email, String phone, String extra) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the customer's name must not be blank");
        }
        String shown = DisplayedName.of(name).strip();
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("the customer's name must not be blank");
        }
        this.name = shown;
        this.email = blankToNull(email) == null ? null : email.trim().toLowerCase(Locale.ROOT);
        this.phone = blankToNull(phone);
        this.extra = blankToNull(extra);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getName() {
        return name;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public Optional<String> getPhone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> getExtra() {
        return Optional.ofNullable(extra);
    }
}
