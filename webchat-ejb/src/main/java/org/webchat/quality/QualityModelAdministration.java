package org.webchat.quality;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.UserRepository;

/**
 * The administration of quality models (ADV-02) of the administrator's security group (ADM-02): another group's
 * models are neither listed nor opened, saved or removed, whatever id is posted. A model that campaigns use or
 * that graded conversations is disabled instead of deleted: agents no longer answer it, and its evaluations keep
 * it. A question evaluations answered keeps its scale and cannot be removed.
 */
@Stateless
public class QualityModelAdministration {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    /** The models of the administrator's group, also the disabled ones, by name. */
    public List<QualityModelSummary> models(String login) {
        return group(login).map(group -> em.createQuery("select q from QualityModel q where q.securityGroup = :g"
                        + " order by lower(q.name)", QualityModel.class).setParameter("g", group)
                .getResultStream().map(QualityModelSummary::of).toList()).orElse(List.of());
    }

    public Optional<QualityModelForm> open(String login, long id) {
        return own(login, id).map(model -> QualityModelForm.of(model, new HashSet<>(answered(model).keySet())));
    }

    /** Stores a model of the administrator's group with its questions; returns its id. */
    public long save(String login, QualityModelForm form) throws FormRefused {
        SecurityGroup group = group(login).orElse(null);
        QualityModel stored = form.isNew() ? null : own(login, form.getId()).orElse(null);
        Map<Long, QualityModelForm.QuestionRow> answered = stored == null ? Map.of()
                : answered(stored).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> QualityModelForm.QuestionRow.of(e.getValue(), true)));
        return form.check(answered).storeIn(group, em, QualityModel.class, form,
                () -> new QualityModel(form.getName().trim(), null, group), form::applyTo, QualityModel::getId,
                QualityModel::getSecurityGroup);
    }

    /** Deletes a model of the group nothing uses; one that campaigns use or evaluations answered is disabled instead. */
    public Removal remove(String login, long id) {
        QualityModel model = own(login, id).orElse(null);
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

    private Optional<SecurityGroup> group(String login) {
        return users.groupOf(login);
    }

    private Optional<QualityModel> own(String login, long id) {
        return group(login).flatMap(group -> Optional.ofNullable(em.find(QualityModel.class, id))
                .filter(model -> SecurityGroup.same(group, model.getSecurityGroup())));
    }

    /** The model's questions that evaluations answered, by id. */
    private Map<Long, QualityQuestion> answered(QualityModel model) {
        Set<QualityQuestion> questions = new HashSet<>(em.createQuery(
                        "select distinct a.question from EvaluationAnswer a where a.question.model = :m", QualityQuestion.class)
                .setParameter("m", model).getResultList());
        return questions.stream().collect(Collectors.toMap(QualityQuestion::getId, Function.identity()));
    }
}
