package org.webchat.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The one extra field a customer fills in before starting (ADV-14, WID-02), e.g. a phone number
 * or an ID document: its label, whether it shows, whether it is required. A required field is visible.
 */
@Embeddable
public class PhoneField {

    @NotBlank
    @Size(max = 60)
    @Column(name = "phone_field_label", nullable = false, length = 60)
    private String label = "Phone";

    @Column(name = "phone_field_visible", nullable = false)
    private boolean visible = true;

    @Column(name = "phone_field_required", nullable = false)
    private boolean required;

    /** The default: labelled "Phone", visible, optional. */
    public PhoneField() {
    }

    public PhoneField(String label, boolean visible, boolean required) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("the phone field needs a label");
        }
        if (required && !visible) {
            throw new IllegalArgumentException("a hidden phone field cannot be required");
        }
        this.label = label;
        this.visible = visible;
        this.required = required;
    }

    @AssertTrue(message = "a hidden phone field cannot be required")
    public boolean isConsistent() {
        return visible || !required;
    }

    public String getLabel() {
        return label;
    }

    public boolean isVisible() {
        return visible;
    }

    public boolean isRequired() {
        return required;
    }
}
