package org.webchat.campaign;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.bot.Bot;
import org.webchat.interaction.EmailAddress;
import org.webchat.quality.QualityModel;

/**
 * A campaign: one web-chat entry point with its own queue, members, schedule, messages and limits
 * (ADM-03..06, ADV-01..16, MSG-01..07). The aggregate root of its schedule, messages, allowed
 * domains, canned responses and members. Every parameter has a working default, set by the
 * constructor and by the schema alike.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public static final String DEFAULT_COLOR = "#1f6feb";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** ADM-03. */
    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    /** ADM-02: only users of this group see the campaign. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "security_group_id")
    private SecurityGroup securityGroup;

    /** ADM-04. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "strategy", nullable = false, length = 20)
    private Strategy strategy = Strategy.NOCALL;

    /** STR-06. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_order", nullable = false, length = 20)
    private DeliveryOrder deliveryOrder = DeliveryOrder.RRMEMORY;

    /** ADM-05: the most time agents have to take an interaction. */
    @Min(1)
    @Max(86400)
    @Column(name = "service_level_seconds", nullable = false)
    private int serviceLevelSeconds = 20;

    /** ADM-06: the zone of the schedule's times. */
    @NotBlank
    @Size(max = 64)
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    /** WID-03: the language of a customer whose language has no message. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "default_language", nullable = false, length = 2)
    private Language defaultLanguage = Language.ES;

    /** ADV-03. */
    @Valid
    @NotNull
    @Embedded
    private Thresholds thresholds = new Thresholds();

    /** ADV-01 (strategy nocall). */
    @Min(1)
    @Max(100)
    @Column(name = "max_interactions_per_agent", nullable = false)
    private int maxInteractionsPerAgent = 3;

    /** ADV-04: the most interactions waiting in the queue. */
    @Min(0)
    @Max(100000)
    @Column(name = "max_chats", nullable = false)
    private int maxChats = 50;

    /** ADV-05: the longest a customer waits. */
    @Min(1)
    @Max(86400)
    @Column(name = "max_time_seconds", nullable = false)
    private int maxTimeSeconds = 300;

    /** ADV-06. */
    @NotNull
    @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "a colour is written #RRGGBB")
    @Column(name = "color", nullable = false, length = 7)
    private String color = DEFAULT_COLOR;

    /** ADV-07: ends an interaction whose customer is disconnected longer than this. */
    @Min(1)
    @Max(86400)
    @Column(name = "auto_finish_seconds", nullable = false)
    private int autoFinishSeconds = 120;

    /** ADV-08. */
    @Column(name = "show_agent_name", nullable = false)
    private boolean showAgentName = true;

    /** ADV-09. */
    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** ADV-10. */
    @Column(name = "feedback_enabled", nullable = false)
    private boolean feedbackEnabled = true;

    /** ADV-11. */
    @Column(name = "email_required", nullable = false)
    private boolean emailRequired;

    /** ADV-12. */
    @Column(name = "audio_video_allowed", nullable = false)
    private boolean audioVideoAllowed;

    /** ADV-13. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image")
    private byte[] image;

    @Size(max = 100)
    @Column(name = "image_content_type", length = 100)
    private String imageContentType;

    /** ADV-14. */
    @Valid
    @NotNull
    @Embedded
    private PhoneField phoneField = new PhoneField();

    /** MSG-05. */
    @Column(name = "offline_message_enabled", nullable = false)
    private boolean offlineMessageEnabled;

    /** MSG-05 (newer docs): where offline messages are mailed; null for nowhere. */
    @Pattern(regexp = EmailAddress.PATTERN, message = "is not an e-mail address")
    @Size(max = 254)
    @Column(name = "offline_email", length = 254)
    private String offlineEmail;

    /** ADV-02. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quality_model_id")
    private QualityModel qualityModel;

    /** BOT-02: the bot run when an interaction starts. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "start_bot_id")
    private Bot startBot;

    /** BOT-02: the bot run when an interaction ends (e.g. a survey). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "end_bot_id")
    private Bot endBot;

    /** BOT-01: while a bot talks, the customer may ask for a person. */
    @Column(name = "bot_person_allowed", nullable = false)
    private boolean botPersonAllowed = true;

    /** AGT-08: seconds before an untaken transfer returns to its agent; 0 = no limit. */
    @Min(0)
    @Max(86400)
    @Column(name = "max_transfer_seconds", nullable = false)
    private int maxTransferSeconds = 60;

    /** STR-04: seconds a ringall offer rings before it lapses and rings again. */
    @Min(1)
    @Max(3600)
    @Column(name = "offer_timeout_seconds", nullable = false)
    private int offerTimeoutSeconds = 20;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Set when a campaign with history was removed: it is kept for its history only. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** ADM-06. */
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromTime")
    private List<ScheduleEntry> scheduleEntries = new ArrayList<>();

    /** ADM-06 (reading): holidays and special days. */
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<ScheduleException> scheduleExceptions = new ArrayList<>();

    /** MSG-01..04, MSG-06. */
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CampaignMessage> messages = new ArrayList<>();

    /** ADV-15: host names, lower case; "*.example.com" allows every subdomain. */
    @ElementCollection
    @CollectionTable(name = "campaign_allowed_domain", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "domain", nullable = false, length = 253)
    private Set<String> allowedDomains = new HashSet<>();

    /** MSG-07, ADV-16. */
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("shortcut")
    private List<CannedResponse> cannedResponses = new ArrayList<>();

    /** ADM-11. */
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CampaignMember> members = new ArrayList<>();

    protected Campaign() {
    }

    /** A new campaign of a security group, with every parameter at its default. */
    public Campaign(String name, SecurityGroup group) {
        setName(name);
        this.securityGroup = group;
        this.createdAt = Instant.now();
    }

    /**
     * ADM-02: a user sees a campaign only when both belong to the same security group; a user or a
     * campaign without a group is seen by nobody. {@link CampaignRepository#visibleTo} is the same rule as a query.
     */
    public boolean isVisibleTo(User user) {
        SecurityGroup usersGroup = user == null ? null : user.getSecurityGroup();
        if (usersGroup == null || securityGroup == null) {
            return false;
        }
        return usersGroup == securityGroup
                || securityGroup.getId() != null && securityGroup.getId().equals(usersGroup.getId());
    }

    // ---- messages ----

    /**
     * The text the customer sees for a message kind: the one written in {@code language}, else the
     * one in the campaign's default language, else none.
     */
    public Optional<String> message(MessageKind kind, Language language) {
        return messageWrittenIn(kind, language)
                .or(() -> messageWrittenIn(kind, defaultLanguage));
    }

    /** The text written for exactly this kind and language, without falling back. */
    public Optional<String> messageWrittenIn(MessageKind kind, Language language) {
        return findMessage(kind, language).map(CampaignMessage::getText);
    }

    /** Writes the text of a message in one language; a null or blank text removes it. */
    public void setMessage(MessageKind kind, Language language, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Optional<CampaignMessage> existing = findMessage(kind, language);
        if (text == null || text.isBlank()) {
            existing.ifPresent(messages::remove);
        } else if (existing.isPresent()) {
            existing.get().setText(text);
        } else {
            messages.add(new CampaignMessage(this, kind, language, text));
        }
    }

    private Optional<CampaignMessage> findMessage(MessageKind kind, Language language) {
        return messages.stream()
                .filter(m -> m.getKind() == kind && m.getLanguage() == language)
                .findFirst();
    }

    public List<CampaignMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    // ---- schedule ----

    public ScheduleEntry addScheduleEntry(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        ScheduleEntry entry = new ScheduleEntry(this, days, from, to);
        scheduleEntries.add(entry);
        return entry;
    }

    public void removeScheduleEntry(ScheduleEntry entry) {
        scheduleEntries.remove(entry);
    }

    public List<ScheduleEntry> getScheduleEntries() {
        return Collections.unmodifiableList(scheduleEntries);
    }

    /** A date on which the campaign is closed all day (a holiday). */
    public ScheduleException addClosedDay(LocalDate date, String description) {
        ScheduleException exception = new ScheduleException(this, date, description);
        scheduleExceptions.add(exception);
        return exception;
    }

    /** A date on which the campaign is open only between the given times, instead of its weekly schedule. */
    public ScheduleException addSpecialHours(LocalDate date, LocalTime from, LocalTime to, String description) {
        ScheduleException exception = new ScheduleException(this, date, from, to, description);
        scheduleExceptions.add(exception);
        return exception;
    }

    public void removeScheduleException(ScheduleException exception) {
        scheduleExceptions.remove(exception);
    }

    public List<ScheduleException> getScheduleExceptions() {
        return Collections.unmodifiableList(scheduleExceptions);
    }

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    // ---- allowed domains ----

    /** ADV-15, read only. */
    public Set<String> getAllowedDomains() {
        return Collections.unmodifiableSet(allowedDomains);
    }

    public void addAllowedDomain(String domain) {
        allowedDomains.add(normalizeDomain(domain));
    }

    public void removeAllowedDomain(String domain) {
        allowedDomains.remove(normalizeDomain(domain));
    }

    public void setAllowedDomains(Collection<String> domains) {
        allowedDomains.clear();
        domains.forEach(this::addAllowedDomain);
    }

    private static String normalizeDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("a domain must not be blank");
        }
        String normalized = domain.trim().toLowerCase(Locale.ROOT);
        if (normalized.length() > 253) {
            throw new IllegalArgumentException("a domain has at most 253 characters");
        }
        return normalized;
    }

    // ---- canned responses ----

    public CannedResponse addCannedResponse(String shortcut, String title, String text, Language language) {
        CannedResponse response = new CannedResponse(this, shortcut, title, text, language);
        cannedResponses.add(response);
        return response;
    }

    public void removeCannedResponse(CannedResponse response) {
        cannedResponses.remove(response);
    }

    public List<CannedResponse> getCannedResponses() {
        return Collections.unmodifiableList(cannedResponses);
    }

    // ---- members ----

    /** Makes the agent a member with this penalty, or changes the penalty of a member already there. */
    public CampaignMember addMember(User user, int penalty) {
        Optional<CampaignMember> existing = findMember(user);
        if (existing.isPresent()) {
            existing.get().setPenalty(penalty);
            return existing.get();
        }
        CampaignMember member = new CampaignMember(this, user, penalty);
        members.add(member);
        return member;
    }

    public void removeMember(User user) {
        findMember(user).ifPresent(members::remove);
    }

    public boolean isMember(User user) {
        return findMember(user).isPresent();
    }

    public Optional<CampaignMember> findMember(User user) {
        Objects.requireNonNull(user, "user");
        return members.stream().filter(m -> sameUser(m.getUser(), user)).findFirst();
    }

    private static boolean sameUser(User a, User b) {
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    public List<CampaignMember> getMembers() {
        return Collections.unmodifiableList(members);
    }

    // ---- plain parameters ----

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a campaign needs a name");
        }
        this.name = name.trim();
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    public void setSecurityGroup(SecurityGroup securityGroup) {
        this.securityGroup = securityGroup;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public void setStrategy(Strategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    public DeliveryOrder getDeliveryOrder() {
        return deliveryOrder;
    }

    public void setDeliveryOrder(DeliveryOrder deliveryOrder) {
        this.deliveryOrder = Objects.requireNonNull(deliveryOrder, "deliveryOrder");
    }

    public int getServiceLevelSeconds() {
        return serviceLevelSeconds;
    }

    public void setServiceLevelSeconds(int serviceLevelSeconds) {
        this.serviceLevelSeconds = serviceLevelSeconds;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** Sets the schedule's time zone; it must be a zone id Java knows, such as "Europe/Madrid". */
    public void setTimeZone(String timeZone) {
        this.timeZone = ZoneId.of(timeZone).getId();
    }

    public Language getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(Language defaultLanguage) {
        this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    }

    public Thresholds getThresholds() {
        return thresholds;
    }

    public void setThresholds(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public int getMaxInteractionsPerAgent() {
        return maxInteractionsPerAgent;
    }

    public void setMaxInteractionsPerAgent(int maxInteractionsPerAgent) {
        this.maxInteractionsPerAgent = maxInteractionsPerAgent;
    }

    public int getMaxChats() {
        return maxChats;
    }

    public void setMaxChats(int maxChats) {
        this.maxChats = maxChats;
    }

    public int getMaxTimeSeconds() {
        return maxTimeSeconds;
    }

    public void setMaxTimeSeconds(int maxTimeSeconds) {
        this.maxTimeSeconds = maxTimeSeconds;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public int getAutoFinishSeconds() {
        return autoFinishSeconds;
    }

    public void setAutoFinishSeconds(int autoFinishSeconds) {
        this.autoFinishSeconds = autoFinishSeconds;
    }

    public boolean isShowAgentName() {
        return showAgentName;
    }

    public void setShowAgentName(boolean showAgentName) {
        this.showAgentName = showAgentName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isFeedbackEnabled() {
        return feedbackEnabled;
    }

    public void setFeedbackEnabled(boolean feedbackEnabled) {
        this.feedbackEnabled = feedbackEnabled;
    }

    public boolean isEmailRequired() {
        return emailRequired;
    }

    public void setEmailRequired(boolean emailRequired) {
        this.emailRequired = emailRequired;
    }

    public boolean isAudioVideoAllowed() {
        return audioVideoAllowed;
    }

    public void setAudioVideoAllowed(boolean audioVideoAllowed) {
        this.audioVideoAllowed = audioVideoAllowed;
    }

    public byte[] getImage() {
        return image == null ? null : image.clone();
    }

    public String getImageContentType() {
        return imageContentType;
    }

    /** Sets the campaign image (ADV-13); null content removes it. */
    public void setImage(byte[] content, String contentType) {
        if (content == null) {
            this.image = null;
            this.imageContentType = null;
        } else {
            if (contentType == null || contentType.isBlank()) {
                throw new IllegalArgumentException("an image needs its content type");
            }
            this.image = content.clone();
            this.imageContentType = contentType;
        }
    }

    public PhoneField getPhoneField() {
        return phoneField;
    }

    public void setPhoneField(PhoneField phoneField) {
        this.phoneField = Objects.requireNonNull(phoneField, "phoneField");
    }

    public boolean isOfflineMessageEnabled() {
        return offlineMessageEnabled;
    }

    public void setOfflineMessageEnabled(boolean offlineMessageEnabled) {
        this.offlineMessageEnabled = offlineMessageEnabled;
    }

    public Optional<String> getOfflineEmail() {
        return Optional.ofNullable(offlineEmail);
    }

    public void setOfflineEmail(String offlineEmail) {
        this.offlineEmail = offlineEmail == null || offlineEmail.isBlank() ? null : offlineEmail.trim();
    }

    public QualityModel getQualityModel() {
        return qualityModel;
    }

    public void setQualityModel(QualityModel qualityModel) {
        this.qualityModel = qualityModel;
    }

    /**
     * The quality model its conversations are graded with (ADV-02, REC-04): enabled, and of the campaign's security
     * group (ADM-02), so that another group's model, which its administrators may change or disable, never applies.
     */
    public Optional<QualityModel> activeQualityModel() {
        return Optional.ofNullable(qualityModel).filter(QualityModel::isEnabled)
                .filter(model -> SecurityGroup.same(model.getSecurityGroup(), securityGroup));
    }

    public Bot getStartBot() {
        return startBot;
    }

    public void setStartBot(Bot startBot) {
        this.startBot = startBot;
    }

    public Bot getEndBot() {
        return endBot;
    }

    public void setEndBot(Bot endBot) {
        this.endBot = endBot;
    }

    public boolean isBotPersonAllowed() {
        return botPersonAllowed;
    }

    public void setBotPersonAllowed(boolean botPersonAllowed) {
        this.botPersonAllowed = botPersonAllowed;
    }

    public int getMaxTransferSeconds() {
        return maxTransferSeconds;
    }

    public void setMaxTransferSeconds(int maxTransferSeconds) {
        this.maxTransferSeconds = maxTransferSeconds;
    }

    public int getOfferTimeoutSeconds() {
        return offerTimeoutSeconds;
    }

    public void setOfferTimeoutSeconds(int offerTimeoutSeconds) {
        this.offerTimeoutSeconds = offerTimeoutSeconds;
    }

    /**
     * Keeps a campaign that has history out of every list and out of use: disabled, and renamed so that its
     * name is free for a new campaign.
     */
    public void archive(Instant at) {
        String suffix = " (" + id + ")";
        this.name = (name.length() + suffix.length() > 100 ? name.substring(0, 100 - suffix.length()) : name) + suffix;
        this.enabled = false;
        this.archivedAt = at;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Campaign[" + id + ", " + name + "]";
    }
}
