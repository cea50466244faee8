package org.webchat.quality;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.webchat.agent.FormCheck;
import org.webchat.agent.NamedForm;

/**
 * A quality model as the administration's settings page edits it (ADV-02): a unique name, a description, whether
 * agents answer it now, and its questions as rows added with + and removed with -, each with its text, its weight
 * (at least 1) and its answer scale from min to max (min below max). Every value is kept as typed, so that a
 * refused form comes back as it was sent. A question already answered in evaluations keeps its scale and stays.
 */
public class QualityModelForm extends NamedForm {

    private static final long serialVersionUID = 1L;

    private String description = "";
    private boolean enabled = true;
    private final List<QuestionRow> questions = new ArrayList<>();

    private QualityModelForm(Long id, String name) {
        super(id, name);
    }

    /** A new model's form, with one empty question on a scale of 1 to 5. */
    public static QualityModelForm blank() {
        QualityModelForm form = new QualityModelForm(null, "");
        form.questions.add(new QuestionRow());
        return form;
    }

    /** The form of a stored model; {@code answered} are the ids of its questions that evaluations answered. */
    public static QualityModelForm of(QualityModel model, Set<Long> answered) {
        QualityModelForm form = new QualityModelForm(model.getId(), model.getName());
        form.description = model.getDescription() == null ? "" : model.getDescription();
        form.enabled = model.isEnabled();
        model.getQuestions().forEach(q -> form.questions.add(QuestionRow.of(q, answered.contains(q.getId()))));
        return form;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    /**
     * What is wrong with the form, but for a name another model has (the administration checks that).
     * {@code answered} are the stored questions that evaluations answered, by id: they may not go, nor change
     * their scale.
     */
    public FormCheck check(Map<Long, QuestionRow> answered) {
        FormCheck check = new FormCheck();
        check.required("name", getName(), 100);
        check.optional("description", description, 1000);
        if (questions.isEmpty()) {
            check.add("questions", "admin.error.questions");
        }
        Set<String> texts = new HashSet<>();
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionRow row = questions.get(i);
            String at = "questions." + i;
            check.required(at + ".text", row.getText(), 1000);
            if (!check.has(at + ".text") && !texts.add(FormCheck.trim(row.getText()).toLowerCase(Locale.ROOT))) {
                check.add(at + ".text", "admin.error.twice");
            }
            check.whole(at + ".weight", row.getWeight(), 1, 100);
            Integer min = check.whole(at + ".min", row.getMin(), 0, 99);
            Integer max = check.whole(at + ".max", row.getMax(), 1, 100);
            if (min != null && max != null && min >= max) {
                check.add(at + ".max", "admin.error.scale");
            }
            QuestionRow before = row.getId() == null ? null : answered.get(row.getId());
            if (before != null && !(Integer.valueOf(before.getMin()).equals(min) && Integer.valueOf(before.getMax()).equals(max))) {
                check.add(at + ".min", "admin.error.answered", before.getMin(), before.getMax());
            }
            if (row.getId() != null) {
                kept.add(row.getId());
            }
        }
        answered.forEach((id, row) -> {
            if (!kept.contains(id)) {
                check.add("questions", "admin.error.answeredRemoved", row.getText());
            }
        });
        return check;
    }

    /** Writes the form into the model; the form must have passed {@link #check(Map)}. */
    void applyTo(QualityModel model) {
        model.setName(getName().trim());
        String text = FormCheck.trim(description);
        model.setDescription(text.isEmpty() ? null : text);
        model.setEnabled(enabled);
        Map<Long, QualityQuestion> stored = new HashMap<>();
        model.getQuestions().forEach(q -> stored.put(q.getId(), q));
        Set<Long> kept = new HashSet<>();
        questions.forEach(row -> kept.add(row.getId()));
        stored.values().stream().filter(q -> !kept.contains(q.getId())).toList().forEach(model::removeQuestion);
        for (QuestionRow row : questions) {
            QualityQuestion question = row.getId() == null ? null : stored.get(row.getId());
            int weight = Integer.parseInt(row.getWeight().trim());
            int min = Integer.parseInt(row.getMin().trim());
            int max = Integer.parseInt(row.getMax().trim());
            if (question == null) {
                model.addQuestion(row.getText().trim(), weight, min, max);
            } else {
                question.change(row.getText().trim(), weight, min, max);
            }
        }
    }

    /** One question: its text, weight and scale as typed; {@code answered} when evaluations answered it. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String text;
        private String weight;
        private String min;
        private String max;
        private boolean answered;

        public QuestionRow() {
            this(null, "", "1", "1", "5", false);
        }

        public QuestionRow(Long id, String text, String weight, String min, String max, boolean answered) {
            this.id = id;
            this.text = text;
            this.weight = weight;
            this.min = min;
            this.max = max;
            this.answered = answered;
        }

        static QuestionRow of(QualityQuestion question, boolean answered) {
            return new QuestionRow(question.getId(), question.getText(), String.valueOf(question.getWeight()),
                    String.valueOf(question.getScaleMin()), String.valueOf(question.getScaleMax()), answered);
        }

        public Long getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public String getMin() {
            return min;
        }

        public void setMin(String min) {
            this.min = min;
        }

        public String getMax() {
            return max;
        }

        public void setMax(String max) {
            this.max = max;
        }

        public boolean isAnswered() {
            return answered;
        }
    }
}
