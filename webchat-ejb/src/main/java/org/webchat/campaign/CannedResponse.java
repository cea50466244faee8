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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A predefined text agents of a campaign insert with a shortcut (MSG-07, ADV-16, AGT-05).
 * Without a language it serves every language.
 */
@Entity
@Table(name = "canned_response")
public class CannedResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @NotBlank
    @Size(max = 32)
    @Column(name = "shortcut", nullable = false, length = 32)
    private String shortcut;

    @NotBlank
    @Size(max = 100)
    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @NotBlank
    @Size(max = 2000)
    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2)
    private Language language;

    protected CannedResponse() {
    }

    CannedResponse(Campaign campaign, String shortcut, String title, String text, Language language) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.shortcut = shortcut;
        this.title = title;
        this.text = text;
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Optional<Language> getLanguage() {
        return Optional.ofNullable(language);
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
