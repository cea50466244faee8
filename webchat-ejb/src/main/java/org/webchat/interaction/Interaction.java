package org.webchat.interaction;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.webchat.agent.User;
import org.webchat.bot.Bot;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.node.NodeLease;

/**
 * One chat between a customer and (eventually) one agent, from the customer's first message to
 * its end; or a message left out of hours (WID-04). Waits in its campaign's queue in arrival order
 * (STR-07); the customer resumes it with its server-issued session token (WID-09). Messages get
 * consecutive sequence numbers from {@link #post}.
 */
@Entity
@Table(name = "interaction")
public class Interaction {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private InteractionState state;

    /** REC-01 "Offline only"; true exactly when the state is OFFLINE. */
    @Column(name = "offline", nullable = false)
    private boolean offline;

    /** REC-06: whether someone read the offline message. */
    @Column(name = "seen", nullable = false)
    private boolean seen;

    @Valid
    @NotNull
    @Embedded
    private Customer customer;

    /** WID-10, AGT-09: the page the customer is on. */
    @Size(max = 2000)
    @Column(name = "page_url", length = 2000)
    private String pageUrl;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private User agent;

    /** The bot talking with the customer now, if any (BOT-01). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bot_id")
    private Bot bot;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 30)
    private EndReason endReason;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    /** When an agent first took the chat: transfers move {@code assignedAt}, never this (issue 11, point 17). */
    @Column(name = "first_assigned_at")
    private Instant firstAssignedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** ADV-07: since when the customer's widget is gone; null while connected. */
    @Column(name = "customer_disconnected_at")
    private Instant customerDisconnectedAt;

    /** The node holding the customer's socket while connected (V24); null while away. */
    @Column(name = "customer_node", length = 120)
    private String customerNode;

    /** MSG-05: when the offline message was mailed to the campaign's address. */
    @Column(name = "offline_notified_at")
    private Instant offlineNotifiedAt;

    /** REC-06: who marked the offline message seen, and when; null while unseen. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "seen_by_id")
    private User seenBy;

    @Column(name = "seen_at")
    private Instant seenAt;

    /** MSG-05: how the offline message's mail goes; null when it is not mailed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "offline_mail", length = 10)
    private OfflineMailState offlineMail;

    @Min(0)
    @Column(name = "offline_mail_attempts", nullable = false)
    private int offlineMailAttempts;

    /** The mail server's last refusal, for the supervisors (never the customer's text). */
    @Size(max = 300)
    @Column(name = "offline_mail_error", length = 300)
    private String offlineMailError;

    @NotBlank
    @Size(max = 64)
    @Column(name = "session_token", nullable = false, unique = true, length = 64, updatable = false)
    private String sessionToken;

    /** The running bot's state (variables, current step), in the bot engine's format. */
    @Size(max = 1_000_000)
    @Column(name = "bot_state", length = 1_000_000)
    private String botState;

    /**
     * The node that left the bot's state as it is (issue 17): a request in flight is its to send, and once that node's
     * lease lapsed another node sends it again (org.webchat.bot.BotRecovery).
     */
    @Column(name = "bot_node", length = 120)
    private String botNode;

    /** BOT-02: when the bot stops waiting for the customer's answer (its timeout); null while it waits for nothing. */
    @Column(name = "bot_due_at")
    private Instant botDueAt;

    /** When the start bot stopped: the wait for an agent counts from there (issue 15, point 5). */
    @Column(name = "bot_ended_at")
    private Instant botEndedAt;

    /** Why the bot handed the chat to a person, in the chat's language, for the agent (null: the flow chose to). */
    @Size(max = 300)
    @Column(name = "bot_handoff_reason", length = 300)
    private String botHandoffReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "bot_outcome", length = 20)
    private org.webchat.bot.BotOutcome botOutcome;

    /** The start bot that talked first, kept once it stopped: the agent reads its part (issue 15, point 5). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "start_bot_id", updatable = false)
    private Bot startBot;

    /** The summary the start bot handed the chat over with, for the agent (null: none). */
    @Size(max = ChatMessage.MAX_TEXT)
    @Column(name = "bot_summary", length = ChatMessage.MAX_TEXT)
    private String botSummary;

    /** The campaign whose start bot talked, kept when a hand-off moves the chat to another's queue (supervision). */
    @Column(name = "bot_campaign_id", updatable = false)
    private Long botCampaignId;

    /** The seq of the last message; the next message gets {@code lastSeq + 1}. */
    @Min(0)
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Interaction() {
    }

    private Interaction(Campaign campaign, Customer customer, Language language, String pageUrl,
                        InteractionState state, Instant now) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.language = Objects.requireNonNull(language, "language");
        this.pageUrl = pageUrl;
        this.state = state;
        this.offline = state == InteractionState.OFFLINE;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.sessionToken = newSessionToken();
    }

    /** A live chat that goes straight to the campaign's queue. */
    public static Interaction queued(Campaign campaign, Customer customer, Language language, String pageUrl, Instant now) {
        Interaction interaction = new Interaction(campaign, customer, language, pageUrl, InteractionState.QUEUED, now);
        interaction.queuedAt = now;
        return interaction;
    }

    /** A live chat that starts with a bot before the queue (BOT-01). */
    public static Interaction withBot(Campaign campaign, Customer customer, Language language, String pageUrl,
                                      Bot bot, Instant now) {
        Interaction interaction = new Interaction(campaign, customer, language, pageUrl, InteractionState.BOT, now);
        interaction.bot = Objects.requireNonNull(bot, "bot");
        interaction.startBot = bot;
        interaction.botCampaignId = campaign.getId();
        return interaction;
    }

    /** A message left out of hours (WID-04, MSG-05). */
    public static Interaction offline(Campaign campaign, Customer customer, Language language, String pageUrl, Instant now) {
        return new Interaction(campaign, customer, language, pageUrl, InteractionState.OFFLINE, now);
    }

    /** The id a plain insert gave this interaction ({@link ArrivalBatch}), which JPA did not store. */
    void storedAs(long id) {
        this.id = id;
    }

    /** A new unguessable token: 256 random bits, URL-safe Base64 (43 characters). */
    static String newSessionToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---- life cycle ----

    /** Into the queue (from the bot, or back from an offer nobody took). Keeps the first queue time. */
    public void enqueue(Instant now) {
        requireState(EnumSet.of(InteractionState.BOT, InteractionState.QUEUED, InteractionState.OFFERED));
        state = InteractionState.QUEUED;
        bot = null;
        offeredAt = null;
        if (queuedAt == null) {
            queuedAt = now;
        }
    }

    /** Offered to agents who may take it (ringall strategies). */
    public void offer(Instant now) {
        requireState(EnumSet.of(InteractionState.QUEUED));
        state = InteractionState.OFFERED;
        offeredAt = now;
    }

    /** Handed to an agent; also moves an assigned interaction to another agent (AGT-08). */
    public void assign(User agent, Instant now) {
        requireState(EnumSet.of(InteractionState.QUEUED, InteractionState.OFFERED, InteractionState.ASSIGNED));
        this.agent = Objects.requireNonNull(agent, "agent");
        state = InteractionState.ASSIGNED;
        assignedAt = now;
        if (firstAssignedAt == null) {
            firstAssignedAt = now;
        }
    }

    /** Moves an open interaction to another campaign's queue (transfer to a campaign, AGT-08). */
    public void moveTo(Campaign other, Instant now) {
        requireState(EnumSet.of(InteractionState.QUEUED, InteractionState.OFFERED, InteractionState.ASSIGNED));
        campaign = Objects.requireNonNull(other, "other");
        agent = null;
        state = InteractionState.QUEUED;
        queuedAt = now;
        offeredAt = null;
        assignedAt = null;
    }

    public void end(EndReason reason, Instant now) {
        requireState(EnumSet.of(InteractionState.BOT, InteractionState.QUEUED, InteractionState.OFFERED,
                InteractionState.ASSIGNED));
        endReason = Objects.requireNonNull(reason, "reason");
        state = InteractionState.ENDED;
        endedAt = Objects.requireNonNull(now, "now");
        bot = null;
        customerNode = null; // nothing left for Auto finish to count
    }

    /**
     * The start bot hands the chat to a person (BOT-01): into the queue of {@code target} (null: its own campaign);
     * the wait counts from now. {@code summary}: what the bot tells the agent (null or blank: nothing); {@code reason}:
     * why, when the flow did not choose it.
     */
    public void handOff(Campaign target, String summary, String reason, Instant now) {
        requireState(EnumSet.of(InteractionState.BOT));
        if (target != null) {
            campaign = target;
        }
        botStopped(org.webchat.bot.BotOutcome.HANDED_OFF, now);
        botHandoffReason = reason == null ? null : reason.length() > 300 ? reason.substring(0, 300) : reason;
        botSummary = summary == null || summary.isBlank() ? null
                : summary.length() > ChatMessage.MAX_TEXT ? summary.substring(0, ChatMessage.MAX_TEXT) : summary;
        state = InteractionState.QUEUED;
        queuedAt = now;
    }

    /** The start bot ended the chat: it finished, the customer did not answer in time, or left (BOT-02). */
    public void endByBot(EndReason reason, org.webchat.bot.BotOutcome outcome, Instant now) {
        requireState(EnumSet.of(InteractionState.BOT));
        botStopped(outcome, now);
        end(reason, now);
    }

    /** BOT-02: the campaign's end bot (a survey) talks with the customer of this ended chat. */
    public void survey(Bot endBot) {
        requireState(EnumSet.of(InteractionState.ENDED));
        bot = Objects.requireNonNull(endBot, "endBot");
        botState = null;
    }

    /** The end bot's survey is over. */
    public void surveyOver() {
        requireState(EnumSet.of(InteractionState.ENDED));
        bot = null;
        botState = null;
        botDueAt = null;
    }

    /** Whether the end bot's survey runs: the chat ended and still takes the customer's answers. */
    public boolean isSurveying() {
        return state == InteractionState.ENDED && bot != null;
    }

    public void setBotDueAt(Instant due) {
        this.botDueAt = due;
    }

    private void botStopped(org.webchat.bot.BotOutcome outcome, Instant now) {
        botOutcome = outcome;
        botEndedAt = now;
        bot = null;
        botState = null;
        botDueAt = null;
    }

    private void requireState(Set<InteractionState> allowed) {
        if (!allowed.contains(state)) {
            throw new IllegalStateException("interaction " + id + " is " + state + ", expected one of " + allowed);
        }
    }

    /** Stamps and returns the next message of this interaction. */
    public ChatMessage post(SenderKind senderKind, User sender, String clientId, String text, Attachment attachment,
                            Instant now) {
        return post(senderKind, sender, clientId, text, attachment, now, false);
    }

    /** As {@link #post(SenderKind, User, String, String, Attachment, Instant)}; {@code internal}: a whisper (issue 12). */
    public ChatMessage post(SenderKind senderKind, User sender, String clientId, String text, Attachment attachment,
                            Instant now, boolean internal) {
        if (state == InteractionState.ENDED && bot == null) { // a survey still takes answers (BOT-02)
            throw new ChatEnded(id);
        }
        ChatMessage message = new ChatMessage(this, lastSeq + 1, senderKind, sender, clientId, text, attachment, now,
                internal);
        lastSeq++;
        return message;
    }

    /**
     * The customer's last socket closed at {@code now}, or died with its node; true when it was connected until then.
     */
    public boolean customerDisconnected(Instant now) {
        customerNode = null;
        if (customerDisconnectedAt == null) {
            customerDisconnectedAt = now;
            return true;
        }
        return false;
    }

    /** The customer is connected again, to {@code node}; true when it had gone. */
    public boolean customerReconnected(String node) {
        customerNode = state.isOpen() ? node : null;
        boolean wasGone = customerDisconnectedAt != null;
        customerDisconnectedAt = null;
        return wasGone;
    }

    /**
     * How long the customer waited from arriving until first taken by an agent (AGT-03), once assigned: the
     * agent a transfer brings sees that wait, not the transfer's.
     */
    public Optional<Duration> waitTime() {
        Instant taken = firstAssignedAt != null ? firstAssignedAt : assignedAt;
        return taken == null ? Optional.empty() : Optional.of(Duration.between(waitingSince(), taken));
    }

    /** When the customer began to wait for a person: its arrival, or the hand-off of its start bot (BOT-01). */
    public Instant waitingSince() {
        return botEndedAt != null ? botEndedAt : createdAt;
    }

    public void setSeen(boolean seen) {
        this.seen = seen;
    }

    /** REC-06: {@code by} read the offline message at {@code now}; or, {@code seen} false, put it back to unseen. */
    public void markSeen(boolean seen, User by, Instant now) {
        if (!offline) {
            throw new IllegalStateException("interaction " + id + " is no offline message");
        }
        this.seen = seen;
        this.seenBy = seen ? Objects.requireNonNull(by, "by") : null;
        this.seenAt = seen ? Objects.requireNonNull(now, "now") : null;
    }

    /** MSG-05: its mail is queued for the campaign's offline address. */
    public void offlineMailQueued() {
        offlineMail = OfflineMailState.PENDING;
    }

    /** MSG-05: the mail left at {@code now}. */
    public void offlineNotified(Instant now) {
        this.offlineNotifiedAt = now;
        offlineMailAttempts++;
        offlineMail = OfflineMailState.SENT;
        offlineMailError = null;
    }

    /** MSG-05: the mail server refused or was not there; {@code retrying}: it is tried again later. */
    public void offlineMailFailed(String error, boolean retrying) {
        offlineMailAttempts++;
        offlineMail = retrying ? OfflineMailState.RETRYING : OfflineMailState.FAILED;
        offlineMailError = error == null ? null : error.length() > 300 ? error.substring(0, 300) : error;
    }

    public void setPageUrl(String pageUrl) {
        this.pageUrl = pageUrl;
    }

    /** This node takes the bot over from a node that is gone, and the request in flight with it (issue 17). */
    public void takeBotOver() {
        this.botNode = NodeLease.THIS;
    }

    /** The bot's state, as this node leaves it: the node is recorded with it. */
    public void setBotState(String botState) {
        this.botState = botState;
        this.botNode = NodeLease.THIS;
    }

    // ---- reading ----

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public InteractionState getState() {
        return state;
    }

    public boolean isOffline() {
        return offline;
    }

    public boolean isSeen() {
        return seen;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getPageUrl() {
        return pageUrl;
    }

    public Language getLanguage() {
        return language;
    }

    public Optional<User> getAgent() {
        return Optional.ofNullable(agent);
    }

    public Optional<Bot> getBot() {
        return Optional.ofNullable(bot);
    }

    public Instant getBotDueAt() {
        return botDueAt;
    }

    public Instant getBotEndedAt() {
        return botEndedAt;
    }

    public Optional<String> getBotHandoffReason() {
        return Optional.ofNullable(botHandoffReason);
    }

    public Optional<org.webchat.bot.BotOutcome> getBotOutcome() {
        return Optional.ofNullable(botOutcome);
    }

    public Optional<Bot> getStartBot() {
        return Optional.ofNullable(startBot);
    }

    public Optional<String> getBotSummary() {
        return Optional.ofNullable(botSummary);
    }

    /** The campaign whose start bot talked in this chat (BOT-01); null when none did. */
    public Long getBotCampaignId() {
        return botCampaignId;
    }

    public Optional<EndReason> getEndReason() {
        return Optional.ofNullable(endReason);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getFirstAssignedAt() {
        return firstAssignedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getCustomerDisconnectedAt() {
        return customerDisconnectedAt;
    }

    public Optional<String> getCustomerNode() {
        return Optional.ofNullable(customerNode);
    }

    public Instant getOfflineNotifiedAt() {
        return offlineNotifiedAt;
    }

    public Optional<User> getSeenBy() {
        return Optional.ofNullable(seenBy);
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    public OfflineMailState getOfflineMail() {
        return offlineMail;
    }

    public int getOfflineMailAttempts() {
        return offlineMailAttempts;
    }

    public String getOfflineMailError() {
        return offlineMailError;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public String getBotNode() {
        return botNode;
    }

    public String getBotState() {
        return botState;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Interaction[" + id + ", " + state + "]";
    }
}
