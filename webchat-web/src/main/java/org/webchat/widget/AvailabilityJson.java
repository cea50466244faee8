package org.webchat.widget;

import jakarta.json.JsonObjectBuilder;
import org.webchat.interaction.CustomerChatService.Availability;
import org.webchat.json.Json;

/**
 * Whether a chat can start now, as the widget reads it before showing its form (issue 11, point 15; WID-03, WID-04):
 * {@code state} is {@code open} or the reason the socket would refuse with ({@code campaign-disabled},
 * {@code out-of-hours}, {@code queue-full}); {@code offlineMessage}, {@code nextOpening} (ISO instant) and the
 * campaign's {@code texts} by language code.
 */
final class AvailabilityJson {

    private AvailabilityJson() {
    }

    static JsonObjectBuilder of(Availability availability) {
        String state = switch (availability.outcome()) {
            case ADMITTED -> "open";
            case OUT_OF_HOURS -> "out-of-hours";
            case QUEUE_FULL -> "queue-full";
            case CAMPAIGN_DISABLED -> "campaign-disabled";
        };
        JsonObjectBuilder texts = Json.createObjectBuilder();
        availability.texts().forEach((language, text) -> texts.add(language.code(), text));
        JsonObjectBuilder json = Json.createObjectBuilder().add("state", state)
                .add("offlineMessage", availability.offlineMessage()).add("texts", texts);
        if (availability.nextOpening() != null) {
            json.add("nextOpening", availability.nextOpening().toString());
        }
        return json;
    }
}
