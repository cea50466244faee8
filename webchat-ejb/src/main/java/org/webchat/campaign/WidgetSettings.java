package org.webchat.campaign;

import java.util.List;

/**
 * What the customer's widget needs of its campaign (WID-01, WID-02): whether it runs, how it looks, what the
 * pre-chat form asks, whether the customer may rate, and where it may be embedded (ADV-15).
 */
public record WidgetSettings(long campaignId, String name, boolean enabled, String color, boolean hasImage,
                             boolean showAgentName, boolean emailRequired, PhoneField phoneField, boolean feedback,
                             Language defaultLanguage, AllowedOrigins allowedOrigins) {

    public static WidgetSettings of(Campaign campaign) {
        PhoneField phone = campaign.getPhoneField();
        return new WidgetSettings(campaign.getId(), campaign.getName(), campaign.isEnabled(), campaign.getColor(),
                campaign.getImage() != null, campaign.isShowAgentName(), campaign.isEmailRequired(),
                new PhoneField(phone.getLabel(), phone.isVisible(), phone.isRequired()), campaign.isFeedbackEnabled(),
                campaign.getDefaultLanguage(), AllowedOrigins.of(campaign));
    }

    /** The CSP sources of the pages that may frame the widget, besides the product's own. */
    public List<String> frameAncestors() {
        return allowedOrigins.cspSources();
    }
}
