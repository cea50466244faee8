package org.webchat.interaction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.webchat.campaign.Admission;
import org.webchat.campaign.AllowedOrigins;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.EntryDecision;
import org.webchat.campaign.Language;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;
import org.webchat.node.NodeLease;

/**
 * The customer's side of a chat, as the widget's socket drives it: opening (the campaign's rules on entry),
 * resuming with the session token, writing, ending. Every answer is decided on committed data.
 */
@Stateless
public class CustomerChatService {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    ChatService chat;

    @Inject
    LiveChannel live;

    @Inject
    OfflineMailQueue offlineMail;

    @Inject
    org.webchat.bot.Bots bots;

    private final Clock clock = Clock.systemUTC();

    /**
     * The customer's details as the pre-chat form gave them, and the origin of the host page the widget runs
     * in (null when it runs on the product's own pages: the example page, a direct link); {@code firstMessage}: the
     * form's first message follows the hello.
     */
    public record Arrival(long campaignId, String name, String email, String phone, String extra, String language,
                          String pageUrl, String hostOrigin, boolean firstMessage) {
    }

    /**
     * Whether a customer arriving now would be admitted, and if not why (issue 11, point 15; WID-03, WID-04): the
     * outcome, whether an offline message may be left, when the campaign opens again (null: not closed, or no opening
     * ahead) and the campaign's text for it in each language that has one (falling back to the default language's).
     */
    public record Availability(EntryDecision.Outcome outcome, boolean offlineMessage, Instant nextOpening,
                               Map<Language, String> texts) {
    }

    /**
     * What {@link #open} would decide for a new arrival now, for the widget to show before its form. Read without
     * the campaign's lock: {@link #open} decides again when the customer starts. Empty for an unknown or archived
     * campaign.
     */
    public Optional<Availability> availability(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || campaign.isArchived()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int waiting = (int) interactions.countWaiting(campaignId);
        Admission admission = new Admission(campaign);
        Map<Language, String> texts = new EnumMap<>(Language.class);
        EntryDecision decision = null;
        for (Language language : Language.values()) {
            decision = admission.decide(now, language, waiting);
            decision.text().ifPresent(text -> texts.put(language, text));
        }
        return Optional.of(new Availability(decision.outcome(), decision.isOfflineMessageAllowed(),
                decision.nextOpening().orElse(null), Map.copyOf(texts)));
    }


    /**
     * The interaction of {@code token} when it belongs to the arrival's campaign (WID-09): resumed, or refused when the
     * host page is not one of the campaign's allowed domains. Empty for an unknown token or another campaign's: the
     * customer is then a new arrival ({@link Arrivals}).
     */
    public Optional<ChatOpening> resume(String token, Arrival arrival) {
        return interactions.findBySessionToken(token).filter(i -> i.getCampaign().getId() == arrival.campaignId())
                .map(interaction -> hostAllowed(interaction.getCampaign(), arrival) ? opening(interaction, null)
                        : refused(interaction.getCampaign().getId(), ChatOpening.DOMAIN_NOT_ALLOWED, null,
                                interaction.getLanguage(), false));
    }

    /**
     * WID-04, MSG-05: out of hours, a customer of a campaign that takes offline messages leaves one. It is
     * kept as an offline interaction (read later under Recordings); the opening returned carries its token,
     * so that more lines of the same message, or a resend, go to the same interaction.
     */
    public ChatOpening leaveOfflineMessage(Arrival arrival, String clientId, String text) {
        Campaign campaign = em.find(Campaign.class, arrival.campaignId());
        if (campaign == null || !campaign.isOfflineMessageEnabled()) {
            throw new IllegalArgumentException("This campaign takes no offline messages");
        }
        // A resend (the acknowledgement was lost with the socket) finds the message it already left.
        Optional<Interaction> left = em.createQuery("select m.interaction from ChatMessage m where m.clientId = :clientId"
                        + " and m.interaction.campaign.id = :campaign"
                        + " and m.interaction.state = org.webchat.interaction.InteractionState.OFFLINE", Interaction.class)
                .setParameter("clientId", clientId).setParameter("campaign", campaign.getId())
                .getResultStream().findFirst();
        if (left.isPresent()) {
            return opening(left.get(), null);
        }
        Instant now = clock.instant();
        Language language = Language.fromCode(arrival.language(), campaign.getDefaultLanguage());
        Interaction interaction = Interaction.offline(campaign,
                new Customer(arrival.name(), arrival.email(), arrival.phone(), arrival.extra()), language, arrival.pageUrl(), now);
        em.persist(interaction);
        chat.post(interaction.getId(), SenderKind.CUSTOMER, null, clientId, text);
        // MSG-05: mailed once this commits, by another thread; the customer never waits for the mail server.
        offlineMail.enqueue(interaction);
        announce(interaction, now);
        return opening(interaction, null);
    }

    static boolean hostAllowed(Campaign campaign, Arrival arrival) {
        return arrival.hostOrigin() == null || AllowedOrigins.of(campaign).allows(arrival.hostOrigin());
    }

    /**
     * Every waiting customer's place in the campaign's queue, by interaction, in the queue's order (WID-05): read
     * when the queue moved, to tell the customers whose place changed.
     */
    public Map<Long, Integer> positions(long campaignId) {
        Map<Long, Integer> places = new LinkedHashMap<>();
        for (Long waiting : interactions.queue(campaignId, Integer.MAX_VALUE)) {
            places.put(waiting, places.size() + 1);
        }
        return places;
    }

    /**
     * The chat as a customer's socket tells it on a hello: its state, its place in the queue while it waits (WID-05,
     * 1 = next), who attends it once taken, as its customer may see them.
     * Read after the socket joined the chat, so that a change made as it opened (an agent taking it at once) is either
     * in it or relayed after it.
     */
    public Optional<ChatNow> now(long interactionId) {
        return interactions.find(interactionId).map(i -> new ChatNow(customerState(i),
                i.getState().isWaiting() ? interactions.place(i) : null, // one count, whatever the queue's length
                i.getState() == InteractionState.ASSIGNED
                        ? i.getAgent().map(agent -> ChatViews.card(i.getCampaign(), agent)).orElse(null) : null,
                i.getCampaign().isAudioVideoAllowed(),
                i.getState() == InteractionState.BOT && i.getCampaign().isBotPersonAllowed(),
                "ENDED".equals(customerState(i)) ? i.getEndReason().map(Enum::name).orElse(null) : null));
    }

    /**
     * What a customer's socket that has just joined its chat is told, read in one transaction (issue 16: an arrival
     * costs few round trips): the customer is back (see {@link #reconnected}), the chat as {@link #now} says it, whether
     * it may be rated ({@link #mayRate}) and what the customer missed after {@code afterSeq}.
     */
    public Optional<Greeting> greet(String token, long interactionId, long afterSeq) {
        reconnected(token);
        return now(interactionId).map(now -> new Greeting(now, mayRate(token), chat.customerMessagesAfter(interactionId,
                afterSeq)));
    }

    /** See {@link #greet}. */
    public record Greeting(ChatNow now, boolean mayRate, List<StoredMessage> missed) {
    }

    /** The chat's state alone: what {@link #now} says of it, without reading the queue. */
    public Optional<String> state(long interactionId) {
        return interactions.find(interactionId).map(CustomerChatService::customerState);
    }

    /** The state as the customer sees it: an ended chat whose end bot still asks is in its SURVEY (BOT-02). */
    private static String customerState(Interaction interaction) {
        return interaction.isSurveying() ? "SURVEY" : interaction.getState().name();
    }

    /**
     * See {@link #now}: {@code position} and {@code card} are null where they do not apply; {@code calls}: the campaign
     * allows audio and video calls (ADV-12); {@code person}: a bot talks and the customer may ask for a person;
     * {@code endReason}: why an ended chat ended (a widget reloaded after a bot's timeout says so).
     */
    public record ChatNow(String state, Integer position, LiveEvent.AgentCard card, boolean calls, boolean person,
                          String endReason) {
    }

    /** ADV-10: whether the customer of this chat may rate it now (ended, asked for, not rated yet). */
    public boolean mayRate(String token) {
        return interactions.findBySessionToken(token)
                .filter(i -> i.getState() == InteractionState.ENDED && i.getCampaign().isFeedbackEnabled())
                .map(i -> em.createQuery("select count(f) from CustomerFeedback f where f.interaction.id = :id", Long.class)
                        .setParameter("id", i.getId()).getSingleResult() == 0)
                .orElse(false);
    }

    /**
     * WID-06: the customer sends a file or an audio message, checked against {@link AttachmentRules}; like a
     * text, idempotent on the client id. Empty when the token names no open chat.
     */
    public Optional<StoredMessage> attach(String token, String clientId, ChatService.Upload upload) {
        Optional<Interaction> open = interactions.findBySessionToken(token)
                .filter(i -> i.getState() != InteractionState.ENDED && i.getState() != InteractionState.OFFLINE);
        return open.map(i -> chat.post(i.getId(), SenderKind.CUSTOMER, null, clientId, null, upload));
    }

    /** The last socket of the customer's chat closed: auto-finish (ADV-07) counts from now; the agent sees it. */
    public void disconnected(String token) {
        // As stored (microseconds): the live frame and a reloaded workspace say the same time.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        interactions.findBySessionTokenForUpdate(token)
                .filter(i -> i.getState() != InteractionState.ENDED && i.getState() != InteractionState.OFFLINE)
                .filter(i -> i.customerDisconnected(now))
                .ifPresent(i -> live.publish(new LiveEvent.CustomerPresence(i.getId(), agentOf(i), false, now)));
    }

    /**
     * The customer is back (a reload, the network again), its socket on this node: no auto-finish; the agent sees
     * it.
     */
    public void reconnected(String token) {
        Instant now = clock.instant();
        interactions.findBySessionTokenForUpdate(token).filter(i -> i.customerReconnected(NodeLease.THIS))
                .ifPresent(i -> live.publish(new LiveEvent.CustomerPresence(i.getId(), agentOf(i), true, now)));
    }

    private static Long agentOf(Interaction interaction) {
        return interaction.getAgent().map(org.webchat.agent.User::getId).orElse(null);
    }

    /** ADV-10: the customer's rating of an ended chat, once; only when the campaign asks for feedback. */
    public boolean rate(String token, int rating, String comment) {
        if (!mayRate(token)) {
            return false;
        }
        Interaction interaction = interactions.findBySessionToken(token).orElseThrow();
        em.persist(new CustomerFeedback(interaction, rating, comment, clock.instant()));
        live.publish(new LiveEvent.CustomerRated(interaction.getId(), agentOf(interaction), rating, comment));
        return true;
    }

    /** The customer is typing or stopped: told to the agent of the chat, never stored. */
    public void typing(String token, boolean typing) {
        interactions.findBySessionToken(token).ifPresent(interaction -> live.publish(new LiveEvent.Typing(
                interaction.getId(), interaction.getAgent().map(org.webchat.agent.User::getId).orElse(null), "CUSTOMER", typing)));
    }

    /** WID-10, AGT-09: the customer is on another page of the host site; kept and told to the agent. */
    public void page(String token, String url) {
        interactions.findBySessionTokenForUpdate(token).filter(i -> i.getState().isOpen()).ifPresent(interaction -> {
            interaction.setPageUrl(url);
            live.publish(new LiveEvent.PageVisited(interaction.getId(),
                    interaction.getAgent().map(org.webchat.agent.User::getId).orElse(null), url));
        });
    }

    /** The customer ends the chat; it gets the Comments message (MSG-06). Ending an ended chat does nothing. */
    public void end(String token) {
        interactions.findBySessionTokenForUpdate(token)
                .filter(i -> i.getState() != InteractionState.ENDED && i.getState() != InteractionState.OFFLINE
                        || i.isSurveying())
                .ifPresent(interaction -> {
                    boolean withBot = interaction.getState() == InteractionState.BOT;
                    if (withBot || interaction.isSurveying()) {
                        bots.customerLeft(interaction, clock.instant());
                        if (withBot) { // a survey's chat had ended already
                            announce(interaction, clock.instant());
                        }
                        return;
                    }
                    interaction.getCampaign().message(org.webchat.campaign.MessageKind.COMMENTS, interaction.getLanguage())
                            .filter(text -> !text.isBlank())
                            .ifPresent(text -> chat.post(interaction.getId(), SenderKind.SYSTEM, null, null, text));
                    Instant now = clock.instant();
                    interaction.end(EndReason.CUSTOMER, now);
                    announce(interaction, now);
                });
    }

    private void announce(Interaction interaction, Instant now) {
        live.publish(changeOf(interaction, now));
    }

    /** The interaction's change as the live channel tells it: its state, agent and end reason now. */
    static LiveEvent.InteractionChanged changeOf(Interaction interaction, Instant now) {
        return new LiveEvent.InteractionChanged(interaction.getId(), interaction.getCampaign().getId(),
                interaction.getState().name(), interaction.getAgent().map(org.webchat.agent.User::getId).orElse(null), null,
                interaction.getEndReason().map(Enum::name).orElse(null), now);
    }

    static ChatOpening opening(Interaction interaction, String text) {
        return new ChatOpening(interaction.getId(), interaction.getCampaign().getId(), interaction.getSessionToken(),
                interaction.getState().name(), interaction.getLanguage().code(), text, null, false, interaction.getLastSeq());
    }

    static ChatOpening refused(long campaignId, String reason, String text, Language language, boolean offline) {
        return new ChatOpening(null, campaignId, null, ChatOpening.REFUSED, language.code(), text, reason, offline, 0);
    }
}
