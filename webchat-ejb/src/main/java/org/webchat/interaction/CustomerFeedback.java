package org.webchat.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/** The customer's rating of an interaction, 1 to 5, with an optional comment (ADV-10, WID-08, REC-05). */
@Entity
@Table(name = "customer_feedback")
public class CustomerFeedback {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", nullable = false, unique = true, updatable = false)
    private Interaction interaction;

    @Min(MIN_RATING)
    @Max(MAX_RATING)
    @Column(name = "rating", nullable = false)
    private int rating;

    @Size(max = 2000)
    @Column(name = "comment", length = 2000)
    private String comment;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CustomerFeedback() {
    }

    public CustomerFeedback(Interaction interaction, int rating, String comment, Instant createdAt) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("a rating lies between " + MIN_RATING + " and " + MAX_RATING + ", was " + rating);
        }
        this.interaction = Objects.requireNonNull(interaction, "interaction");
        this.rating = rating;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
