package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;
import org.webchat.campaign.MessageKind;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * The agent's side of its chats, as the workspace socket drives it. Every call names the agent: an agent
 * reaches only the interactions assigned to it, whatever id it sends (a guessed id gets nothing).
 */
@Stateless
public class AgentDeskService {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    InteractionRepository interactions;

    @Inject
    ChatService chat;

    @Inject
    LiveChannel live;

    private final Clock clock = Clock.systemUTC();

    /** One of the agent's chats, as the workspace lists it. */
    public record AssignedChat(long interactionId, long campaignId, String campaignName, String customerName,
                               String customerEmail, String customerPhone, String pageUrl, Instant queuedAt,
                               Instant assignedAt, long lastSeq) {
    }

    public Optional<User> agent(String login) {
        return users.findByLogin(login);
    }

    /** The agent's open chats, oldest first. */
    public List<AssignedChat> assigned(long agentId) {
        return em.createQuery("select i from Interaction i join fetch i.campaign where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ASSIGNED order by i.assignedAt, i.id",
                        Interaction.class)
                .setParameter("agent", agentId).getResultList().stream().map(AgentDeskService::view).toList();
    }

    /** The chat, when it is assigned to this agent now. */
    public Optional<AssignedChat> chat(long agentId, long interactionId) {
        return own(agentId, interactionId).map(AgentDeskService::view);
    }

    public StoredMessage write(long agentId, long interactionId, String clientId, String text) {
        Interaction interaction = ownLocked(agentId, interactionId).orElseThrow(NotYours::new);
        return chat.post(interaction.getId(), SenderKind.AGENT, em.find(User.class, agentId), clientId, text);
    }

    public List<StoredMessage> messagesAfter(long agentId, long interactionId, long afterSeq) {
        own(agentId, interactionId).orElseThrow(NotYours::new);
        return chat.messagesAfter(interactionId, afterSeq);
    }

    /** The agent ends the chat; the customer gets the Comments message (MSG-06). */
    public void end(long agentId, long interactionId) {
        Interaction interaction = ownLocked(agentId, interactionId).orElseThrow(NotYours::new);
        interaction.getCampaign().message(MessageKind.COMMENTS, interaction.getLanguage())
                .filter(text -> !text.isBlank())
                .ifPresent(text -> chat.post(interactionId, SenderKind.SYSTEM, null, null, text));
        Instant now = clock.instant();
        interaction.end(EndReason.AGENT, now);
        live.publish(new LiveEvent.InteractionChanged(interactionId, interaction.getCampaign().getId(),
                InteractionState.ENDED.name(), agentId, null, EndReason.AGENT.name(), now));
    }

    private Optional<Interaction> own(long agentId, long interactionId) {
        return interactions.find(interactionId).filter(i -> isOpenChatOf(agentId, i));
    }

    /** As {@link #own}, locked and read under the lock: the check holds until the change commits. */
    private Optional<Interaction> ownLocked(long agentId, long interactionId) {
        return interactions.findForUpdate(interactionId).filter(i -> isOpenChatOf(agentId, i));
    }

    private static boolean isOpenChatOf(long agentId, Interaction interaction) {
        return interaction.getState() == InteractionState.ASSIGNED
                && interaction.getAgent().map(User::getId).map(id -> id == agentId).orElse(false);
    }

    private static AssignedChat view(Interaction i) {
        return new AssignedChat(i.getId(), i.getCampaign().getId(), i.getCampaign().getName(), i.getCustomer().getName(),
                i.getCustomer().getEmail().orElse(null), i.getCustomer().getPhone().orElse(null), i.getPageUrl(),
                i.getQueuedAt(), i.getAssignedAt(), i.getLastSeq());
    }

    /** The interaction is not one of this agent's open chats. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class NotYours extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotYours() {
            super("This chat is not yours");
        }
    }
}
