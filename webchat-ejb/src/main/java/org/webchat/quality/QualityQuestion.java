package org.webchat.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One question of a quality model, answered with a whole number from {@code scaleMin} to
 * {@code scaleMax}; its weight counts in the evaluation's score (ADV-02).
 */
@Entity
@Table(name = "quality_question")
public class QualityQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    private QualityModel model;

    @Min(0)
    @Column(name = "position", nullable = false)
    private int position;

    @NotBlank
    @Size(max = 1000)
    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Min(0)
    @Max(100)
    @Column(name = "weight", nullable = false)
    private int weight;

    @Min(0)
    @Max(99)
    @Column(name = "scale_min", nullable = false)
    private int scaleMin;

    @Min(1)
    @Max(100)
    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    protected QualityQuestion() {
    }

    QualityQuestion(QualityModel model, int position, String text, int weight, int scaleMin, int scaleMax) {
        this.model = Objects.requireNonNull(model, "model");
        this.position = position;
        change(text, weight, scaleMin, scaleMax);
    }

    /** Rewrites the question; its answers, if any, must still lie on the new scale (the administration sees to it). */
    void change(String text, int weight, int scaleMin, int scaleMax) {
        if (scaleMin < 0 || scaleMin >= scaleMax || scaleMax > 100) {
            throw new IllegalArgumentException("a question's scale goes up from 0..99 to at most 100, was " + scaleMin + ".." + scaleMax);
        }
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("a question's weight lies between 0 and 100, was " + weight);
        }
        this.text = text;
        this.weight = weight;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
    }

    /** Whether {@code value} is an allowed answer to this question. */
    public boolean accepts(int value) {
        return value >= scaleMin && value <= scaleMax;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public QualityModel getModel() {
        return model;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getWeight() {
        return weight;
    }

    public int getScaleMin() {
        return scaleMin;
    }

    public int getScaleMax() {
        return scaleMax;
    }
}
