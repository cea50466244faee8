package org.webchat.recording;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.webchat.bot.Bot;
import org.webchat.bot.BotVariable;
import org.webchat.interaction.AttachmentKind;
import org.webchat.interaction.DisplayedName;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.SenderKind;
import org.webchat.quality.Evaluation;
import org.webchat.quality.EvaluationKind;

/**
 * Opens one conversation of Recordings (REC-03, REC-05) and its files, for a user who reads its security group
 * ({@link RecordingAccess}): an id of another group, or of nothing, finds nothing, so nobody learns which ids exist.
 */
@Stateless
public class Conversations {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    RecordingAccess access;

    /** A file of a conversation, to show, play or download. */
    public record StoredFile(String name, String contentType, byte[] content) {
    }

    /** Conversation {@code id} as {@code login} may read it. */
    public Optional<Conversation> open(String login, long id) {
        return access.group(login).flatMap(group -> read(group, id));
    }

    /** Conversation {@code id} of the campaigns of security group {@code group}. */
    Optional<Conversation> read(long group, long id) {
        List<RecordingRow> rows = RecordingSearch.rows(em, RecordingQuery.one(group, id), RecordingSort.NEWEST, 0, 1);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Interaction interaction = em.find(Interaction.class, id);
        List<Evaluation> evaluations = em.createQuery("select e from Evaluation e join fetch e.evaluator"
                + " where e.interaction.id = :id order by e.createdAt, e.id", Evaluation.class)
                .setParameter("id", id).getResultList();
        return Optional.of(new Conversation(rows.get(0), interaction.getLanguage().code(), interaction.getPageUrl(),
                lines(interaction), grades(evaluations, EvaluationKind.AGENT), grades(evaluations, EvaluationKind.SUPERVISOR),
                model(interaction), variables(id)));
    }

    /** What the bots kept (issue 15, point 5): the start bot's first, then the survey's answers, each in order. */
    private List<Conversation.Variable> variables(long id) {
        return em.createQuery("select v from BotVariable v where v.key.interactionId = :id", BotVariable.class)
                .setParameter("id", id).getResultStream()
                .sorted(Comparator.comparing(BotVariable::getPhase).thenComparingInt(BotVariable::getOrdinal))
                .map(v -> new Conversation.Variable(v.getPhase() == BotVariable.Phase.END, v.getName(),
                        v.getValue() == null ? "" : v.getValue()))
                .toList();
    }

    /** Every message in order; the files' contents stay in the database. */
    private List<Conversation.Line> lines(Interaction interaction) {
        String customer = interaction.getCustomer().getName();
        return em.createQuery("select m.seq, m.createdAt, m.senderKind, s.name, m.text, a.id, a.kind, a.fileName,"
                        + " a.contentType, a.sizeBytes, m.internal, b.name, b.displayName from ChatMessage m left join m.sender s"
                        + " left join m.attachment a left join m.senderBot b where m.interaction.id = :id"
                        + " order by m.seq", Object[].class)
                .setParameter("id", interaction.getId()).getResultStream().map(r -> {
                    SenderKind kind = (SenderKind) r[2];
                    String name = switch (kind) {
                        case CUSTOMER -> customer;
                        case BOT -> r[11] == null ? null : Bot.shownName((String) r[11], (String) r[12]); // as read
                        case SYSTEM -> null;
                        case AGENT, SUPERVISOR -> (String) r[3];
                    };
                    Conversation.File file = r[5] == null ? null : new Conversation.File(((Number) r[5]).longValue(),
                            ((AttachmentKind) r[6]).name().toLowerCase(java.util.Locale.ROOT),
                            DisplayedName.of((String) r[7]), (String) r[8], ((Number) r[9]).longValue());
                    return new Conversation.Line(((Number) r[0]).longValue(), (Instant) r[1], kind, name,
                            (String) r[4], file, (Boolean) r[10]);
                }).toList();
    }

    private static List<Conversation.Grade> grades(List<Evaluation> evaluations, EvaluationKind kind) {
        return evaluations.stream().filter(e -> e.getKind() == kind).map(e -> new Conversation.Grade(
                e.getEvaluator().getId(), e.getEvaluator().getName(), e.getCreatedAt(), e.getScore(), e.getComment(),
                e.getAnswers().stream().sorted(Comparator.comparingInt(a -> a.getQuestion().getPosition()))
                        .map(a -> new Conversation.Answer(a.getQuestion().getId(), a.getQuestion().getText(), a.getQuestion().getWeight(),
                                a.getValue(), a.getQuestion().getScaleMin(), a.getQuestion().getScaleMax()))
                        .toList())).toList();
    }

    private static Conversation.Model model(Interaction interaction) {
        return interaction.getCampaign().activeQualityModel().map(m -> new Conversation.Model(m.getId(), m.getName(),
                m.getQuestions().stream().map(q -> new Conversation.Question(q.getId(), q.getText(), q.getWeight(),
                        q.getScaleMin(), q.getScaleMax())).toList())).orElse(null);
    }

    /** File {@code attachmentId} of a conversation {@code login} may read. */
    public Optional<StoredFile> file(String login, long attachmentId) {
        return access.group(login).flatMap(group -> em.createQuery("select a from Attachment a"
                        + " where a.id = :id and a.interaction.campaign.securityGroup.id = :group",
                        org.webchat.interaction.Attachment.class)
                .setParameter("id", attachmentId).setParameter("group", group).getResultStream().findFirst()
                .map(a -> new StoredFile(a.getFileName(), a.getContentType(), a.getContent())));
    }

    /** Picture {@code attachmentId} as the PDF prints it; empty when it is none or not the user's to read. */
    public Optional<byte[]> picture(String login, long attachmentId) {
        return file(login, attachmentId).flatMap(f -> ConversationImages.forPrint(f.contentType(), f.content()));
    }
}
