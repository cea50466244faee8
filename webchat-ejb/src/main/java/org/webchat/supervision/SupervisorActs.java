package org.webchat.supervision;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.webchat.agent.AgentStateChange;
import org.webchat.agent.BreakType;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;
import org.webchat.campaign.CampaignMember;
import org.webchat.interaction.ChatMessage;
import org.webchat.interaction.ChatService;
import org.webchat.interaction.ChatViews;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionRepository;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.SenderKind;
import org.webchat.interaction.StoredMessage;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;
import org.webchat.routing.AgentPresence;
import org.webchat.routing.RoutingEngine;

/**
 * What a supervisor does to an agent and in its chats (issue 12, points 4, 5 and 7): spy (SUP-11), whisper, barge-in,
 * pause (SUP-14), log out (SUP-15) and the agent's information (SUP-13), each recorded in the audit trail that the
 * group's administrators read. Every call names the supervisor by its login and reaches only its own security group's
 * agents and chats ({@link SupervisionScope}): any other id, existing or not, gets {@link NotYours}.
 */
@Stateless
public class SupervisorActs {

    /** The most audit entries one read returns. */
    public static final int TRAIL_LIMIT = 500;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    InteractionRepository interactions;

    @Inject
    ChatService chat;

    @Inject
    AgentPresence presence;

    @Inject
    RoutingEngine routing;

    @Inject
    LiveChannel live;

    private final Clock clock = Clock.systemUTC();

    /** A chat as a spying supervisor sees it: the chat, who attends it (null: nobody now), every message so far. */
    public record SpiedChat(LiveEvent.ChatInfo chat, Long agentId, String agentName, List<StoredMessage> messages) {
    }

    /** SUP-11: the agent's open chats, each with what was said before, as the spy opens. */
    public record Spy(long agentId, String agentName, List<SpiedChat> chats) {
    }

    /** A break the supervisor may put the agent on (SUP-14): its group's enabled ones. */
    public record BreakChoice(long id, String name, String icon) {
    }

    /** One campaign the agent is a member of, with its penalty (STR-06). */
    public record Membership(long campaignId, String campaignName, int penalty) {
    }

    /**
     * SUP-13: the agent's information: who it is, its group, its state now (with the break and who paused it), its
     * campaigns with penalties, and its day ({@link AgentDay}).
     */
    public record AgentInfo(long agentId, String login, String name, String group, String state, String breakName,
                            String pausedBy, Instant stateSince, List<Membership> campaigns, AgentDay today) {
    }

    /** One entry of the audit trail, as an administrator reads it. */
    public record Entry(long id, SupervisionAct.Kind kind, Instant at, String supervisorLogin, String supervisorName,
                        Long agentId, String agentName, Long interactionId, String detail) {
    }

    // ---- Spy (SUP-11)

    /**
     * SUP-11: the supervisor starts watching the agent: its open chats with their whole history, whispers included
     * (marked {@code internal}). What follows travels live: every {@link LiveEvent.MessagePosted} and
     * {@link LiveEvent.InteractionChanged} whose {@code agentId} is this agent's; a chat the agent takes later is read
     * with {@link #spiedChat}. Audited.
     */
    public Spy openSpy(String login, long agentId) {
        User supervisor = supervisor(login);
        User agent = agentOf(supervisor, agentId);
        List<SpiedChat> chats = em.createQuery("select i from Interaction i join fetch i.campaign where i.agent.id = :agent"
                        + " and i.state = org.webchat.interaction.InteractionState.ASSIGNED order by i.assignedAt, i.id",
                        Interaction.class)
                .setParameter("agent", agentId).getResultList().stream().map(this::spied).toList();
        record(SupervisionAct.Kind.SPY_OPENED, supervisor, agent, null, null);
        return new Spy(agentId, agent.getName(), chats);
    }

    /**
     * SUP-12: the supervisor may watch the agent's screen: an agent of its group whose configuration allows screen
     * monitoring ({@code error screen-off} otherwise). Returns the supervisor's name, which the agent's workspace
     * shows while it is watched. Audited.
     */
    public String openScreen(String login, long agentId) {
        User supervisor = supervisor(login);
        User agent = agentOf(supervisor, agentId);
        if (!agent.isScreenMonitoringAllowed()) {
            throw new Refused("screen-off", "This agent's configuration does not allow screen monitoring");
        }
        record(SupervisionAct.Kind.SCREEN_OPENED, supervisor, agent, null, null);
        return supervisor.getName();
    }

    /** SUP-12: the supervisor stopped watching the agent's screen (or the agent stopped sharing it). Audited. */
    public void closeScreen(String login, long agentId) {
        User supervisor = supervisor(login);
        record(SupervisionAct.Kind.SCREEN_CLOSED, supervisor, agentOf(supervisor, agentId), null, null);
    }

    /** SUP-11: the supervisor stops watching the agent. Audited. */
    public void closeSpy(String login, long agentId) {
        User supervisor = supervisor(login);
        record(SupervisionAct.Kind.SPY_CLOSED, supervisor, agentOf(supervisor, agentId), null, null);
    }

    /**
     * One chat of the supervisor's group with its whole history (whispers included): for a chat a spied agent took
     * after the spy opened, or to check that the supervisor may watch it.
     */
    public SpiedChat spiedChat(String login, long interactionId) {
        User supervisor = supervisor(login);
        return spied(chatOf(supervisor, interactionId));
    }

    private SpiedChat spied(Interaction interaction) {
        User agent = interaction.getAgent().orElse(null);
        return new SpiedChat(ChatViews.info(interaction, interactions.handover(interaction).orElse(null)),
                agent == null ? null : agent.getId(), agent == null ? null : agent.getName(),
                chat.messagesAfter(interaction.getId(), 0));
    }

    // ---- Whisper and barge-in (issue 12, point 5)

    /**
     * The supervisor writes to the chat's agent: stored as an internal message (sender SUPERVISOR), which reaches the
     * agent and the supervisors spying on it, never the customer. Idempotent on {@code clientId} (a resend gets the
     * stored message, {@code repeated}). Audited once per message.
     *
     * @throws NotYours                 a chat of another group, or none
     * @throws Refused                  {@code no-agent}: nobody attends the chat; {@code bad-field}: no text or too long
     * @throws org.webchat.interaction.ChatEnded the chat has ended (a resend of a stored whisper still gets it)
     */
    public StoredMessage whisper(String login, long interactionId, String clientId, String text) {
        User supervisor = supervisor(login);
        requireText(text);
        Interaction interaction = attended(supervisor, interactionId);
        StoredMessage stored = chat.whisper(interactionId, supervisor, clientId, text);
        if (!stored.repeated()) {
            record(SupervisionAct.Kind.WHISPER, supervisor, interaction.getAgent().orElse(null), interaction, null);
        }
        return stored;
    }

    /**
     * The supervisor joins the chat visibly: the chat gets a line in its language that the supervisor joined, which the
     * customer and the agent read. Audited. False when this supervisor had joined it already (nothing is written).
     *
     * @throws NotYours a chat of another group, or none
     * @throws Refused  {@code no-agent}: nobody attends the chat
     * @throws org.webchat.interaction.ChatEnded the chat has ended
     */
    public boolean bargeIn(String login, long interactionId) {
        User supervisor = supervisor(login);
        Interaction interaction = attended(supervisor, interactionId);
        if (interaction.getState() == InteractionState.ENDED) {
            throw new org.webchat.interaction.ChatEnded(interactionId);
        }
        return join(supervisor, interaction);
    }

    /**
     * A message of the supervisor in the chat that the customer reads, with the supervisor's name, and the agent too
     * (sender SUPERVISOR, not internal); the supervisor joins first when it had not ({@link #bargeIn}). Idempotent on
     * {@code clientId}.
     *
     * @throws NotYours a chat of another group, or none
     * @throws Refused  {@code no-agent}: nobody attends the chat; {@code bad-field}: no text or too long
     * @throws org.webchat.interaction.ChatEnded the chat has ended (a resend of a stored message still gets it)
     */
    public StoredMessage bargeInMessage(String login, long interactionId, String clientId, String text) {
        User supervisor = supervisor(login);
        requireText(text);
        Interaction interaction = attended(supervisor, interactionId);
        if (interaction.getState() == InteractionState.ASSIGNED) {
            join(supervisor, interaction);
        }
        return chat.post(interactionId, SenderKind.SUPERVISOR, supervisor, clientId, text);
    }

    private boolean join(User supervisor, Interaction interaction) {
        boolean joined = em.createQuery("select count(a) from SupervisionAct a where a.supervisor = :supervisor"
                        + " and a.interaction = :interaction and a.kind = :kind", Long.class)
                .setParameter("supervisor", supervisor).setParameter("interaction", interaction)
                .setParameter("kind", SupervisionAct.Kind.BARGE_IN).getSingleResult() > 0;
        if (joined) {
            return false;
        }
        chat.post(interaction.getId(), SenderKind.SYSTEM, null, null,
                BargeInLine.text(interaction.getLanguage(), supervisor.getName()));
        record(SupervisionAct.Kind.BARGE_IN, supervisor, interaction.getAgent().orElse(null), interaction, null);
        return true;
    }

    /** The chat, locked, of the supervisor's group, attended by an agent or ended. */
    private Interaction attended(User supervisor, long interactionId) {
        Interaction interaction = interactions.findForUpdate(interactionId)
                .filter(i -> SupervisionScope.reaches(supervisor, i.getCampaign()))
                .orElseThrow(() -> new NotYours("chat", interactionId));
        if (interaction.getState() != InteractionState.ASSIGNED && interaction.getState() != InteractionState.ENDED) {
            throw new Refused("no-agent", "Nobody attends chat " + interactionId + " now");
        }
        return interaction;
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused("bad-field", "text is empty");
        }
        if (text.length() > ChatMessage.MAX_TEXT) {
            throw new Refused("too-long", "text is longer than " + ChatMessage.MAX_TEXT + " characters");
        }
    }

    // ---- Pause (SUP-14) and log out (SUP-15)

    /** SUP-14: the breaks the supervisor may put the agent on: the enabled ones of the agent's group. */
    public List<BreakChoice> breakTypes(String login, long agentId) {
        User agent = agentOf(supervisor(login), agentId);
        SecurityGroup group = agent.getSecurityGroup();
        return SecurityGroup.bound(em.createQuery("select b from BreakType b where b.enabled = true and "
                + SecurityGroup.is("b.securityGroup", group) + " order by b.name", BreakType.class), group)
                .getResultStream().map(b -> new BreakChoice(b.getId(), b.getName(), b.getIcon())).toList();
    }

    /**
     * SUP-14: the supervisor puts the agent on the break {@code breakTypeId}: routing gives it nothing new from this
     * instant, its workspace shows the break and who paused it ({@link LiveEvent.AgentChanged#changedBy()}), and its
     * state history names the supervisor. The agent comes back by choosing Available. Audited.
     *
     * @throws NotYours an agent of another group, or none
     * @throws Refused  {@code unknown-break}: no such enabled break of the agent's group; {@code agent-away}: the
     *                  agent is not signed in to its workspace
     */
    public void pause(String login, long agentId, long breakTypeId) {
        User supervisor = supervisor(login);
        User agent = agentOf(supervisor, agentId);
        BreakType breakType = presence.breakTypeFor(agentId, breakTypeId)
                .orElseThrow(() -> new Refused("unknown-break", "There is no break type " + breakTypeId + " for this agent"));
        if (!presence.takeBreak(agentId, breakTypeId, supervisor.getId())) {
            throw new Refused("agent-away", "Agent " + agentId + " is not signed in to its workspace");
        }
        record(SupervisionAct.Kind.PAUSE, supervisor, agent, null, breakType.getName());
    }

    /**
     * SUP-15: the supervisor logs the agent out. At once it is logged out (routing gives it nothing more), and its open
     * chats go back to their campaigns' queues for the other agents; once this commits, its console sessions end on
     * their next request on any node ({@link User#signOut()}) and its workspace sockets close with "Sign in again"
     * ({@link LiveEvent.AccessChanged}). The agent keeps its account and signs in again to go on. Audited.
     *
     * @throws NotYours an agent of another group, or none
     */
    public void logOut(String login, long agentId) {
        User supervisor = supervisor(login);
        User agent = agentOf(supervisor, agentId);
        presence.signOut(agentId, supervisor.getId()); // first: the chats given back below must not come back to it
        routing.takeBack(agentId);
        agent.signOut();
        record(SupervisionAct.Kind.LOG_OUT, supervisor, agent, null, null);
        live.publish(new LiveEvent.AccessChanged(agentId));
    }

    // ---- Info (SUP-13)

    /**
     * SUP-13: the agent's information, its day counted from midnight in {@code zone} (the supervisor's time zone).
     *
     * @throws NotYours an agent of another group, or none
     */
    public AgentInfo info(String login, long agentId, ZoneId zone) {
        User agent = agentOf(supervisor(login), agentId);
        Instant now = clock.instant();
        Instant dayStart = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        List<Membership> campaigns = em.createQuery("select m from CampaignMember m join fetch m.campaign"
                        + " where m.user.id = :agent and m.campaign.archivedAt is null order by m.campaign.name, m.campaign.id",
                        CampaignMember.class)
                .setParameter("agent", agentId).getResultStream()
                .map(m -> new Membership(m.getCampaign().getId(), m.getCampaign().getName(), m.getPenalty())).toList();
        List<AgentDay.StatePeriod> periods = em.createQuery("select s from AgentStateChange s left join fetch s.breakType"
                        + " left join fetch s.changedBy where s.user.id = :agent and (s.endedAt is null or s.endedAt > :start)"
                        + " order by s.startedAt, s.id", AgentStateChange.class)
                .setParameter("agent", agentId).setParameter("start", dayStart).getResultStream()
                .map(s -> new AgentDay.StatePeriod(s.getState().name(), s.getBreakType().map(BreakType::getName).orElse(null),
                        s.getStartedAt(), s.getEndedAt(), s.getChangedBy().map(User::getName).orElse(null)))
                .toList();
        List<AgentDay.ChatSpan> chats = em.createQuery("select i.assignedAt, i.endedAt from Interaction i"
                        + " where i.agent.id = :agent and i.state = org.webchat.interaction.InteractionState.ENDED"
                        + " and i.endedAt >= :start", Object[].class)
                .setParameter("agent", agentId).setParameter("start", dayStart).getResultStream()
                .map(row -> new AgentDay.ChatSpan((Instant) row[0], (Instant) row[1])).toList();
        var present = presence.of(agentId);
        return new AgentInfo(agentId, agent.getLogin(), agent.getName(),
                agent.getSecurityGroup() == null ? null : agent.getSecurityGroup().getName(),
                present.map(p -> p.state().name()).orElse("LOGGED_OUT"),
                present.map(AgentPresence.Presence::breakName).orElse(null),
                present.map(AgentPresence.Presence::pausedBy).orElse(null),
                present.map(AgentPresence.Presence::since).orElse(null),
                campaigns, AgentDay.of(dayStart, now, periods, chats));
    }

    // ---- The audit trail

    /**
     * The audit trail of the administrator's security group (ADM-02), newest first, at most {@code max} entries (and
     * {@link #TRAIL_LIMIT}). Empty for a login that is not an enabled administrator.
     */
    public List<Entry> trail(String adminLogin, int max) {
        User admin = users.findByLogin(adminLogin == null ? "" : adminLogin)
                .filter(u -> u.isEnabled() && u.hasRole(org.webchat.agent.Role.ADMIN)).orElse(null);
        if (admin == null || max < 1) {
            return List.of();
        }
        SecurityGroup group = admin.getSecurityGroup();
        return SecurityGroup.bound(em.createQuery("select a from SupervisionAct a join fetch a.supervisor left join fetch a.agent"
                        + " left join fetch a.interaction where " + SecurityGroup.is("a.securityGroup", group)
                        + " order by a.actedAt desc, a.id desc", SupervisionAct.class), group)
                .setMaxResults(Math.min(max, TRAIL_LIMIT)).getResultStream()
                .map(a -> new Entry(a.getId(), a.getKind(), a.getActedAt(), a.getSupervisor().getLogin(),
                        a.getSupervisor().getName(), a.getAgent().map(User::getId).orElse(null),
                        a.getAgent().map(User::getName).orElse(null),
                        a.getInteraction().map(Interaction::getId).orElse(null), a.getDetail().orElse(null)))
                .toList();
    }

    // ---- Who may do what

    private User supervisor(String login) {
        return users.findByLogin(login == null ? "" : login).filter(SupervisionScope::isSupervisor)
                .orElseThrow(NotYours::notASupervisor);
    }

    private User agentOf(User supervisor, long agentId) {
        return users.find(agentId).filter(agent -> SupervisionScope.reaches(supervisor, agent))
                .orElseThrow(() -> new NotYours("agent", agentId));
    }

    private Interaction chatOf(User supervisor, long interactionId) {
        return interactions.find(interactionId).filter(i -> SupervisionScope.reaches(supervisor, i.getCampaign()))
                .orElseThrow(() -> new NotYours("chat", interactionId));
    }

    private void record(SupervisionAct.Kind kind, User supervisor, User agent, Interaction interaction, String detail) {
        em.persist(new SupervisionAct(kind, supervisor, agent, interaction, detail, clock.instant()));
    }


    /**
     * The agent or chat is not one the supervisor reaches (another security group's, or none): refused by its id,
     * saying nothing of whether it exists.
     */
    @ApplicationException(rollback = true)
    public static class NotYours extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String what;
        private final long id;

        public NotYours(String what, long id) {
            this(what, id, "No " + what + " " + id + " in your security group");
        }

        private NotYours(String what, long id, String message) {
            super(message);
            this.what = Objects.requireNonNull(what, "what");
            this.id = id;
        }

        /** The login is no enabled supervisor: it reaches nobody. */
        static NotYours notASupervisor() {
            return new NotYours("supervisor", 0, "Only an enabled supervisor may do this");
        }

        /** "agent", "chat", or "supervisor" when the login is no enabled supervisor (id 0). */
        public String what() {
            return what;
        }

        public long id() {
            return id;
        }
    }

    /** The act cannot be done now, with a code for the socket's error frame and what was wrong. */
    @ApplicationException(rollback = true)
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = Objects.requireNonNull(code, "code");
        }

        /** {@code no-agent}, {@code agent-away}, {@code unknown-break}, {@code bad-field} or {@code too-long}. */
        public String code() {
            return code;
        }
    }
}
