package org.webchat.quality;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.util.Objects;

/** The answer given to one question of a quality model in one evaluation (ADV-02, REC-04). */
@Entity
@Table(name = "evaluation_answer")
public class EvaluationAnswer {

    @EmbeddedId
    private EvaluationAnswerId id = new EvaluationAnswerId();

    @MapsId("evaluationId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @MapsId("questionId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private QualityQuestion question;

    @Column(name = "answer_value", nullable = false)
    private int value;

    protected EvaluationAnswer() {
    }

    EvaluationAnswer(Evaluation evaluation, QualityQuestion question, int value) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.question = Objects.requireNonNull(question, "question");
        this.id = new EvaluationAnswerId(evaluation.getId(), question.getId());
        setValue(value);
    }

    void setValue(int value) {
        if (!question.accepts(value)) {
            throw new IllegalArgumentException("the answer to '" + question.getText() + "' lies between "
                    + question.getScaleMin() + " and " + question.getScaleMax() + ", was " + value);
        }
        this.value = value;
    }

    public EvaluationAnswerId getId() {
        return id;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public QualityQuestion getQuestion() {
        return question;
    }

    public int getValue() {
        return value;
    }
}
