package org.webchat.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;
import org.webchat.quality.QualityModelAdministration;
import org.webchat.quality.QualityModelForm;

/** The quality models on the administration's settings page (ADV-02), with question rows added and removed. */
@Named("qualityModelEditor")
@ViewScoped
public class QualityModelEditor extends AdminEditor<QualityModelForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QualityModelAdministration models;

    public QualityModelEditor() {
        super("admin.settings.model");
    }

    @Override
    protected List<?> list() {
        return models.models();
    }

    @Override
    protected QualityModelForm blank() {
        return QualityModelForm.blank();
    }

    @Override
    protected Optional<QualityModelForm> find(long id) {
        return models.open(id);
    }

    @Override
    protected long store(QualityModelForm form) throws FormRefused {
        return models.save(form);
    }

    @Override
    protected Removal delete(long id) {
        return models.remove(id);
    }

    public void addQuestion() {
        getForm().getQuestions().add(new QualityModelForm.QuestionRow());
    }

    public void removeQuestion(int index) {
        getForm().getQuestions().remove(index);
        forgetProblems(); // row numbers changed
    }
}
