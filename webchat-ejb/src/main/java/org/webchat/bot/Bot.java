package org.webchat.bot;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.webchat.agent.SecurityGroup;

/**
 * A bot a campaign runs at the start or at the end of an interaction (BOT-01, BOT-02). It ends the
 * interaction when the customer does not reply within its timeout, saying its timeout message. It is a security
 * group's (ADM-02): only that group's administrators see it and only that group's campaigns run it.
 */
@Entity
@Table(name = "bot")
public class Bot {

    public static final int MAX_FLOW_DEFINITION = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** ADM-02: the tenant whose bot this is; its name is unique within it. Set when made, never changed. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "security_group_id", nullable = false)
    private SecurityGroup securityGroup;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private BotKind kind;

    @Size(max = 2000)
    @Column(name = "endpoint_url", length = 2000)
    private String endpointUrl;

    /** The flow, in the format of the bot engine (JSON); only for {@link BotKind#FLOW}. */
    @Size(max = MAX_FLOW_DEFINITION)
    @Column(name = "flow_definition", length = MAX_FLOW_DEFINITION)
    private String flowDefinition;

    @Min(1)
    @Max(1440)
    @Column(name = "timeout_minutes", nullable = false)
    private int timeoutMinutes = 5;

    @Size(max = 2000)
    @Column(name = "timeout_message", length = 2000)
    private String timeoutMessage;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** The name the customer reads over the bot's messages; null: {@link #name}. */
    @Size(max = 100)
    @Column(name = "display_name", length = 100)
    private String displayName;

    /** The picture beside the bot's messages in the widget (optional), as {@link org.webchat.agent.Picture} rules. */
    @Column(name = "picture")
    private byte[] picture;

    @Size(max = 100)
    @Column(name = "picture_content_type", length = 100)
    private String pictureContentType;

    /** An external bot's API token, as its SHA-256 in hex; the token itself is shown once, when made. */
    @Size(max = 64)
    @Column(name = "api_token_hash", length = 64)
    private String apiTokenHash;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Bot() {
    }

    public Bot(String name, BotKind kind, SecurityGroup group) {
        this.name = name;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.securityGroup = Objects.requireNonNull(group, "group");
    }

    @AssertTrue(message = "an endpoint bot needs its URL")
    public boolean isEndpointGivenWhenNeeded() {
        return kind != BotKind.ENDPOINT || (endpointUrl != null && !endpointUrl.isBlank());
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

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    public BotKind getKind() {
        return kind;
    }

    public void setKind(BotKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    public String getFlowDefinition() {
        return flowDefinition;
    }

    public void setFlowDefinition(String flowDefinition) {
        this.flowDefinition = flowDefinition;
    }

    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    public void setTimeoutMinutes(int timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    /** BOT-02: what the customer reads when the bot gives up waiting, in each language (JSON of {@link LocalText}). */
    public String getTimeoutMessage() {
        return timeoutMessage;
    }

    public void setTimeoutMessage(String timeoutMessage) {
        this.timeoutMessage = timeoutMessage;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** The name the customer reads. */
    public String shownName() {
        return shownName(name, displayName);
    }

    /** The name the customer reads, of a bot read by its columns: its display name, else its name. */
    public static String shownName(String name, String displayName) {
        return displayName == null || displayName.isBlank() ? name : displayName;
    }

    public java.util.Optional<org.webchat.agent.Picture> getPicture() {
        return picture == null ? java.util.Optional.empty()
                : java.util.Optional.of(new org.webchat.agent.Picture(picture, pictureContentType));
    }

    public void setPicture(org.webchat.agent.Picture picture) {
        this.picture = picture == null ? null : picture.content();
        this.pictureContentType = picture == null ? null : picture.contentType();
    }

    /** How an API token is kept and looked up: its SHA-256, in lowercase hex. */
    public static String tokenHash(String token) {
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(token);
    }

    public String getApiTokenHash() {
        return apiTokenHash;
    }

    public void setApiTokenHash(String apiTokenHash) {
        this.apiTokenHash = apiTokenHash;
    }

    public long getVersion() {
        return version;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
