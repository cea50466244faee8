package org.webchat.interaction;

import java.time.Duration;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.MessageKind;
import org.webchat.live.LiveEvent;

/** How a chat and its agent are shown: to the agent's workspace, and to the customer. */
public final class ChatViews {

    private ChatViews() {
    }

    /** The chat as the agent's workspace shows it: who, from where, how long they waited (AGT-02, AGT-03, AGT-09). */
    public static LiveEvent.ChatInfo info(Interaction i) {
        return info(i, null);
    }

    /** As {@link #info(Interaction)}, for the agent a transfer brought the chat to (null: none). */
    public static LiveEvent.ChatInfo info(Interaction i, InteractionTransfer handover) {
        return info(i, handover, null);
    }

    /** As {@link #info(Interaction, InteractionTransfer)}, with its start bot's part (null: no bot talked). */
    public static LiveEvent.ChatInfo info(Interaction i, InteractionTransfer handover, LiveEvent.BotPart bot) {
        Customer customer = i.getCustomer();
        long waited = i.waitTime().map(Duration::toSeconds).orElse(0L);
        return new LiveEvent.ChatInfo(i.getId(), i.getCampaign().getId(), i.getCampaign().getName(), customer.getName(),
                customer.getEmail().orElse(null), customer.getPhone().orElse(null), customer.getExtra().orElse(null),
                i.getCampaign().message(MessageKind.PHONE_LABEL, i.getLanguage()).orElse(null), i.getPageUrl(), i.getLanguage().code(), i.getQueuedAt(),
                i.getAssignedAt(), waited, i.getCustomerDisconnectedAt(), handover == null ? null
                        : new LiveEvent.Handover(handover.getFromAgent().getName(), handover.getNote().orElse(null)),
                i.getCampaign().isAudioVideoAllowed(), bot);
    }

    /** The agent as the campaign's customers see it (ADV-08, ADV-13). */
    public static LiveEvent.AgentCard card(Campaign campaign, User agent) {
        boolean named = campaign.isShowAgentName();
        Long campaignImage = campaign.getImage() != null ? campaign.getId() : null;
        Long photo = campaignImage == null && named && agent.getPhoto() != null ? agent.getId() : null;
        return new LiveEvent.AgentCard(named ? agent.getName() : null, campaignImage, photo);
    }
}
