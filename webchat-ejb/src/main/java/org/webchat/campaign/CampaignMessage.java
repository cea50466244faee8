package org.webchat.campaign;

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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** The text of one configurable message of a campaign in one language (MSG-01..04, MSG-06), or of its form's label (ADV-14). */
@Entity
@Table(name = "campaign_message",
        uniqueConstraints = @UniqueConstraint(name = "uk_campaign_message", columnNames = {"campaign_id", "kind", "language"}))
public class CampaignMessage {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MessageKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @NotBlank
    @Size(max = MAX_TEXT)
    @Column(name = "text", nullable = false, length = MAX_TEXT)
    private String text;

    protected CampaignMessage() {
    }

    CampaignMessage(Campaign campaign, MessageKind kind, Language language, String text) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.language = Objects.requireNonNull(language, "language");
        setText(text);
    }

    void setText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message text must not be blank");
        }
        if (text.length() > kind.maxLength()) {
            throw new IllegalArgumentException("a " + kind + " text has at most " + kind.maxLength() + " characters");
        }
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public MessageKind getKind() {
        return kind;
    }

    public Language getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }
}
