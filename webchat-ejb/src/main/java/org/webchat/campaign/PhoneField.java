package org.webchat.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;

/**
 * The one extra field a customer fills in before starting (ADV-14, WID-02), e.g. a phone number
 * or an ID document: whether it shows, whether it is required. A required field is visible. Its label is written per
 * language, as the campaign's {@link MessageKind#PHONE_LABEL}.
 */
@Embeddable
public class PhoneField {

    @Column(name = "phone_field_visible", nullable = false)
    private boolean visible = true;

    @Column(name = "phone_field_required", nullable = false)
    private boolean required;

    /** The default: visible, optional. */
    public PhoneField() {
    }

    public PhoneField(boolean visible, boolean required) {
        if (required && !visible) {
            throw new IllegalArgumentException("a hidden phone field cannot be required");
        }
        this.visible = visible;
        this.required = required;
    }

    @AssertTrue(message = "a hidden phone field cannot be required")
    public boolean isConsistent() {
        return visible || !required;
    }

    public boolean isVisible() {
        return visible;
    }

    public boolean isRequired() {
        return required;
    }
}
