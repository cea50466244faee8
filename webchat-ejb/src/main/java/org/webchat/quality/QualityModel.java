package org.webchat.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A questionnaire for grading conversations, assigned to campaigns (ADV-02). */
@Entity
@Table(name = "quality_model")
public class QualityModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    @Size(max = 1000)
    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @OneToMany(mappedBy = "model", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualityQuestion> questions = new ArrayList<>();

    protected QualityModel() {
    }

    public QualityModel(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** Adds a question at the end of the model. */
    public QualityQuestion addQuestion(String text, int weight, int scaleMin, int scaleMax) {
        QualityQuestion question = new QualityQuestion(this, questions.size(), text, weight, scaleMin, scaleMax);
        questions.add(question);
        return question;
    }

    public void removeQuestion(QualityQuestion question) {
        if (questions.remove(question)) {
            for (int i = 0; i < questions.size(); i++) {
                questions.get(i).setPosition(i);
            }
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public List<QualityQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
