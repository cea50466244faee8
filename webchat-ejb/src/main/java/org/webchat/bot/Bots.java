package org.webchat.bot;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.ChatMessage;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.SenderKind;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * The bot engine (BOT-01, BOT-02): runs the campaign's start bot before the queue and its end bot (a survey) after
 * the agent ends the chat, one event at a time, each in a transaction of its own under the interaction's lock, the
 * bot's state stored with the interaction after every step. An event is: the bot starts, the customer wrote (every
 * customer message after the last one the bot took in, so none is skipped, also after a restart), an outbound
 * request answered or failed, the timeout. Bot lines are chat messages like any other: numbered, stored before they
 * are sent, resumed by the widget.
 */
@Stateless
public class Bots {

    private static final Logger LOG = Logger.getLogger(Bots.class.getName());
    static final String LINES = "org.webchat.bot.lines";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    InteractionRepository interactions;

    @Inject
    ChatService chat;

    @Inject
    LiveChannel live;

    @Inject
    Event<BotWork> work;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /** The campaign's start bot, when it has one that is enabled. */
    public static Optional<Bot> startBotOf(Campaign campaign) {
        return Optional.ofNullable(campaign.getStartBot()).filter(Bot::isEnabled);
    }

    /** A new interaction made with its campaign's start bot (in the caller's transaction): the bot starts after it. */
    public void started(Interaction interaction, boolean firstLineFollows) {
        begin(interaction, BotState.Phase.START, firstLineFollows);
    }

    /**
     * BOT-02: the agent ended the chat; the campaign's end bot, if any, asks its survey. Called before the end is
     * announced, so that the customer's side hears of the survey instead of the end.
     */
    public boolean survey(Interaction interaction) {
        Optional<Bot> endBot = Optional.ofNullable(interaction.getCampaign().getEndBot()).filter(Bot::isEnabled);
        endBot.ifPresent(bot -> {
            interaction.survey(bot);
            begin(interaction, BotState.Phase.END, false);
        });
        return endBot.isPresent();
    }

    private void begin(Interaction interaction, BotState.Phase phase, boolean firstLineFollows) {
        Map<String, String> variables = BotVariables.of(interaction.getCampaign().getName(), interaction.getId(),
                interaction.getCustomer().getEmail().orElse(null), interaction.getCustomer().getPhone().orElse(null),
                interaction.getCustomer().getName());
        if (phase == BotState.Phase.END) { // the survey sees what the start bot collected
            kept(interaction.getId(), BotVariable.Phase.START).forEach(v -> variables.putIfAbsent(v.getName(), v.getValue()));
            variables.put(BotVariables.INITIAL_MESSAGE, firstCustomerLine(interaction.getId()));
        }
        Bot bot = interaction.getBot().orElseThrow();
        // A flow waits for the form's first message before it asks (an external bot gets it as its first message).
        if (firstLineFollows && bot.getKind() == BotKind.FLOW) {
            interaction.setBotState(BotState.startingAfterFirstLine(variables, interaction.getLastSeq()).toJson());
            interaction.setBotDueAt(clock.instant().plusSeconds(60L * bot.getTimeoutMinutes())); // should it never come
        } else {
            interaction.setBotState(BotState.starting(phase, variables, interaction.getLastSeq()).toJson());
        }
        live.publish(changed(interaction, phase == BotState.Phase.START ? "BOT" : "SURVEY"));
        work.fire(BotWork.advance(interaction.getId()));
    }

    /**
     * This node takes the interaction's bot over from node {@code from}, which is gone (issue 17); false when the chat
     * has no bot now or another node was first. The bot's state is then the one {@code from} left, as every change of
     * it records its node.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(long interactionId, String from) {
        Optional<Interaction> left = interactions.findForUpdate(interactionId)
                .filter(i -> i.getBot().isPresent() && Objects.equals(i.getBotNode(), from));
        left.ifPresent(Interaction::takeBotOver);
        return left.isPresent();
    }

    /** Goes on with the interaction's bot later, in a transaction of its own. */
    @Asynchronous
    public void advanceLater(long interactionId) {
        self().advance(interactionId);
    }

    /** Goes on with the interaction's bot: starts it, or takes in what the customer wrote since. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advance(long interactionId) {
        Optional<Interaction> locked = interactions.findForUpdate(interactionId).filter(i -> i.getBot().isPresent());
        if (locked.isEmpty()) {
            return;
        }
        Interaction interaction = locked.get();
        Bot bot = interaction.getBot().orElseThrow();
        BotState state = BotState.parse(interaction.getBotState());
        if (bot.getKind() == BotKind.ENDPOINT) {
            external(interaction, state);
            return;
        }
        BotRun run;
        try {
            run = new BotRun(BotFlow.parse(bot.getFlowDefinition()), interaction.getLanguage());
        } catch (FlowRefused broken) {
            stop(interaction, state, new BotRun.HandOff(null, null, "", BotRun.Reason.BOT_BROKEN, broken.code()));
            return;
        }
        boolean running = true;
        if (state.step() == null) {
            if (state.waiting() == BotState.Waiting.FIRST_LINE) {
                Optional<ChatMessage> first = nextCustomerLine(interactionId, state.seenSeq());
                if (first.isEmpty()) {
                    return; // the customer's line wakes it
                }
                state = remember(state.seen(first.get().getSeq()), first.get().getText().orElse(""));
            }
            running = apply(interaction, run.start(state));
        }
        while (running) {
            state = BotState.parse(interaction.getBotState());
            if (BotRun.ignores(state)) {
                return;
            }
            Optional<ChatMessage> next = nextCustomerLine(interactionId, state.seenSeq());
            if (next.isEmpty()) {
                return;
            }
            ChatMessage line = next.get();
            String text = line.getText().orElse("");
            state = remember(state.seen(line.getSeq()), text);
            running = apply(interaction, run.answer(state, text));
        }
    }

    /** The customer's first line is the initial message (BOT-02) of every step after it. */
    private static BotState remember(BotState state, String text) {
        return state.variables().getOrDefault(BotVariables.INITIAL_MESSAGE, "").isEmpty()
                ? state.with(BotVariables.INITIAL_MESSAGE, text) : state;
    }

    /** Says the turn's lines and does what comes next; false once the bot stopped. */
    private boolean apply(Interaction interaction, BotRun.Turn turn) {
        Bot bot = interaction.getBot().orElseThrow();
        for (BotRun.Line line : turn.lines()) {
            if (!line.text().isBlank()) {
                chat.postBot(interaction.getId(), bot, line.text(), line.options(), false);
            }
        }
        BotRun.Next next = turn.next();
        if (next instanceof BotRun.Wait) {
            interaction.setBotState(turn.state().toJson());
            interaction.setBotDueAt(clock.instant().plusSeconds(60L * bot.getTimeoutMinutes()));
            return true;
        }
        if (next instanceof BotRun.Call call) {
            interaction.setBotState(turn.state().toJson());
            interaction.setBotDueAt(null); // waits for its service, which has its own timeout
            work.fire(BotWork.send(interaction.getId(), call.request()));
            return true;
        }
        stop(interaction, turn.state(), next);
        return false;
    }

    /** The bot hands the chat over or finishes it; what it collected is kept. */
    private void stop(Interaction interaction, BotState state, BotRun.Next how) {
        Bot bot = interaction.getBot().orElseThrow();
        keep(interaction.getId(), state);
        Instant now = clock.instant();
        if (state.phase() == BotState.Phase.END) { // a survey has no one to hand over to: it is over
            interaction.surveyOver();
            live.publish(changed(interaction, "ENDED"));
            return;
        }
        if (how instanceof BotRun.HandOff handOff) {
            if (!handOff.summary().isBlank()) {
                chat.postBot(interaction.getId(), bot, handOff.summary(), List.of(), true);
            }
            String reason = handOff.reason() == null ? null : interaction.getLanguage().text(LINES,
                    "handoff." + handOff.reason().name().toLowerCase(Locale.ROOT),
                    handOff.detail() == null ? "" : handOff.detail());
            if (reason != null) {
                chat.postBot(interaction.getId(), bot, reason, List.of(), true);
            }
            // A chat never leaves its tenant (ADM-02): another group's campaign, even named by an external bot, is
            // taken as none, and the chat waits in its own campaign's queue.
            Campaign target = handOff.campaignId() == null ? null : em.find(Campaign.class, handOff.campaignId());
            boolean open = target != null && target.isEnabled() && !target.isArchived()
                    && SecurityGroup.same(target.getSecurityGroup(), interaction.getCampaign().getSecurityGroup());
            interaction.handOff(open ? target : null, handOff.summary(), reason, now);
            live.publish(changed(interaction, "OFF"));
            announce(interaction, now);
            if (handOff.agentId() != null) {
                work.fire(BotWork.handTo(interaction.getId(), handOff.agentId()));
            }
        } else {
            interaction.endByBot(EndReason.BOT_FINISHED, BotOutcome.RESOLVED, now);
            live.publish(changed(interaction, "OFF"));
            announce(interaction, now);
        }
    }

    /** BOT-02: a bot waited past its timeout for the customer: it says its timeout message and ends the chat. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void timeOut(long interactionId) {
        Instant now = clock.instant();
        Optional<Interaction> due = interactions.findForUpdate(interactionId)
                .filter(i -> i.getBot().isPresent() && i.getBotDueAt() != null && !i.getBotDueAt().isAfter(now));
        if (due.isEmpty()) {
            return;
        }
        Interaction interaction = due.get();
        Bot bot = interaction.getBot().orElseThrow();
        BotState state = BotState.parse(interaction.getBotState());
        chat.postBot(interactionId, bot, timeoutMessage(bot, interaction), List.of(), false);
        keep(interactionId, state);
        if (state.phase() == BotState.Phase.END) {
            interaction.surveyOver();
            live.publish(changed(interaction, "ENDED"));
        } else {
            interaction.endByBot(EndReason.BOT_TIMEOUT, BotOutcome.TIMED_OUT, now);
            live.publish(changed(interaction, "OFF"));
            announce(interaction, now);
        }
    }

    private static String timeoutMessage(Bot bot, Interaction interaction) {
        LocalText own = LocalText.empty();
        try {
            own = LocalText.parse(bot.getTimeoutMessage());
        } catch (FlowRefused unreadable) {
            LOG.warning(() -> "Bot " + bot.getId() + " has an unreadable timeout message; the product's is used");
        }
        return own.isEmpty() ? interaction.getLanguage().text(LINES, "timeout") : own.in(interaction.getLanguage());
    }

    /** Issue 15, point 3: the customer asks for a person while a start bot talks; false when that is not allowed now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean askForPerson(long interactionId) {
        Optional<Interaction> talking = interactions.findForUpdate(interactionId)
                .filter(i -> i.getState() == InteractionState.BOT && i.getCampaign().isBotPersonAllowed());
        talking.ifPresent(i -> stop(i, BotState.parse(i.getBotState()),
                new BotRun.HandOff(null, null, "", BotRun.Reason.PERSON_ASKED, null)));
        return talking.isPresent();
    }

    /** The customer closed the chat while a bot talked (in the caller's transaction, the interaction locked). */
    public void customerLeft(Interaction interaction, Instant now) {
        keep(interaction.getId(), BotState.parse(interaction.getBotState()));
        if (interaction.isSurveying()) {
            interaction.surveyOver();
            live.publish(changed(interaction, "ENDED"));
        } else {
            interaction.endByBot(EndReason.CUSTOMER, BotOutcome.ABANDONED, now);
            live.publish(changed(interaction, "OFF"));
        }
    }

    // ---- outbound requests (a flow's request step, an external bot) ----

    /** What {@link BotCalls} sends for request {@code request} of the interaction, if the bot still waits for it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<BotCalls.Outbound> outbound(long interactionId, String request) {
        Optional<Interaction> found = interactions.find(interactionId).filter(i -> i.getBot().isPresent());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Interaction interaction = found.get();
        BotState state = BotState.parse(interaction.getBotState());
        if (!request.equals(state.request())) {
            return Optional.empty();
        }
        Bot bot = interaction.getBot().orElseThrow();
        if (bot.getKind() == BotKind.ENDPOINT) {
            String text = "message".equals(state.step()) ? lineText(interactionId, state.seenSeq()) : null;
            return Optional.of(ExternalBot.outbound(bot, interaction, state, text));
        }
        try {
            BotStep step = BotFlow.parse(bot.getFlowDefinition()).step(state.step());
            if (step instanceof BotStep.Request call) {
                return Optional.of(new BotCalls.Outbound(call.url(), call.timeoutSeconds(),
                        BotCalls.variablesJson(interaction.getId(), state.variables()), false));
            }
        } catch (FlowRefused broken) {
            // the bot was edited into a flow that cannot run: answered below as a failure
        }
        return Optional.of(new BotCalls.Outbound(null, 1, null, false));
    }

    /** Request {@code request} was answered: the bot goes on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void answered(long interactionId, String request, BotRun.ServiceAnswer answer) {
        waitingFor(interactionId, request).ifPresent(interaction -> {
            Bot bot = interaction.getBot().orElseThrow();
            BotState state = BotState.parse(interaction.getBotState());
            if (bot.getKind() == BotKind.ENDPOINT) {
                interaction.setBotState(state.at("talk", BotState.Waiting.ANSWER, 0, state.variables(), null).toJson());
                interaction.setBotDueAt(clock.instant().plusSeconds(60L * bot.getTimeoutMinutes()));
                work.fire(BotWork.advance(interactionId)); // the customer may have written meanwhile
                return;
            }
            if (flowStep(bot, state) instanceof BotStep.Request) {
                if (apply(interaction, runOf(bot, interaction).answered(state, answer))) {
                    work.fire(BotWork.advance(interactionId));
                }
            } else {
                stop(interaction, state, new BotRun.HandOff(null, null, "", BotRun.Reason.BOT_BROKEN, state.step()));
            }
        });
    }

    /** Request {@code request} failed after its retries ({@code how}): the flow's error path, or a person. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long interactionId, String request, String how) {
        waitingFor(interactionId, request).ifPresent(interaction -> {
            Bot bot = interaction.getBot().orElseThrow();
            BotState state = BotState.parse(interaction.getBotState());
            if (bot.getKind() == BotKind.FLOW && flowStep(bot, state) instanceof BotStep.Request) {
                if (apply(interaction, runOf(bot, interaction).failed(state, how))) {
                    work.fire(BotWork.advance(interactionId));
                }
            } else {
                stop(interaction, state, new BotRun.HandOff(null, null, "", BotRun.Reason.SERVICE_FAILED, how));
            }
        });
    }

    private Optional<Interaction> waitingFor(long interactionId, String request) {
        return interactions.findForUpdate(interactionId).filter(i -> i.getBot().isPresent())
                .filter(i -> request.equals(BotState.parse(i.getBotState()).request()));
    }

    private static BotStep flowStep(Bot bot, BotState state) {
        try {
            return BotFlow.parse(bot.getFlowDefinition()).step(state.step());
        } catch (FlowRefused broken) {
            return null;
        }
    }

    private static BotRun runOf(Bot bot, Interaction interaction) {
        try {
            return new BotRun(BotFlow.parse(bot.getFlowDefinition()), interaction.getLanguage());
        } catch (FlowRefused broken) {
            throw new IllegalStateException(broken); // checked by flowStep before
        }
    }

    /** An external bot: each customer line goes to its service, in order, one at a time. */
    private void external(Interaction interaction, BotState state) {
        if (state.request() != null) {
            return; // a line is on its way; the next goes once it arrived
        }
        String request = java.util.UUID.randomUUID().toString();
        if (state.step() == null) {
            interaction.setBotState(state.at("start", BotState.Waiting.SERVICE, 0, state.variables(), request).toJson());
        } else {
            Optional<ChatMessage> next = nextCustomerLine(interaction.getId(), state.seenSeq());
            if (next.isEmpty()) {
                return;
            }
            BotState seen = remember(state.seen(next.get().getSeq()), next.get().getText().orElse(""));
            interaction.setBotState(seen.at("message", BotState.Waiting.SERVICE, 0, seen.variables(), request).toJson());
        }
        work.fire(BotWork.send(interaction.getId(), request));
    }

    // ---- what an external bot does through the bot API ----

    /** The external bot says a line, with buttons (issue 15, point 2); false when the chat is not with this bot now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> say(long botId, long interactionId, String text, List<String> options) {
        return withBot(botId, interactionId).map(interaction -> {
            Bot bot = interaction.getBot().orElseThrow();
            long seq = chat.postBot(interactionId, bot, text, options, false).seq();
            interaction.setBotDueAt(clock.instant().plusSeconds(60L * bot.getTimeoutMinutes()));
            return seq;
        });
    }

    /** The external bot keeps variables (for the agent, or the survey's answers). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remember(long botId, long interactionId, Map<String, String> variables) {
        return withBot(botId, interactionId).map(interaction -> {
            BotState state = BotState.parse(interaction.getBotState());
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                if (BotVariables.isName(variable.getKey()) && !BotFlow.BUILT_IN.contains(variable.getKey())) {
                    state = state.with(variable.getKey(), variable.getValue());
                }
            }
            interaction.setBotState(state.toJson());
            return true;
        }).orElse(false);
    }

    /** The external bot hands the chat to a person: a campaign's queue (null: its own) or an agent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handOff(long botId, long interactionId, Long campaignId, Long agentId, String summary) {
        return withBot(botId, interactionId).map(interaction -> {
            stop(interaction, BotState.parse(interaction.getBotState()),
                    new BotRun.HandOff(campaignId, agentId, summary == null ? "" : summary, null, null));
            return true;
        }).orElse(false);
    }

    /** The external bot ends the chat (BOT-02), saying {@code text} first when given. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean finish(long botId, long interactionId, String text) {
        return withBot(botId, interactionId).map(interaction -> {
            if (text != null && !text.isBlank()) {
                chat.postBot(interactionId, interaction.getBot().orElseThrow(), text, List.of(), false);
            }
            stop(interaction, BotState.parse(interaction.getBotState()), new BotRun.Finish());
            return true;
        }).orElse(false);
    }

    /** The enabled external bot whose API token this is (issue 15, point 2). */
    public Optional<Long> externalBot(String token) {
        if (token == null || token.length() < 20 || token.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery("select b.id from Bot b where b.apiTokenHash = :hash and b.kind = :kind and b.enabled = true",
                        Long.class).setParameter("hash", Bot.tokenHash(token)).setParameter("kind", BotKind.ENDPOINT)
                .getResultStream().findFirst();
    }

    /** The interaction, locked, when bot {@code botId} talks in it now: anything else is as if it did not exist. */
    private Optional<Interaction> withBot(long botId, long interactionId) {
        return interactions.findForUpdate(interactionId)
                .filter(i -> i.getBot().map(b -> b.getId() == botId).orElse(false));
    }

    // ---- reading ----

    /** A bot's picture, for the widget (BOT-01). */
    public Optional<org.webchat.agent.Picture> picture(long botId) {
        return Optional.ofNullable(em.find(Bot.class, botId)).flatMap(Bot::getPicture);
    }

    /** The variables a bot kept in an interaction, in the order it collected them. */
    public List<BotVariable> kept(long interactionId, BotVariable.Phase phase) {
        return em.createQuery("select v from BotVariable v where v.key.interactionId = :id and v.key.phase = :phase"
                        + " order by v.ordinal", BotVariable.class)
                .setParameter("id", interactionId).setParameter("phase", phase).getResultList();
    }

    /** What a bot collected, kept for good (see {@link BotVariables#toKeep}). */
    private void keep(long interactionId, BotState state) {
        Map<String, String> startKept = new HashMap<>();
        if (state.phase() == BotState.Phase.END) {
            kept(interactionId, BotVariable.Phase.START).forEach(v -> startKept.put(v.getName(), v.getValue()));
        }
        em.createQuery("delete from BotVariable v where v.key.interactionId = :id and v.key.phase = :phase")
                .setParameter("id", interactionId).setParameter("phase", state.phase().kept()).executeUpdate();
        int ordinal = 0;
        for (Map.Entry<String, String> variable
                : BotVariables.toKeep(state.phase(), state.variables(), startKept).entrySet()) {
            em.persist(new BotVariable(interactionId, state.phase().kept(), variable.getKey(), variable.getValue(),
                    ordinal++));
        }
    }

    private Optional<ChatMessage> nextCustomerLine(long interactionId, long afterSeq) {
        return em.createQuery("select m from ChatMessage m where m.interaction.id = :id and m.seq > :seq"
                        + " and m.senderKind = :customer order by m.seq", ChatMessage.class)
                .setParameter("id", interactionId).setParameter("seq", afterSeq)
                .setParameter("customer", SenderKind.CUSTOMER).setMaxResults(1).getResultStream().findFirst();
    }

    private String lineText(long interactionId, long seq) {
        return em.createQuery("select m.text from ChatMessage m where m.interaction.id = :id and m.seq = :seq", String.class)
                .setParameter("id", interactionId).setParameter("seq", seq).getResultStream().findFirst().orElse("");
    }

    private String firstCustomerLine(long interactionId) {
        return nextCustomerLine(interactionId, 0).flatMap(ChatMessage::getText).orElse("");
    }

    /** The change, named for the bot's campaign: a start bot's hand-off may have moved the chat to another's queue. */
    private static LiveEvent.BotChanged changed(Interaction interaction, String state) {
        boolean start = "BOT".equals(state) || "OFF".equals(state);
        long campaign = start && interaction.getBotCampaignId() != null ? interaction.getBotCampaignId()
                : interaction.getCampaign().getId();
        return new LiveEvent.BotChanged(interaction.getId(), campaign, state,
                "BOT".equals(state) && interaction.getCampaign().isBotPersonAllowed(),
                interaction.getEndReason().map(Enum::name).orElse(null));
    }

    private void announce(Interaction interaction, Instant now) {
        live.publish(new LiveEvent.InteractionChanged(interaction.getId(), interaction.getCampaign().getId(),
                interaction.getState().name(), interaction.getAgent().map(User::getId).orElse(null), null,
                interaction.getEndReason().map(Enum::name).orElse(null), now));
    }

    private Bots self() {
        return context.getBusinessObject(Bots.class);
    }
}
