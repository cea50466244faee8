package org.webchat.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Key of an {@link EvaluationAnswer}: the evaluation and the question. */
@Embeddable
public class EvaluationAnswerId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "evaluation_id")
    private Long evaluationId;

    @Column(name = "question_id")
    private Long questionId;

    protected EvaluationAnswerId() {
    }

    public EvaluationAnswerId(Long evaluationId, Long questionId) {
        this.evaluationId = evaluationId;
        this.questionId = questionId;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationAnswerId that
                && Objects.equals(evaluationId, that.evaluationId)
                && Objects.equals(questionId, that.questionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(evaluationId, questionId);
    }
}
