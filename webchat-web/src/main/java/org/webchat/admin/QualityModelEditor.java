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

/**
 * The quality models of the administrator's security group on the settings page (ADV-02, ADM-02), with question rows
 * added and removed.
 */
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
        return models.models(login());
    }

    @Override
    protected QualityModelForm blank() {
        return QualityModelForm.blank();
    }

    @Override
    protected Optional<QualityModelForm> find(long id) {
        return models.open(login(), id);
    }

    @Override
    protected long store(QualityModelForm form) throws FormRefused {
        return models.save(login(), form);
    }

    @Override
    protected Removal delete(long id) {
        return models.remove(login(), id);
    }

    public void addQuestion() {
        getForm().getQuestions().add(new QualityModelForm.QuestionRow());
    }

    public void removeQuestion(int index) {
        getForm().getQuestions().remove(index);
        forgetProblems(); // row numbers changed
    }
}
