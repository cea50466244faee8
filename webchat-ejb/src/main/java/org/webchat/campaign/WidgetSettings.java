package org.webchat.campaign;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the customer's widget needs of its campaign (WID-01, WID-02): whether it runs, how it looks, what the
 * pre-chat form asks (the extra field's label in each language that has one, ADV-14), whether the customer may rate, and where it may be embedded (ADV-15).
 */
public record WidgetSettings(long campaignId, String name, boolean enabled, String color, boolean hasImage,
                             boolean showAgentName, boolean emailRequired, PhoneField phoneField,
                             Map<Language, String> phoneLabels, boolean feedback,
                             Language defaultLanguage, AllowedOrigins allowedOrigins) {

    public static WidgetSettings of(Campaign campaign) {
        PhoneField phone = campaign.getPhoneField();
        Map<Language, String> labels = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            campaign.message(MessageKind.PHONE_LABEL, language).ifPresent(label -> labels.put(language, label));
        }
        return new WidgetSettings(campaign.getId(), campaign.getName(), campaign.isEnabled(), campaign.getColor(),
                campaign.getImage() != null, campaign.isShowAgentName(), campaign.isEmailRequired(),
                new PhoneField(phone.isVisible(), phone.isRequired()), Map.copyOf(labels), campaign.isFeedbackEnabled(),
                campaign.getDefaultLanguage(), AllowedOrigins.of(campaign));
    }

    /** The CSP sources of the pages that may frame the widget, besides the product's own. */
    public List<String> frameAncestors() {
        return allowedOrigins.cspSources();
    }
}
