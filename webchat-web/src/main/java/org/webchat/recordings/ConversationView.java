package org.webchat.recordings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.console.Texts;
import org.webchat.quality.Grading;
import org.webchat.recording.Conversation;
import org.webchat.recording.Conversations;
import org.webchat.recording.RecordingAccess;
import org.webchat.recording.RecordingRow;

/**
 * The conversation selected in Recordings (REC-03..05): its transcript with times and names, files shown, played or
 * downloaded, the customer's rating and the supervisors' average at the top right, the grades and the agent's
 * answers; its PDF; and the supervisor's own grade (REC-04), which the star opens and saving stores or edits.
 */
@Named("conversation")
@ViewScoped
public class ConversationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Conversations conversations;

    @Inject
    transient Grading grading;

    @Inject
    transient RecordingAccess access;

    @Inject
    RecordingsPage recordings;

    @Inject
    transient Texts texts;

    private Conversation open;
    private Map<Long, Integer> answers = new HashMap<>();
    private String comment;
    private Map<String, String> errors = new HashMap<>();

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    /** A row of the results was selected: it opens. */
    public void select(SelectEvent<RecordingRow> event) {
        show(event.getObject().id());
    }

    private void show(long id) {
        open = conversations.open(login(), id).orElse(null);
        if (open == null) {
            notice(FacesMessage.SEVERITY_WARN, texts.format("recordings.conversation.gone"));
        }
    }

    public Conversation getOpen() {
        return open;
    }

    /** The star: the grading form, with the supervisor's own grade when it graded this conversation before. */
    public void startGrading() {
        answers = new HashMap<>();
        comment = null;
        errors = new HashMap<>();
        if (open == null) {
            return;
        }
        access.reader(login()).flatMap(me -> open.gradeBy(me.getId())).ifPresent(mine -> {
            comment = mine.comment();
            mine.answers().forEach(a -> answers.put(a.questionId(), a.value()));
        });
    }

    /** Saves the grade; a refused one keeps the form open, saying beside each question what is wrong. */
    public void saveGrade() {
        errors = new HashMap<>();
        try {
            BigDecimal score = grading.grade(login(), open.row().id(), answers, comment);
            show(open.row().id());
            PrimeFaces.current().executeScript("PF('gradeDialog').hide()");
            notice(FacesMessage.SEVERITY_INFO, texts.format("recordings.grade.saved", score));
        } catch (FormRefused refused) {
            for (FormCheck.Problem problem : refused.problems()) {
                errors.putIfAbsent(problem.field(), texts.format(problem.key(), problem.args().toArray()));
            }
            FacesContext.getCurrentInstance().validationFailed();
            notice(FacesMessage.SEVERITY_ERROR, texts.format("recordings.grade.refused"));
        }
    }

    /** Whether the signed-in supervisor graded the open conversation already (the star then edits its grade). */
    public boolean isGradedByMe() {
        return open != null && access.reader(login()).flatMap(me -> open.gradeBy(me.getId())).isPresent();
    }

    /** The open conversation's PDF, in the page's language and the search's time zone. */
    public String getPdfUrl() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/recordings/pdf/" + open.row().id()
                + "?lang=" + faces.getViewRoot().getLocale().getLanguage()
                + "&zone=" + URLEncoder.encode(recordings.getZone(), StandardCharsets.UTF_8);
    }

    public String fileUrl(Conversation.File file) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/recordings/files/"
                + file.id();
    }

    public Map<Long, Integer> getAnswers() {
        return answers;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public ZoneId zone() {
        return ZoneId.of(recordings.getZone());
    }

    private void notice(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
