package org.webchat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.webchat.agent.FormCheck;
import org.webchat.quality.QualityModelForm.QuestionRow;

/** The rules a quality model form and its question rows meet before they are stored (issue 6, ADV-02). */
class QualityModelFormTest {

    private static QualityModelForm model(QuestionRow... rows) {
        QualityModelForm form = QualityModelForm.blank();
        form.setName("Chat quality");
        form.getQuestions().clear();
        form.getQuestions().addAll(List.of(rows));
        return form;
    }

    private static QuestionRow row(String text, String weight, String min, String max) {
        return new QuestionRow(null, text, weight, min, max, false);
    }

    /** A model as stored: it and its questions have ids (1, then 11, 12...). */
    private static QualityModel stored(String description) throws ReflectiveOperationException {
        QualityModel model = new QualityModel("Chat quality", description);
        model.addQuestion("Solved?", 2, 1, 5);
        identify(QualityModel.class, model, 1);
        return model;
    }

    private static <T> void identify(Class<T> type, T entity, long value) throws ReflectiveOperationException {
        Field id = type.getDeclaredField("id");
        id.setAccessible(true);
        id.set(entity, value);
    }

    private static List<String> problems(QualityModelForm form, Map<Long, QuestionRow> answered) {
        return form.check(answered).problems().stream().map(p -> p.field() + " " + p.key()).toList();
    }

    private static List<String> problems(QualityModelForm form) {
        return problems(form, Map.of());
    }

    @Test
    void aModelWithANameAndTwoGoodQuestionsIsAccepted() {
        assertEquals(List.of(), problems(model(row("Solved?", "2", "1", "5"), row("Polite?", "1", "0", "10"))));
    }

    @Test
    void aNewModelStartsWithOneQuestionOnAScaleOfOneToFive() {
        QualityModelForm form = QualityModelForm.blank();
        form.setName("Chat quality");
        form.getQuestions().get(0).setText("Solved?");
        assertEquals(List.of(), problems(form));
        assertEquals("5", form.getQuestions().get(0).getMax());
    }

    @Test
    void aModelNeedsANameAndAtLeastOneQuestion() {
        QualityModelForm form = model();
        form.setName(" ");
        assertEquals(List.of("name admin.error.required", "questions admin.error.questions"), problems(form));
    }

    @Test
    void theLowestAnswerMustBeBelowTheHighestAtItsRow() {
        assertEquals(List.of("questions.1.max admin.error.scale"),
                problems(model(row("Solved?", "1", "1", "5"), row("Polite?", "1", "5", "5"))));
        assertEquals(List.of("questions.0.max admin.error.scale"), problems(model(row("Solved?", "1", "7", "3"))));
    }

    @Test
    void aWeightIsAWholeNumberOfAtLeastOneAndTheScaleStaysWithinZeroToAHundred() {
        QualityModelForm form = model(row("Solved?", "0", "-1", "101"), row("Polite?", "heavy", "", "5"));
        List<FormCheck.Problem> found = form.check(Map.of()).problems();
        assertEquals(List.of("questions.0.weight admin.error.range", "questions.0.min admin.error.range",
                "questions.0.max admin.error.range", "questions.1.weight admin.error.number",
                "questions.1.min admin.error.required"), problems(form));
        assertEquals(List.of("1", "100"), found.get(0).args());
    }

    @Test
    void everyQuestionHasATextOfItsOwn() {
        assertEquals(List.of("questions.0.text admin.error.required", "questions.2.text admin.error.twice"),
                problems(model(row(" ", "1", "1", "5"), row("Solved?", "1", "1", "5"), row("solved? ", "1", "1", "5"))));
    }

    @Test
    void anAnsweredQuestionKeepsItsScaleAndStaysButItsTextAndWeightMayChange() {
        QuestionRow before = new QuestionRow(11L, "Solved?", "1", "1", "5", true);
        QuestionRow rewritten = new QuestionRow(11L, "Was it solved?", "3", "1", "5", true);
        assertEquals(List.of(), problems(model(rewritten), Map.of(11L, before)));

        QuestionRow rescaled = new QuestionRow(11L, "Solved?", "1", "0", "10", true);
        assertEquals(List.of("questions.0.min admin.error.answered"), problems(model(rescaled), Map.of(11L, before)));

        List<FormCheck.Problem> removed = model(row("Polite?", "1", "1", "5")).check(Map.of(11L, before)).problems();
        assertEquals("questions admin.error.answeredRemoved", removed.get(0).field() + " " + removed.get(0).key());
        assertEquals(List.of("Solved?"), removed.get(0).args());
    }

    @Test
    void aStoredModelComesBackWithItsQuestionsInOrderAndWhichAreAnswered() throws Exception {
        QualityModel stored = stored("After each chat");
        QualityQuestion polite = stored.addQuestion("Polite?", 1, 0, 10);
        identify(QualityQuestion.class, stored.getQuestions().get(0), 11);
        identify(QualityQuestion.class, polite, 12);
        QualityModelForm form = QualityModelForm.of(stored, Set.of(12L));
        assertEquals(List.of("Solved? 2 1..5 false", "Polite? 1 0..10 true"), form.getQuestions().stream()
                .map(q -> q.getText() + " " + q.getWeight() + " " + q.getMin() + ".." + q.getMax() + " " + q.isAnswered())
                .toList());
        assertEquals("After each chat", form.getDescription());
    }

    @Test
    void applyingAFormRewritesKeepsRemovesAndAddsQuestions() throws Exception {
        QualityModel stored = stored(null);
        QualityQuestion gone = stored.addQuestion("Gone?", 1, 1, 5);
        identify(QualityQuestion.class, stored.getQuestions().get(0), 11);
        identify(QualityQuestion.class, gone, 12);
        QualityModelForm form = QualityModelForm.of(stored, Set.of());
        form.getQuestions().get(0).setMax("10");
        form.getQuestions().remove(1);
        form.getQuestions().add(row("Polite?", "3", "0", "4"));
        form.setEnabled(false);
        form.applyTo(stored);
        assertEquals(List.of("Solved? 2 1..10 #0", "Polite? 3 0..4 #1"), stored.getQuestions().stream()
                .map(q -> q.getText() + " " + q.getWeight() + " " + q.getScaleMin() + ".." + q.getScaleMax() + " #" + q.getPosition())
                .toList());
        assertEquals(false, stored.isEnabled());
    }
}
