package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.agent.BreakType;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CannedResponse;
import org.webchat.campaign.MessageKind;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;
import org.webchat.quality.Evaluation;
import org.webchat.quality.EvaluationKind;
import org.webchat.quality.QualityModel;

/**
 * The agent's side of its chats, as the workspace socket drives it. Every call names the agent: an agent
 * reaches only the interactions assigned to it, whatever id it sends (a guessed id gets nothing).
 */
@Stateless
public class AgentDeskService {

    /** How many earlier conversations of a customer the workspace shows (AGT-06). */
    public static final int HISTORY_LIMIT = 20;

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

    @Inject
    org.webchat.bot.Bots bots;

    private final Clock clock = Clock.systemUTC();

    /** One of the agent's chats, as the workspace lists it, with the number of its last message. */
    public record AssignedChat(LiveEvent.ChatInfo info, long lastSeq) {
    }

    /** An earlier conversation of the same customer (AGT-06), read-only. */
    public record EarlierChat(long interactionId, String campaignName, Instant createdAt, Instant endedAt,
                              List<StoredMessage> messages) {
    }

    /** A canned response of the chat's campaign (MSG-07, ADV-16). */
    public record Canned(String shortcut, String title, String text) {
    }

    /** The campaign's quality model as the agent answers it after the end (ADV-02, AGT-07). */
    public record QualityForm(long modelId, String name, List<Question> questions) {
    }

    public record Question(long id, String text, int weight, int scaleMin, int scaleMax) {
    }

    public Optional<User> agent(String login) {
        return users.findByLogin(login);
    }

    /** The break types an agent may take (AGT-07): the enabled ones of its security group (ADM-02). */
    public List<BreakType> breakTypes(long agentId) {
        SecurityGroup group = groupOf(agentId);
        return SecurityGroup.bound(em.createQuery("select b from BreakType b where b.enabled = true and "
                + SecurityGroup.is("b.securityGroup", group) + " order by b.name", BreakType.class), group).getResultList();
    }

    /** The agent's open chats, oldest first. */
    public List<AssignedChat> assigned(long agentId) {
        List<Interaction> open = em.createQuery("select i from Interaction i join fetch i.campaign where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ASSIGNED order by i.assignedAt, i.id",
                        Interaction.class)
                .setParameter("agent", agentId).getResultList();
        List<LiveEvent.ChatInfo> infos = interactions.chatInfos(open);
        return java.util.stream.IntStream.range(0, open.size())
                .mapToObj(n -> new AssignedChat(infos.get(n), open.get(n).getLastSeq())).toList();
    }

    /** The chat, when it is assigned to this agent now. */
    public Optional<LiveEvent.ChatInfo> chat(long agentId, long interactionId) {
        return own(agentId, interactionId).map(ChatViews::info);
    }

    public StoredMessage write(long agentId, long interactionId, String clientId, String text) {
        // The agent's ended chat too: a resend of a message stored before the end gets its ack, a new one ChatEnded.
        Interaction interaction = interactions.findForUpdate(interactionId)
                .filter(i -> isOpenChatOf(agentId, i) || i.getState() == InteractionState.ENDED
                        && i.getAgent().map(User::getId).map(id -> id == agentId).orElse(false))
                .orElseThrow(NotYours::new);
        return chat.post(interaction.getId(), SenderKind.AGENT, em.find(User.class, agentId), clientId, text);
    }

    /** AGT-05: the agent sends a file or an audio message, already checked against {@link AttachmentRules}. */
    public StoredMessage attach(long agentId, long interactionId, String clientId, ChatService.Upload upload) {
        Interaction interaction = ownLocked(agentId, interactionId).orElseThrow(NotYours::new);
        return chat.post(interaction.getId(), SenderKind.AGENT, em.find(User.class, agentId), clientId, null, upload);
    }

    public List<StoredMessage> messagesAfter(long agentId, long interactionId, long afterSeq) {
        own(agentId, interactionId).orElseThrow(NotYours::new);
        return chat.messagesAfter(interactionId, afterSeq);
    }

    /**
     * A conversation the agent attends now or attended, with its messages: what a link to it shows. Empty for
     * any other conversation, whatever its id.
     */
    public Optional<List<StoredMessage>> transcript(long agentId, long interactionId) {
        return interactions.find(interactionId)
                .filter(i -> i.getAgent().map(User::getId).map(id -> id == agentId).orElse(false))
                .map(i -> chat.messagesAfter(interactionId, 0));
    }

    /** The agent ends the chat; the customer gets the Comments message (MSG-06). */
    public void end(long agentId, long interactionId) {
        Interaction interaction = ownLocked(agentId, interactionId).orElseThrow(NotYours::new);
        interaction.getCampaign().message(MessageKind.COMMENTS, interaction.getLanguage())
                .filter(text -> !text.isBlank())
                .ifPresent(text -> chat.post(interactionId, SenderKind.SYSTEM, null, null, text));
        Instant now = clock.instant();
        interaction.end(EndReason.AGENT, now);
        bots.survey(interaction); // BOT-02: told before the end, so that the customer hears of the survey instead
        live.publish(new LiveEvent.InteractionChanged(interactionId, interaction.getCampaign().getId(),
                InteractionState.ENDED.name(), agentId, null, EndReason.AGENT.name(), now));
    }

    /**
     * AGT-06: the customer's earlier conversations, matched by e-mail, else by phone, newest first, among the
     * campaigns of the agent's security group only (ADM-02: another tenant's customers are not this one's); only
     * for a chat that is the agent's now.
     */
    public List<EarlierChat> history(long agentId, long interactionId) {
        Interaction current = own(agentId, interactionId).orElseThrow(NotYours::new);
        Customer customer = current.getCustomer();
        String field = customer.getEmail().isPresent() ? "i.customer.email" : "i.customer.phone";
        Optional<String> key = customer.getEmail().or(customer::getPhone);
        if (key.isEmpty()) {
            return List.of();
        }
        SecurityGroup group = groupOf(agentId);
        return SecurityGroup.bound(em.createQuery("select i from Interaction i join fetch i.campaign where lower(" + field + ") = lower(:key)"
                        + " and " + SecurityGroup.is("i.campaign.securityGroup", group)
                        + " and i.id <> :current order by i.createdAt desc, i.id desc", Interaction.class), group)
                .setParameter("key", key.get()).setParameter("current", interactionId)
                .setMaxResults(HISTORY_LIMIT).getResultList().stream()
                .map(i -> new EarlierChat(i.getId(), i.getCampaign().getName(), i.getCreatedAt(), i.getEndedAt(),
                        chat.messagesAfter(i.getId(), 0)))
                .toList();
    }

    /** The canned responses of the chat's campaign in the chat's language, and those for every language. */
    public List<Canned> canned(long agentId, long interactionId) {
        Interaction interaction = own(agentId, interactionId).orElseThrow(NotYours::new);
        return interaction.getCampaign().getCannedResponses().stream()
                .filter(r -> r.getLanguage().map(l -> l == interaction.getLanguage()).orElse(true))
                .map(r -> new Canned(r.getShortcut(), r.getTitle(), r.getText()))
                .toList();
    }

    /**
     * ADV-02, AGT-07: the quality model the agent answers for a chat it attended that has ended, while it has
     * not answered it yet; empty otherwise.
     */
    public Optional<QualityForm> qualityForm(long agentId, long interactionId) {
        return attendedAndEnded(agentId, interactionId)
                .filter(i -> !evaluated(agentId, interactionId))
                .flatMap(i -> i.getCampaign().activeQualityModel())
                .map(model -> new QualityForm(model.getId(), model.getName(), model.getQuestions().stream()
                        .map(q -> new Question(q.getId(), q.getText(), q.getWeight(), q.getScaleMin(), q.getScaleMax()))
                        .toList()));
    }

    /** The agent's answers to the quality model of a chat it attended; every question, each within its scale. */
    public BigDecimal evaluate(long agentId, long interactionId, Map<Long, Integer> answers) {
        Interaction interaction = attendedAndEnded(agentId, interactionId).orElseThrow(NotYours::new);
        QualityModel model = interaction.getCampaign().activeQualityModel()
                .orElseThrow(() -> new BadEvaluation("This campaign has no quality model"));
        if (evaluated(agentId, interactionId)) {
            throw new BadEvaluation("This chat has been evaluated already");
        }
        Evaluation evaluation = new Evaluation(interaction, model, em.find(User.class, agentId), EvaluationKind.AGENT,
                clock.instant());
        model.unanswered(answers).stream().findFirst().ifPresent(question -> {
            throw new BadEvaluation("Answer \"" + question.getText() + "\" with a value from "
                    + question.getScaleMin() + " to " + question.getScaleMax());
        });
        evaluation.answerAll(answers);
        em.persist(evaluation);
        return evaluation.getScore();
    }

    /**
     * The chats the agent attended that ended in the last day and still wait for its quality answers (ADV-02):
     * a workspace that was away when they ended asks for them again.
     */
    public List<Long> awaitingEvaluation(long agentId) {
        return em.createQuery("select i.id from Interaction i where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ENDED and i.endedAt >= :since"
                        + " and i.campaign.qualityModel.enabled = true"
                        + " and (i.campaign.qualityModel.securityGroup = i.campaign.securityGroup"
                        + " or i.campaign.qualityModel.securityGroup is null and i.campaign.securityGroup is null)"
                        + " and not exists (select e from Evaluation e"
                        + " where e.interaction = i and e.evaluator.id = :agent"
                        + " and e.kind = org.webchat.quality.EvaluationKind.AGENT) order by i.endedAt", Long.class)
                .setParameter("agent", agentId).setParameter("since", clock.instant().minus(Duration.ofDays(1)))
                .setMaxResults(HISTORY_LIMIT).getResultList();
    }

    private SecurityGroup groupOf(long agentId) {
        return em.find(User.class, agentId).getSecurityGroup();
    }


    private Optional<Interaction> attendedAndEnded(long agentId, long interactionId) {
        return interactions.find(interactionId).filter(i -> i.getState() == InteractionState.ENDED
                && i.getAgent().map(User::getId).map(id -> id == agentId).orElse(false));
    }

    private boolean evaluated(long agentId, long interactionId) {
        return em.createQuery("select count(e) from Evaluation e where e.interaction.id = :interaction"
                        + " and e.evaluator.id = :agent and e.kind = org.webchat.quality.EvaluationKind.AGENT", Long.class)
                .setParameter("interaction", interactionId).setParameter("agent", agentId).getSingleResult() > 0;
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

    /** The interaction is not one of this agent's open chats. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class NotYours extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotYours() {
            super("This chat is not yours");
        }
    }

    /** Quality answers that cannot be stored, with what was wrong. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class BadEvaluation extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadEvaluation(String reason) {
            super(reason);
        }
    }
}
