package org.webchat.quality;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.interaction.Interaction;
import org.webchat.recording.RecordingAccess;

/**
 * A supervisor grades a conversation of Recordings with its campaign's quality model (REC-04): every question
 * answered on its scale, a comment if it likes. Each supervisor grades a conversation once; grading it again edits
 * its own grade, so several supervisors' grades make the average Recordings shows (REC-05).
 */
@Stateless
public class Grading {

    static final int MAX_COMMENT = 2000;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    RecordingAccess access;

    private final Clock clock = Clock.systemUTC();

    /**
     * Stores {@code login}'s grade of conversation {@code interactionId}: {@code answers} by question id. Refused,
     * naming each question not answered on its scale, and for a conversation the user does not read or whose campaign
     * has no quality model; returns the grade's score (0..100).
     */
    public BigDecimal grade(String login, long interactionId, Map<Long, Integer> answers, String comment)
            throws FormRefused {
        User supervisor = access.reader(login).filter(u -> u.hasRole(Role.SUPERVISOR))
                .orElseThrow(() -> FormRefused.because("grade", "recordings.grade.error.notYours"));
        Interaction interaction = em.createQuery("select i from Interaction i where i.id = :id"
                        + " and i.campaign.securityGroup = :group", Interaction.class)
                .setParameter("id", interactionId).setParameter("group", supervisor.getSecurityGroup())
                .getResultStream().findFirst()
                .orElseThrow(() -> FormRefused.because("grade", "recordings.grade.error.notYours"));
        QualityModel model = interaction.getCampaign().activeQualityModel()
                .orElseThrow(() -> FormRefused.because("grade", "recordings.grade.error.noModel"));
        FormCheck check = new FormCheck();
        check.optional("comment", comment, MAX_COMMENT);
        for (QualityQuestion question : model.unanswered(answers)) {
            check.add("question-" + question.getId(), "recordings.grade.error.answer", question.getScaleMin(),
                    question.getScaleMax());
        }
        if (!check.problems().isEmpty()) {
            throw new FormRefused(check.problems());
        }
        Evaluation evaluation = own(interactionId, supervisor.getId())
                .filter(e -> e.getModel().getId().equals(model.getId()))
                .orElse(null);
        if (evaluation == null) {
            // A grade made with a model the campaign no longer uses gives way to one with the current model.
            own(interactionId, supervisor.getId()).ifPresent(old -> {
                em.remove(old);
                em.flush();
            });
            evaluation = new Evaluation(interaction, model, supervisor, EvaluationKind.SUPERVISOR, clock.instant());
        }
        evaluation.answerAll(answers);
        String text = FormCheck.trim(comment);
        evaluation.setComment(text.isEmpty() ? null : text);
        if (evaluation.getId() == null) {
            em.persist(evaluation);
        }
        return evaluation.getScore();
    }

    /** The supervisor's own grade of the conversation, which it edits. */
    private Optional<Evaluation> own(long interactionId, long supervisorId) {
        return em.createQuery("select e from Evaluation e where e.interaction.id = :interaction"
                        + " and e.evaluator.id = :supervisor and e.kind = :kind", Evaluation.class)
                .setParameter("interaction", interactionId).setParameter("supervisor", supervisorId)
                .setParameter("kind", EvaluationKind.SUPERVISOR).getResultStream().findFirst();
    }
}
