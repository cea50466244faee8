package org.webchat.quality;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;

/**
 * The administration of quality models (ADV-02), shared by every security group. A model that campaigns use or
 * that graded conversations is disabled instead of deleted: agents no longer answer it, and its evaluations keep
 * it. A question evaluations answered keeps its scale and cannot be removed.
 */
@Stateless
public class QualityModelAdministration {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    /** Every model, also the disabled ones, by name. */
    public List<QualityModelSummary> models() {
        return em.createQuery("select q from QualityModel q order by lower(q.name)", QualityModel.class)
                .getResultStream().map(QualityModelSummary::of).toList();
    }

    public Optional<QualityModelForm> open(long id) {
        return Optional.ofNullable(em.find(QualityModel.class, id))
                .map(model -> QualityModelForm.of(model, new HashSet<>(answered(model).keySet())));
    }

    /** Stores a model with its questions; returns its id. */
    public long save(QualityModelForm form) throws FormRefused {
        QualityModel stored = form.isNew() ? null : em.find(QualityModel.class, form.getId());
        Map<Long, QualityModelForm.QuestionRow> answered = stored == null ? Map.of()
                : answered(stored).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> QualityModelForm.QuestionRow.of(e.getValue(), true)));
        return form.check(answered).store(em, QualityModel.class, form, () -> new QualityModel(form.getName().trim(), null),
                form::applyTo, QualityModel::getId);
    }

    /** Deletes a model nothing uses; one that campaigns use or evaluations answered is disabled instead. */
    public Removal remove(long id) {
        QualityModel model = em.find(QualityModel.class, id);
        if (model == null) {
            return Removal.NOT_FOUND;
        }
        long campaigns = em.createQuery("select count(c) from Campaign c where c.qualityModel = :m", Long.class)
                .setParameter("m", model).getSingleResult();
        long evaluations = em.createQuery("select count(e) from Evaluation e where e.model = :m", Long.class)
                .setParameter("m", model).getSingleResult();
        if (campaigns + evaluations > 0) {
            model.setEnabled(false);
            return Removal.DISABLED;
        }
        em.remove(model);
        return Removal.DELETED;
    }

    /** The model's questions that evaluations answered, by id. */
    private Map<Long, QualityQuestion> answered(QualityModel model) {
        Set<QualityQuestion> questions = new HashSet<>(em.createQuery(
                        "select distinct a.question from EvaluationAnswer a where a.question.model = :m", QualityQuestion.class)
                .setParameter("m", model).getResultList());
        return questions.stream().collect(Collectors.toMap(QualityQuestion::getId, Function.identity()));
    }
}
