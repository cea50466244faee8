package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.webchat.agent.AgentState;
import org.webchat.agent.BreakType;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.UserAccountService;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.SenderKind;
import org.webchat.interaction.StoredMessage;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;
import org.webchat.routing.AgentPresence;

/**
 * A supervisor's acts on an agent and its chats (issue 12, points 4, 5 and 7), through the core's
 * {@link SupervisorActs} in the server and the real customer and agent sockets on the client side: a whisper reaches
 * the agent only (never the customer's socket nor its replay); a barge-in reaches the customer with the supervisor's
 * name; a pause (SUP-14) keeps routing from the agent and names the supervisor; a log-out (SUP-15) closes the agent's
 * socket and console session and gives its chat to the other agent; the info (SUP-13); a supervisor of another group is
 * refused by id for each act; the audit trail holds each act. Logins start with "acts-".
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorActsIT {

    static final long CAMPAIGN = 202_101;
    static final long OTHER_CAMPAIGN = 202_102;
    static final String SUPERVISOR = "acts-sup";
    static final String SUPERVISOR_NAME = "Sara Supervisora";
    static final String OTHER_SUPERVISOR = "acts-other-sup";
    static final String ADMIN = "acts-admin";
    static final String OTHER_ADMIN = "acts-other-admin";
    static final String PASSWORD = "acts-pw";
    static final String WHISPER = "Offer her the 10% discount";
    static final String BARGE_IN = "Hello Carla, I am the supervisor";
    static final long NO_SUCH_ID = 987_654_321;

    /** The client side's sockets and session, open from one step to the next while the server side acts. */
    private static SocketClient first;
    private static SocketClient second;
    private static SocketClient customer;
    private static SocketClient nextCustomer;
    private static String firstCookie;
    private static String token;
    private static long chat;
    private static long nextChat;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    UserAccountService accounts;

    @Inject
    SupervisorActs acts;

    @Inject
    AgentPresence presence;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoGroupsEachWithASupervisorAnAdministratorACampaignAndItsAgents() throws Exception {
        tx.begin();
        SecurityGroup group = new SecurityGroup("acts-Group", null);
        SecurityGroup other = new SecurityGroup("acts-Other", null);
        em.persist(group);
        em.persist(other);
        accounts.create(SUPERVISOR, SUPERVISOR_NAME, PASSWORD, EnumSet.of(Role.SUPERVISOR), group);
        accounts.create(ADMIN, "acts Administrator", PASSWORD, EnumSet.of(Role.ADMIN), group);
        accounts.create(OTHER_SUPERVISOR, "Otto Other", PASSWORD, EnumSet.of(Role.SUPERVISOR), other);
        accounts.create(OTHER_ADMIN, "acts Other Administrator", PASSWORD, EnumSet.of(Role.ADMIN), other);
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Acts", true);
        campaign.setSecurityGroup(group);
        TestCampaigns.addAgents(em, campaign, "acts", 2, PASSWORD);
        Campaign otherCampaign = TestCampaigns.create(em, OTHER_CAMPAIGN, "Acts Other", true);
        otherCampaign.setSecurityGroup(other);
        TestCampaigns.addAgents(em, otherCampaign, "acts-b", 1, PASSWORD);
        em.persist(new BreakType("acts-Lunch", "pi pi-apple", group));
        em.persist(new BreakType("acts-Other-Lunch", "pi pi-apple", other));
        em.flush();
        em.createQuery("update User u set u.securityGroup = :g where u.login like 'acts-_'").setParameter("g", group)
                .executeUpdate();
        em.createQuery("update User u set u.securityGroup = :g where u.login = 'acts-b-0'").setParameter("g", other)
                .executeUpdate();
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theFirstAgentAttendsACustomer() throws Exception {
        firstCookie = ConsoleSession.signIn(base, "acts-0", PASSWORD);
        first = SocketClient.agent(base, firstCookie);
        first.await("hello");
        customer = SocketClient.customer(base);
        customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Carla\",\"language\":\"es\"}");
        JsonObject welcome = customer.await("welcome");
        chat = welcome.getJsonNumber("interaction").longValue();
        token = welcome.getString("token");
        first.await(f -> "assigned".equals(f.getString("type")) && f.getJsonNumber("interaction").longValue() == chat,
                "the chat assigned to acts-0");
        assertEquals("Agent acts 0", customer.await(f -> "ASSIGNED".equals(f.getString("state", null)), "assigned")
                .getString("agentName"));
        customer.send("{\"type\":\"message\",\"clientId\":\"c-1\",\"text\":\"Quiero darme de baja\"}");
        customer.await("ack");
        assertTrue(workspacePage(firstCookie).contains("id=\"workspace\""), "the agent's console session holds");
    }

    @Test
    @Order(3)
    void aSupervisorOfAnotherGroupIsRefusedEveryActByIdAndNothingHappens() {
        long agent = userId("acts-0");
        long chatNow = openChatOf(agent);
        long breakType = breakTypeId("acts-Lunch");
        long messages = messageCount(chatNow);
        List<Executable> onTheAgent = List.of(
                () -> acts.openSpy(OTHER_SUPERVISOR, agent),
                () -> acts.closeSpy(OTHER_SUPERVISOR, agent),
                () -> acts.pause(OTHER_SUPERVISOR, agent, breakType),
                () -> acts.logOut(OTHER_SUPERVISOR, agent),
                () -> acts.info(OTHER_SUPERVISOR, agent, ZoneOffset.UTC),
                () -> acts.breakTypes(OTHER_SUPERVISOR, agent));
        for (Executable act : onTheAgent) {
            SupervisorActs.NotYours refused = assertThrows(SupervisorActs.NotYours.class, act);
            assertEquals("No agent " + agent + " in your security group", refused.getMessage());
        }
        List<Executable> inTheChat = List.of(
                () -> acts.spiedChat(OTHER_SUPERVISOR, chatNow),
                () -> acts.whisper(OTHER_SUPERVISOR, chatNow, "x-1", "psst"),
                () -> acts.bargeIn(OTHER_SUPERVISOR, chatNow),
                () -> acts.bargeInMessage(OTHER_SUPERVISOR, chatNow, "x-2", "hello"));
        for (Executable act : inTheChat) {
            SupervisorActs.NotYours refused = assertThrows(SupervisorActs.NotYours.class, act);
            assertEquals("No chat " + chatNow + " in your security group", refused.getMessage());
        }
        // An id that does not exist reads the same: nobody learns which ids exist in other groups.
        assertEquals("No agent " + NO_SUCH_ID + " in your security group", assertThrows(SupervisorActs.NotYours.class,
                () -> acts.openSpy(SUPERVISOR, NO_SUCH_ID)).getMessage());
        assertEquals("No chat " + NO_SUCH_ID + " in your security group", assertThrows(SupervisorActs.NotYours.class,
                () -> acts.whisper(SUPERVISOR, NO_SUCH_ID, "x-3", "psst")).getMessage());
        // Our supervisor does not reach the other group's agent either, nor does an agent act as a supervisor.
        assertThrows(SupervisorActs.NotYours.class, () -> acts.pause(SUPERVISOR, userId("acts-b-0"), breakType));
        assertThrows(SupervisorActs.NotYours.class, () -> acts.openSpy("acts-1", agent));

        assertEquals(AgentState.AVAILABLE, presence.of(agent).orElseThrow().state(), "the refused pause changed nothing");
        assertEquals(messages, messageCount(chatNow), "no message was written");
        assertEquals(0, em.createQuery("select count(a) from SupervisionAct a where a.agent.id = :agent", Long.class)
                .setParameter("agent", agent).getSingleResult(), "no act was recorded");
    }

    @Test
    @Order(4)
    void theSupervisorSpiesWhispersAndBargesIn() {
        long agent = userId("acts-0");
        long chatNow = openChatOf(agent);

        SupervisorActs.Spy spy = acts.openSpy(SUPERVISOR, agent);
        assertEquals("Agent acts 0", spy.agentName());
        assertEquals(1, spy.chats().size(), "SUP-11: the agent's open chat");
        assertEquals("Carla", spy.chats().get(0).chat().customer());
        assertTrue(texts(spy.chats().get(0).messages()).contains("Quiero darme de baja"), "with what was said before");

        StoredMessage whisper = acts.whisper(SUPERVISOR, chatNow, "w-1", WHISPER);
        assertTrue(whisper.internal());
        assertEquals(SenderKind.SUPERVISOR, whisper.sender());
        assertEquals(SUPERVISOR_NAME, whisper.senderName());
        StoredMessage resent = acts.whisper(SUPERVISOR, chatNow, "w-1", WHISPER);
        assertTrue(resent.repeated(), "a resend is stored once");
        assertEquals(whisper.seq(), resent.seq());

        assertTrue(acts.bargeIn(SUPERVISOR, chatNow), "the supervisor joins the chat");
        assertFalse(acts.bargeIn(SUPERVISOR, chatNow), "once");
        StoredMessage said = acts.bargeInMessage(SUPERVISOR, chatNow, "b-1", BARGE_IN);
        assertFalse(said.internal(), "the customer reads it");

        List<StoredMessage> spied = acts.spiedChat(SUPERVISOR, chatNow).messages();
        assertTrue(spied.stream().anyMatch(m -> m.internal() && WHISPER.equals(m.text())),
                "the spy reads the whisper, marked internal");
        acts.closeSpy(SUPERVISOR, agent);
    }

    @Test
    @Order(5)
    @RunAsClient
    void theWhisperReachesTheAgentOnlyAndTheBargeInReachesTheCustomerWithTheSupervisorsName() throws Exception {
        JsonObject whisper = first.await(f -> "message".equals(f.getString("type")) && WHISPER.equals(f.getString("text", null)),
                "the whisper at the agent");
        assertEquals("supervisor", whisper.getString("from"));
        assertEquals(SUPERVISOR_NAME, whisper.getString("name"));
        assertTrue(whisper.getBoolean("internal"));
        JsonObject joined = customer.await(f -> "message".equals(f.getString("type")) && "system".equals(f.getString("from"))
                && f.getString("text", "").contains(SUPERVISOR_NAME), "the line that the supervisor joined");
        assertEquals(SUPERVISOR_NAME + " (supervisor) se ha unido al chat", joined.getString("text"), "in the chat's language");
        JsonObject said = customer.await(f -> "message".equals(f.getString("type")) && BARGE_IN.equals(f.getString("text", null)),
                "the supervisor's message at the customer");
        assertEquals("supervisor", said.getString("from"));
        assertEquals(SUPERVISOR_NAME, said.getString("name"));
        assertFalse(said.containsKey("internal"));
        first.await(f -> "message".equals(f.getString("type")) && BARGE_IN.equals(f.getString("text", null)),
                "the supervisor's message at the agent too");
        assertTrue(customer.pending(SupervisorActsIT::holdsTheWhisper).isEmpty(), "the customer's socket never got it");

        // The customer's replay from the start: everything it may read, and never the whisper.
        try (SocketClient again = SocketClient.customer(base)) {
            again.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"token\":\"" + token + "\",\"lastSeq\":0}");
            again.await("welcome");
            again.await(f -> BARGE_IN.equals(f.getString("text", null)), "the replay up to the supervisor's message");
            assertTrue(again.pending(SupervisorActsIT::holdsTheWhisper).isEmpty(), "the replay never holds the whisper");
        }
        // The agent's replay holds it.
        first.send("{\"type\":\"resume\",\"interaction\":" + chat + ",\"lastSeq\":0}");
        first.await(f -> WHISPER.equals(f.getString("text", null)) && f.getBoolean("internal", false), "the whisper replayed");
    }

    @Test
    @Order(6)
    void theSupervisorPausesTheAgentOnABreakOfItsGroup() {
        long agent = userId("acts-0");
        SupervisorActs.Refused unknown = assertThrows(SupervisorActs.Refused.class,
                () -> acts.pause(SUPERVISOR, agent, breakTypeId("acts-Other-Lunch")));
        assertEquals("unknown-break", unknown.code(), "another group's break is no break for this agent");
        assertEquals(List.of("acts-Lunch"), acts.breakTypes(SUPERVISOR, agent).stream()
                .map(SupervisorActs.BreakChoice::name).toList());

        acts.pause(SUPERVISOR, agent, breakTypeId("acts-Lunch"));

        AgentPresence.Presence now = presence.of(agent).orElseThrow();
        assertEquals(AgentState.ON_BREAK, now.state());
        assertEquals(SUPERVISOR_NAME, now.pausedBy());
        assertEquals(List.of("ON_BREAK", "acts-Lunch", SUPERVISOR), currentState(agent),
                "SUP-14: the history names the supervisor");
    }

    @Test
    @Order(7)
    @RunAsClient
    void thePausedAgentGetsNothingNewAndTheNextCustomerGoesToTheOtherAgent() throws Exception {
        JsonObject state = first.await(f -> "agent-state".equals(f.getString("type")) && "ON_BREAK".equals(f.getString("state")),
                "the break at the workspace");
        assertEquals("acts-Lunch", state.getString("breakName"));
        assertEquals(SUPERVISOR_NAME, state.getString("pausedBy"), "the workspace shows who paused it");

        nextCustomer = SocketClient.customer(base);
        nextCustomer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + CAMPAIGN + ",\"name\":\"Diego\",\"language\":\"en\"}");
        nextChat = nextCustomer.await("welcome").getJsonNumber("interaction").longValue();
        Thread.sleep(3_500); // past a routing sweep (every 3 s): the paused agent, though free, is given nothing
        assertTrue(first.pending(f -> "assigned".equals(f.getString("type"))).isEmpty(), "nothing new for the paused agent");
        assertTrue(nextCustomer.pending(f -> "ASSIGNED".equals(f.getString("state", null))).isEmpty(), "the customer waits");

        second = SocketClient.agent(base, ConsoleSession.signIn(base, "acts-1", PASSWORD));
        second.await("hello");
        second.await(f -> "assigned".equals(f.getString("type")) && f.getJsonNumber("interaction").longValue() == nextChat,
                "the next customer at the other agent");
        assertEquals("Agent acts 1", nextCustomer.await(f -> "ASSIGNED".equals(f.getString("state", null)), "assigned")
                .getString("agentName"));
    }

    @Test
    @Order(8)
    void theSupervisorLogsTheAgentOut() {
        long agent = userId("acts-0");
        acts.logOut(SUPERVISOR, agent);

        assertFalse(presence.isLoggedIn(agent), "logged out at once: routing gives it nothing more");
        assertEquals(List.of("LOGGED_OUT", "", SUPERVISOR), currentState(agent), "SUP-15: the history names the supervisor");
    }

    @Test
    @Order(9)
    @RunAsClient
    void itsWorkspaceAndConsoleSessionEndAndItsChatGoesToTheOtherAgent() throws Exception {
        assertEquals(1008, first.awaitClose(), "the workspace is told to sign in again");
        assertEquals("Sign in again", first.closeReason());
        String page = workspacePage(firstCookie);
        assertTrue(page.contains("id=\"login:username\""), "the console session ends: its page is the login page");
        assertFalse(page.contains("id=\"workspace\""));

        customer.await(f -> "QUEUED".equals(f.getString("state", null)), "the chat back in the queue");
        second.await(f -> "assigned".equals(f.getString("type")) && f.getJsonNumber("interaction").longValue() == chat,
                "the logged-out agent's chat at the other agent");
        customer.await(f -> "ASSIGNED".equals(f.getString("state", null)) && "Agent acts 1".equals(f.getString("agentName", null)),
                "the customer told that the other agent attends it");

        // It signs in again to go on.
        try (SocketClient back = SocketClient.agent(base, ConsoleSession.signIn(base, "acts-0", PASSWORD))) {
            assertEquals("AVAILABLE", back.await("hello").getString("state"));
        }
        nextCustomer.send("{\"type\":\"end\"}");
        nextCustomer.await(f -> "ENDED".equals(f.getString("state", null)), "the next customer's chat ended");
    }

    @Test
    @Order(10)
    void theInfoWindowAndTheAuditTrailHoldEachAct() {
        long agent = userId("acts-0");
        SupervisorActs.AgentInfo info = acts.info(SUPERVISOR, agent, ZoneOffset.UTC);
        assertEquals("acts-0", info.login());
        assertEquals("Agent acts 0", info.name());
        assertEquals("acts-Group", info.group());
        assertEquals(List.of(new SupervisorActs.Membership(CAMPAIGN, "Acts", 0)), info.campaigns());
        List<String> changedBy = info.today().states().stream()
                .map(s -> s.state() + (s.changedBy() == null ? "" : " by " + s.changedBy())).toList();
        assertTrue(changedBy.containsAll(List.of("AVAILABLE", "ON_BREAK by " + SUPERVISOR_NAME,
                "LOGGED_OUT by " + SUPERVISOR_NAME)), "SUP-13: the state history of the day: " + changedBy);
        SupervisorActs.AgentInfo other = acts.info(SUPERVISOR, userId("acts-1"), ZoneOffset.UTC);
        assertEquals(1, other.today().completed(), "the other agent completed the next customer's chat");
        assertNotNull(other.today().averageChatTime());

        List<SupervisorActs.Entry> trail = acts.trail(ADMIN, 100);
        List<String> seen = trail.stream().filter(e -> "Agent acts 0".equals(e.agentName()))
                .map(e -> e.kind() + (e.interactionId() == null ? "" : " " + e.interactionId())
                        + (e.detail() == null ? "" : " " + e.detail()))
                .collect(Collectors.toList());
        long chatId = openChatOf(userId("acts-1"), "Carla");
        assertEquals(List.of("LOG_OUT", "PAUSE acts-Lunch", "SPY_CLOSED", "BARGE_IN " + chatId, "WHISPER " + chatId,
                "SPY_OPENED"), seen, "newest first, each act once (the resent whisper and the second join are not acts)");
        assertTrue(trail.stream().allMatch(e -> SUPERVISOR.equals(e.supervisorLogin())), "who acted");
        assertEquals(List.of(), acts.trail(OTHER_ADMIN, 100), "another group's administrator reads none of it");
        assertEquals(List.of(), acts.trail(SUPERVISOR, 100), "only administrators read the trail");
    }

    @Test
    @Order(11)
    @RunAsClient
    void theAdministrationShowsTheTrailToTheGroupsAdministratorsOnly() throws Exception {
        String trail = page("admin/supervision.xhtml", ConsoleSession.signIn(base, ADMIN, PASSWORD));
        assertTrue(trail.contains("id=\"trail\""), "the trail's table");
        assertTrue(trail.contains(SUPERVISOR_NAME) && trail.contains(">" + chat + "<"), "who acted, in which chat");
        String other = page("admin/supervision.xhtml", ConsoleSession.signIn(base, OTHER_ADMIN, PASSWORD));
        assertTrue(other.contains("id=\"trail\""));
        assertFalse(other.contains(SUPERVISOR_NAME), "another group's administrator reads none of it");
        String refused = page("admin/supervision.xhtml", ConsoleSession.signIn(base, SUPERVISOR, PASSWORD));
        assertFalse(refused.contains("id=\"trail\""), "a supervisor is no administrator");
    }

    @Test
    @Order(12)
    @RunAsClient
    void theAgentsWorkspaceShowsTheWhisperAndTheBargeInOfItsChat() throws Exception {
        // The chat the logged-out agent left, with the whisper and the barge-in, is the other agent's now.
        SupervisorActsScenarios.theWorkspaceShowsTheWhisperAndTheBargeIn(base, "acts-1", PASSWORD, chat, WHISPER, BARGE_IN,
                SUPERVISOR_NAME);
        second.close(); // the browser's workspace is the agent's only one now
        SupervisorActsScenarios.aCustomerStartsAChatInTheWidget(base, CAMPAIGN, "Elena");
    }

    @Test
    @Order(13)
    void theSupervisorBargesIntoTheWidgetsChatAndPausesItsAgent() {
        long agent = userId("acts-1");
        acts.bargeInMessage(SUPERVISOR, openChatOf(agent, "Elena"), "b-2", "Elena, I am here to help");
        acts.pause(SUPERVISOR, agent, breakTypeId("acts-Lunch"));
    }

    @Test
    @Order(14)
    @RunAsClient
    void theWidgetNamesTheSupervisorAndTheWorkspaceSaysWhoPausedTheAgent() {
        SupervisorActsScenarios.theWidgetNamesTheSupervisorAndTheWorkspaceSaysWhoPausedTheAgent("Elena, I am here to help",
                SUPERVISOR_NAME);
    }

    @Test
    @Order(15)
    void theSupervisorLogsTheBrowsersAgentOut() {
        acts.logOut(SUPERVISOR, userId("acts-1"));
    }

    @Test
    @Order(16)
    @RunAsClient
    void theWorkspaceLandsOnTheLoginPage() {
        SupervisorActsScenarios.theWorkspaceLandsOnTheLoginPage();
    }

    @AfterAll
    static void closeSocketsAndBrowsers() {
        if (customer == null) {
            return; // the server's side: nothing opened here (and no browser classes to load)
        }
        for (SocketClient socket : new SocketClient[] {first, second, customer, nextCustomer}) {
            if (socket != null) {
                socket.close();
            }
        }
        SupervisorActsScenarios.close();
    }

    private static boolean holdsTheWhisper(JsonObject frame) {
        return frame.getBoolean("internal", false) || frame.toString().contains(WHISPER);
    }

    private static List<String> texts(List<StoredMessage> messages) {
        return messages.stream().map(StoredMessage::text).toList();
    }

    /** The agent's workspace page with a session cookie, following its redirects: the workspace, or the login page. */
    private String workspacePage(String cookie) throws Exception {
        return page("agent/index.xhtml", cookie);
    }

    /** A console page with a session cookie, following its redirects. */
    private String page(String path, String cookie) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create(base + path);
        for (int hop = 0; hop < 4; hop++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 3) {
                return answer.body();
            }
            page = page.resolve(answer.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError("Too many redirects from " + path);
    }

    private long userId(String login) {
        return em.createQuery("select u.id from User u where u.login = :login", Long.class).setParameter("login", login)
                .getSingleResult();
    }

    private long breakTypeId(String name) {
        return em.createQuery("select b.id from BreakType b where b.name = :name", Long.class).setParameter("name", name)
                .getSingleResult();
    }

    private long openChatOf(long agent) {
        return openChatOf(agent, "Carla");
    }

    private long openChatOf(long agent, String customerName) {
        return em.createQuery("select i.id from Interaction i where i.agent.id = :agent and i.campaign.id = :campaign"
                        + " and i.customer.name = :name and i.state = org.webchat.interaction.InteractionState.ASSIGNED",
                        Long.class)
                .setParameter("agent", agent).setParameter("campaign", CAMPAIGN).setParameter("name", customerName)
                .getSingleResult();
    }

    /** The agent's current state period: state, break (or ""), the login of who caused it (or ""). */
    private List<String> currentState(long agent) {
        Object[] row = em.createQuery("select s.state, b.name, c.login from AgentStateChange s left join s.breakType b"
                        + " left join s.changedBy c where s.user.id = :agent and s.endedAt is null", Object[].class)
                .setParameter("agent", agent).getSingleResult();
        return List.of(row[0].toString(), row[1] == null ? "" : (String) row[1], row[2] == null ? "" : (String) row[2]);
    }

    private long messageCount(long interaction) {
        return em.createQuery("select count(m) from ChatMessage m where m.interaction.id = :id", Long.class)
                .setParameter("id", interaction).getSingleResult();
    }
}
