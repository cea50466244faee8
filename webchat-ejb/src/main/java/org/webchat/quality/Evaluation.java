package org.webchat.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.webchat.agent.User;
import org.webchat.interaction.Interaction;

/**
 * The grading of one interaction with a quality model, by its agent or by a supervisor (ADV-02,
 * REC-04). The score is the weighted result of the answers as a percentage 0..100: each answer
 * counts as its position on the question's scale, times the question's weight.
 */
@Entity
@Table(name = "evaluation", uniqueConstraints = @UniqueConstraint(
        name = "uk_evaluation", columnNames = {"interaction_id", "evaluator_id", "kind"}))
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false)
    private Interaction interaction;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    private QualityModel model;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluator_id", nullable = false)
    private User evaluator;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EvaluationKind kind;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score = BigDecimal.ZERO.setScale(2);

    @Size(max = 2000)
    @Column(name = "comment", length = 2000)
    private String comment;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<EvaluationAnswer> answers = new ArrayList<>();

    protected Evaluation() {
    }

    public Evaluation(Interaction interaction, QualityModel model, User evaluator, EvaluationKind kind, Instant createdAt) {
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.model = Objects.requireNonNull(model, "model");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Answers (or changes the answer to) a question of this evaluation's model, and updates the score. */
    public void answer(QualityQuestion question, int value) {
        Objects.requireNonNull(question, "question");
        if (question.getModel() != model && !Objects.equals(question.getModel().getId(), model.getId())) {
            throw new IllegalArgumentException("the question belongs to another quality model");
        }
        answers.stream()
                .filter(a -> a.getQuestion() == question)
                .findFirst()
                .ifPresentOrElse(a -> a.setValue(value), () -> answers.add(new EvaluationAnswer(this, question, value)));
        score = computeScore();
    }

    /**
     * Answers every question of the model from {@code answers} (question id to value), which
     * {@link QualityModel#unanswered} has found complete.
     */
    public void answerAll(Map<Long, Integer> answers) {
        if (!model.unanswered(answers).isEmpty()) {
            throw new IllegalArgumentException("every question of the model is answered on its scale");
        }
        model.getQuestions().forEach(question -> answer(question, answers.get(question.getId())));
    }

    private BigDecimal computeScore() {
        double weighted = 0;
        int totalWeight = 0;
        for (EvaluationAnswer answer : answers) {
            QualityQuestion question = answer.getQuestion();
            double position = (double) (answer.getValue() - question.getScaleMin())
                    / (question.getScaleMax() - question.getScaleMin());
            weighted += position * question.getWeight();
            totalWeight += question.getWeight();
        }
        double percent = totalWeight == 0 ? 0 : 100 * weighted / totalWeight;
        return BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public QualityModel getModel() {
        return model;
    }

    public User getEvaluator() {
        return evaluator;
    }

    public EvaluationKind getKind() {
        return kind;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<EvaluationAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
