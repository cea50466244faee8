package org.webchat.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.webchat.agent.SecurityGroup;

/**
 * A questionnaire for grading conversations, assigned to campaigns (ADV-02). It belongs to a security group (ADM-02):
 * only that group's campaigns use it and only its administrators edit it; names are unique in a group.
 */
@Entity
@Table(name = "quality_model")
public class QualityModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Size(max = 1000)
    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @OneToMany(mappedBy = "model", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QualityQuestion> questions = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "security_group_id")
    private SecurityGroup securityGroup;

    protected QualityModel() {
    }

    /** A model without a group: for the campaigns and agents without one (tests, before a group existed). */
    public QualityModel(String name, String description) {
        this(name, description, null);
    }

    public QualityModel(String name, String description, SecurityGroup group) {
        this.name = name;
        this.description = description;
        this.securityGroup = group;
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    /** Adds a question at the end of the model. */
    public QualityQuestion addQuestion(String text, int weight, int scaleMin, int scaleMax) {
        QualityQuestion question = new QualityQuestion(this, questions.size(), text, weight, scaleMin, scaleMax);
        questions.add(question);
        return question;
    }

    /** The questions {@code answers} (question id to value) leave unanswered or answer off their scale. */
    public List<QualityQuestion> unanswered(Map<Long, Integer> answers) {
        return questions.stream().filter(q -> {
            Integer value = answers.get(q.getId());
            return value == null || !q.accepts(value);
        }).toList();
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
