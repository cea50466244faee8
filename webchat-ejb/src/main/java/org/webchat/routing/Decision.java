package org.webchat.routing;

import java.time.Instant;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Interaction;

/** The campaign (locked), the interaction (locked) and the time of a decision about that interaction. */
public record Decision(Campaign campaign, Interaction interaction, Instant now) {
}
