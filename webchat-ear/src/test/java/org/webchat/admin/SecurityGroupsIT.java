package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.AgentSettings;
import org.webchat.agent.BreakType;
import org.webchat.agent.BreakTypeForm;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.SecurityGroupForm;
import org.webchat.agent.User;
import org.webchat.agent.UserAccountService;
import org.webchat.agent.UserAdministration;
import org.webchat.agent.UserForm;
import org.webchat.agent.UserSummary;
import org.webchat.bot.BotAdministration;
import org.webchat.bot.BotForm;
import org.webchat.bot.BotSummary;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.CampaignAdministration;
import org.webchat.campaign.CampaignForm;
import org.webchat.campaign.Language;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;
import org.webchat.quality.QualityModel;
import org.webchat.quality.QualityModelAdministration;
import org.webchat.quality.QualityModelForm;
import org.webchat.quality.QualityModelSummary;

/**
 * A security group is a tenant (ADM-02; issue 11, points 8 to 11): a second group, "Cliente B" with its administrator,
 * supervisor, agent and campaigns, set up beside the demo's group "Demo", and each hole probed through the real
 * doors: the users page's administration (no user put in another group, the administrator itself included), the agent
 * socket's history (AGT-06), transfer targets and transfers (AGT-08), break types (AGT-07) and quality form (ADV-02),
 * and the settings page's administration of groups, break types and quality models and the campaign form's models;
 * and (issue 15, BOT-01, BOT-02) the Bots page's administration, the campaign form's bots and a flow's transfers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityGroupsIT {

    private static final String PASSWORD = "cliente-b-pw";
    private static final String GROUP_B = "Cliente B";
    private static final String ADMIN_B = "b-admin";
    private static final String AGENT_B = "b-agent";
    private static final String DEMO_AGENT = "demo-desk";
    /** Cliente B's campaign, with Cliente B's own quality model. */
    private static final long CHAT_B = 200_901;
    /** Cliente B's second campaign, still pointing at Demo's quality model (as the old administration allowed). */
    private static final long SALES_B = 200_902;
    /** A campaign of the demo's group, answered by an agent of that group. */
    private static final long DEMO_DESK = 200_903;
    private static final String SHARED_EMAIL = "rosa.shared@example.com";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    UserAccountService accounts;

    @Inject
    UserAdministration users;

    @Inject
    AgentSettings settings;

    @Inject
    QualityModelAdministration models;

    @Inject
    CampaignAdministration campaigns;

    @Inject
    BotAdministration bots;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void clienteBBesideTheDemo() throws Exception {
        tx.begin();
        SecurityGroup demo = demo();
        SecurityGroup b = new SecurityGroup(GROUP_B, "The second tenant");
        em.persist(b);
        accounts.create(ADMIN_B, "Beatriz Admin B", PASSWORD, EnumSet.of(Role.ADMIN), b);
        accounts.create("b-supervisor", "Simón Supervisor B", PASSWORD, EnumSet.of(Role.SUPERVISOR), b);
        User agentB = accounts.create(AGENT_B, "Berta Agent B", PASSWORD, EnumSet.of(Role.AGENT), b);
        em.persist(new BreakType("Pausa B", "pi pi-clock", b));
        QualityModel qualityB = new QualityModel("Calidad B", "After each chat of Cliente B", b);
        qualityB.addQuestion("Solved", 1, 1, 5);
        em.persist(qualityB);
        Campaign chatB = TestCampaigns.create(em, CHAT_B, "Cliente B chat", true);
        chatB.setSecurityGroup(b);
        chatB.setDefaultLanguage(Language.EN);
        chatB.setQualityModel(qualityB);
        chatB.addMember(agentB, 0);
        Campaign salesB = TestCampaigns.create(em, SALES_B, "Cliente B sales", true);
        salesB.setSecurityGroup(b);
        salesB.setDefaultLanguage(Language.EN);
        salesB.setQualityModel(demoModel());
        salesB.addMember(agentB, 0);
        User demoAgent = accounts.create(DEMO_AGENT, "Dario Demo", PASSWORD, EnumSet.of(Role.AGENT), demo);
        Campaign demoDesk = TestCampaigns.create(em, DEMO_DESK, "Demo desk", true);
        demoDesk.setSecurityGroup(demo);
        demoDesk.setDefaultLanguage(Language.EN);
        demoDesk.addMember(demoAgent, 0);
        tx.commit();
    }

    private SecurityGroup demo() {
        return em.createQuery("select g from SecurityGroup g where g.name = 'Demo'", SecurityGroup.class).getSingleResult();
    }

    private QualityModel demoModel() {
        return em.createQuery("select q from QualityModel q where q.name = 'Calidad del chat'", QualityModel.class)
                .getSingleResult();
    }

    private User user(String login) {
        return em.createQuery("select u from User u where u.login = :l", User.class).setParameter("l", login).getSingleResult();
    }

    private static List<String> fields(FormRefused refused) {
        return refused.problems().stream().map(p -> p.field() + " " + p.key()).toList();
    }

    // ---- point 8: users ---------------------------------------------------------------------------------

    @Test
    @Order(2)
    void anAdministratorPutsNobodyItselfIncludedInAnotherGroup() throws Exception {
        long demoId = demo().getId();
        long groupB = user(ADMIN_B).getSecurityGroup().getId();
        assertEquals(List.of(GROUP_B), users.groups(ADMIN_B).stream().map(SecurityGroup::getName).toList(),
                "ADM-02: the user form's group menu offers the own group only");

        // An administrator of Cliente B made in Demo, as the form could post it.
        UserForm intruder = users.blank(ADMIN_B);
        intruder.setName("Intruso");
        intruder.setLogin("b-intruder");
        intruder.setRoles(List.of("ADMIN"));
        intruder.setPassword("intruder-password");
        intruder.setSecurityGroup(String.valueOf(demoId));
        FormRefused refused = assertThrows(FormRefused.class, () -> users.save(ADMIN_B, intruder));
        assertEquals(List.of("securityGroup admin.error.otherGroup"), fields(refused));
        assertEquals(0L, em.createQuery("select count(u) from User u where u.login = 'b-intruder'", Long.class)
                .getSingleResult(), "nobody was made in Demo");

        // Cliente B's administrator moving itself, or its agent, to Demo.
        for (String login : List.of(ADMIN_B, AGENT_B)) {
            UserForm form = users.open(ADMIN_B, user(login).getId()).orElseThrow();
            form.setSecurityGroup(String.valueOf(demoId));
            assertEquals(List.of("securityGroup admin.error.otherGroup"),
                    fields(assertThrows(FormRefused.class, () -> users.save(ADMIN_B, form))), login);
            em.clear();
            assertEquals(groupB, user(login).getSecurityGroup().getId(), login + " stays in Cliente B");
        }

        // In its own group, the same form is stored.
        intruder.setSecurityGroup(String.valueOf(groupB));
        intruder.setLogin("b-second-admin");
        users.save(ADMIN_B, intruder);
        assertEquals(groupB, user("b-second-admin").getSecurityGroup().getId());
    }

    // ---- point 9: the customer's history ----------------------------------------------------------------

    private SocketClient agent(String login) throws Exception {
        return SocketClient.agent(base, ConsoleSession.signIn(base, login, PASSWORD));
    }

    private static String hello(long campaign, String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\",\"email\":\""
                + SHARED_EMAIL + "\",\"language\":\"en\"}";
    }

    private static Predicate<JsonObject> frame(String type, long interaction) {
        return f -> type.equals(f.getString("type", "")) && f.containsKey("interaction")
                && f.getJsonNumber("interaction").longValue() == interaction;
    }

    private static Predicate<JsonObject> acked(String clientId) {
        return f -> "ack".equals(f.getString("type", "")) && clientId.equals(f.getString("clientId", ""));
    }

    private static String on(String type, long interaction) {
        return "{\"type\":\"" + type + "\",\"interaction\":" + interaction + "}";
    }

    private static String say(long interaction, String clientId, String text) {
        return "{\"type\":\"message\",\"interaction\":" + interaction + ",\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}";
    }

    /** A customer's chat with the agent, who writes {@code text} and ends it; returns the interaction. */
    private long chat(SocketClient agent, long campaign, String customerName, String text) throws Exception {
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send(hello(campaign, customerName));
            long id = customer.await("welcome").getJsonNumber("interaction").longValue();
            agent.await(frame("assigned", id), "the chat of " + customerName);
            agent.send(say(id, "said-" + id, text));
            agent.await(acked("said-" + id), "the ack");
            agent.send(on("end", id));
            agent.await(frame("ended", id), "its end");
            return id;
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void anAgentReadsTheHistoryOfItsOwnGroupsCustomersOnly() throws Exception {
        try (SocketClient agentB = agent(AGENT_B); SocketClient demoAgent = agent(DEMO_AGENT)) {
            agentB.await("hello");
            demoAgent.await("hello");
            long earlierB = chat(agentB, CHAT_B, "Rosa", "Your Cliente B order is ready");
            chat(demoAgent, DEMO_DESK, "Rosa", "Demo secret: your Demo account number is 4471");
            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send(hello(CHAT_B, "Rosa"));
                long now = customer.await("welcome").getJsonNumber("interaction").longValue();
                agentB.await(frame("assigned", now), "the returning customer");
                agentB.send(on("history", now));
                List<JsonObject> items = agentB.await(frame("history", now), "the history").getJsonArray("items").stream()
                        .map(JsonObject.class::cast).toList();
                assertEquals(List.of(earlierB), items.stream().map(i -> i.getJsonNumber("interaction").longValue()).toList(),
                        "AGT-06, ADM-02: the same e-mail's earlier chat in Cliente B, not the one in Demo");
                assertFalse(items.toString().contains("Demo secret"));
                agentB.send(on("end", now));
                agentB.await(frame("ended", now), "the end");
            }
        }
    }

    // ---- point 10: transfers ----------------------------------------------------------------------------

    @Test
    @Order(4)
    @RunAsClient
    void transferTargetsAndTransfersStayWithinTheGroup() throws Exception {
        try (SocketClient agentB = agent(AGENT_B); SocketClient demoAgent = agent(DEMO_AGENT);
             SocketClient customer = SocketClient.customer(base)) {
            agentB.await("hello");
            long demoAgentId = demoAgent.await("hello").getJsonNumber("agent").longValue();
            customer.send(hello(CHAT_B, "Tomás"));
            long chat = customer.await("welcome").getJsonNumber("interaction").longValue();
            agentB.await(frame("assigned", chat), "the chat");

            agentB.send(on("targets", chat));
            JsonObject targets = agentB.await(frame("targets", chat), "the targets");
            assertEquals(List.of(), targets.getJsonArray("agents").stream().map(JsonObject.class::cast)
                    .map(a -> a.getString("name")).toList(), "AGT-08, ADM-02: Demo's signed-in agent is not offered");
            assertEquals(List.of(SALES_B), targets.getJsonArray("campaigns").stream().map(JsonObject.class::cast)
                    .map(c -> c.getJsonNumber("id").longValue()).toList(), "Cliente B's other campaign only");

            agentB.send("{\"type\":\"transfer\",\"interaction\":" + chat + ",\"agent\":" + demoAgentId + "}");
            assertEquals("no-target", agentB.await(frame("error", chat), "the refusal of Demo's agent").getString("code"));
            for (long demoCampaign : List.of(1L, DEMO_DESK)) {
                agentB.send("{\"type\":\"transfer\",\"interaction\":" + chat + ",\"campaign\":" + demoCampaign + "}");
                assertEquals("no-target", agentB.await(frame("error", chat), "the refusal of Demo's campaign").getString("code"));
            }
            assertTrue(demoAgent.pending(f -> f.toString().contains("Tomás")).isEmpty(), "nothing of the chat reached Demo");
            agentB.send(say(chat, "still-mine", "Still with you"));
            agentB.await(acked("still-mine"), "the ack");
            assertEquals("Still with you", customer.await(f -> "message".equals(f.getString("type", ""))
                    && "Still with you".equals(f.getString("text", null)), "the agent's message").getString("text"));
            agentB.send(on("end", chat));
            agentB.await(frame("ended", chat), "the end");
        }
    }

    // ---- point 11: break types, quality models, the group itself -------------------------------------------

    @Test
    @Order(5)
    @RunAsClient
    void anAgentTakesItsGroupsBreaksAndAnswersItsGroupsQualityModelOnly() throws Exception {
        try (SocketClient agentB = agent(AGENT_B); SocketClient demoAgent = agent(DEMO_AGENT)) {
            JsonObject hello = agentB.await("hello");
            assertEquals(List.of("Pausa B"), hello.getJsonArray("breakTypes").stream().map(JsonObject.class::cast)
                    .map(b -> b.getString("name")).toList(), "AGT-07, ADM-02: not Demo's Lunch and Training");
            long demoLunch = demoAgent.await("hello").getJsonArray("breakTypes").stream().map(JsonObject.class::cast)
                    .filter(b -> "Lunch".equals(b.getString("name"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
            agentB.send("{\"type\":\"state\",\"breakType\":" + demoLunch + "}");
            assertEquals("unknown-break", agentB.await("error").getString("code"), "Demo's break by its id");

            // ADV-02: Cliente B's model after a chat of its campaign; Demo's, left on the other campaign, never.
            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send(hello(CHAT_B, "Úrsula"));
                long id = customer.await("welcome").getJsonNumber("interaction").longValue();
                agentB.await(frame("assigned", id), "the chat");
                agentB.send(on("end", id));
                assertEquals("Calidad B", agentB.await(frame("ended", id), "the end").getJsonObject("quality").getString("name"));
            }
            try (SocketClient customer = SocketClient.customer(base)) {
                customer.send(hello(SALES_B, "Víctor"));
                long id = customer.await("welcome").getJsonNumber("interaction").longValue();
                agentB.await(frame("assigned", id), "the sales chat");
                agentB.send(on("end", id));
                JsonObject ended = agentB.await(frame("ended", id), "the end");
                assertFalse(ended.containsKey("quality") && !ended.isNull("quality"), "no Demo quality form: " + ended);
            }
        }
    }

    @Test
    @Order(6)
    void theSettingsPageShowsAndChangesTheOwnGroupsSettingsOnly() throws Exception {
        SecurityGroup demo = demo();
        long groupB = user(ADMIN_B).getSecurityGroup().getId();

        // The group itself: Cliente B's only, renamed by its administrator; none made, none of Demo's touched.
        assertEquals(List.of(GROUP_B), settings.groups(ADMIN_B).stream().map(SecurityGroup::getName).toList());
        assertTrue(settings.openGroup(ADMIN_B, demo.getId()).isEmpty());
        SecurityGroupForm demoForm = SecurityGroupForm.of(demo);
        demoForm.setName("Taken over by B");
        assertEquals(List.of("name admin.error.missing"),
                fields(assertThrows(FormRefused.class, () -> settings.saveGroup(ADMIN_B, demoForm))));
        SecurityGroupForm newGroup = SecurityGroupForm.blank();
        newGroup.setName("Cliente C");
        assertEquals(List.of("name admin.error.groupCreate"),
                fields(assertThrows(FormRefused.class, () -> settings.saveGroup(ADMIN_B, newGroup))));
        assertEquals(Removal.NOT_FOUND, settings.removeGroup(ADMIN_B, demo.getId()));
        SecurityGroupForm own = settings.openGroup(ADMIN_B, groupB).orElseThrow();
        own.setName("Cliente B S.A.");
        settings.saveGroup(ADMIN_B, own);
        em.clear();
        assertEquals("Demo", em.find(SecurityGroup.class, demo.getId()).getName());
        assertEquals("Cliente B S.A.", em.find(SecurityGroup.class, groupB).getName());
        own.setName(GROUP_B);
        settings.saveGroup(ADMIN_B, own);

        // Break types: Cliente B's only; Demo's Lunch neither disabled nor deleted; a name of Demo's is free in B.
        BreakType lunch = em.createQuery("select b from BreakType b where b.name = 'Lunch' and b.securityGroup = :g",
                BreakType.class).setParameter("g", demo).getSingleResult();
        assertEquals(List.of("Pausa B"), settings.breakTypes(ADMIN_B).stream().map(BreakType::getName).toList());
        assertTrue(settings.openBreakType(ADMIN_B, lunch.getId()).isEmpty());
        BreakTypeForm lunchForm = BreakTypeForm.of(lunch);
        lunchForm.setEnabled(false);
        assertEquals(List.of("name admin.error.missing"),
                fields(assertThrows(FormRefused.class, () -> settings.saveBreakType(ADMIN_B, lunchForm))));
        assertEquals(Removal.NOT_FOUND, settings.removeBreakType(ADMIN_B, lunch.getId()));
        BreakTypeForm lunchB = BreakTypeForm.blank();
        lunchB.setName("Lunch");
        long lunchBId = settings.saveBreakType(ADMIN_B, lunchB);
        assertNotEquals(lunch.getId(), lunchBId);
        assertEquals(groupB, em.find(BreakType.class, lunchBId).getSecurityGroup().getId());
        em.clear();
        assertTrue(em.find(BreakType.class, lunch.getId()).isEnabled());

        // Quality models: Cliente B's only, on the settings page and in the campaign form.
        QualityModel demoModel = demoModel();
        assertEquals(List.of("Calidad B"), models.models(ADMIN_B).stream().map(QualityModelSummary::name).toList());
        assertTrue(models.open(ADMIN_B, demoModel.getId()).isEmpty());
        assertEquals(Removal.NOT_FOUND, models.remove(ADMIN_B, demoModel.getId()), "Demo's model is not disabled");
        QualityModelForm modelForm = models.open("admin", demoModel.getId()).orElseThrow();
        modelForm.setEnabled(false);
        assertEquals(List.of("name admin.error.missing"),
                fields(assertThrows(FormRefused.class, () -> models.save(ADMIN_B, modelForm))));
        em.clear();
        assertTrue(em.find(QualityModel.class, demoModel.getId()).isEnabled());
        assertEquals(List.of("Calidad B"), campaigns.qualityModels(ADMIN_B, null).stream().map(QualityModel::getName).toList());
        CampaignForm campaign = campaigns.open(ADMIN_B, CHAT_B).orElseThrow();
        campaign.getValues().put("qualityModel", String.valueOf(demoModel.getId()));
        List<String> problems = fields(assertThrows(FormRefused.class, () -> campaigns.save(ADMIN_B, campaign)));
        assertTrue(problems.contains("qualityModel admin.error.choose"), problems.toString());
        em.clear();
        assertEquals("Calidad B", em.createQuery("select c.qualityModel.name from Campaign c where c.id = :id", String.class)
                .setParameter("id", CHAT_B).getSingleResult());

        // The demo's administrator still sees and keeps its own.
        assertTrue(settings.breakTypes("admin").stream().map(BreakType::getName).toList().containsAll(List.of("Lunch", "Training")));
        assertEquals(List.of("Demo"), settings.groups("admin").stream().map(SecurityGroup::getName).toList());
    }

    // ---- who makes a tenant: the server's configuration at setup ------------------------------------------

    @Test
    @Order(7)
    void aTenantIsMadeAtSetupOnceWithItsFirstAdministrator() throws Exception {
        // arquillian.xml starts the server with webchat.tenant.group=Cliente-C and its administrator, c-admin. The run's
        // test classes share one deployment, so a later start's setup is made here: what each start asks for.
        assertFalse(accounts.createTenantUnlessTaken("Cliente-C", "c-admin", "cliente-c-pw"), "a later start finds it made");
        assertEquals(1L, em.createQuery("select count(g) from SecurityGroup g where g.name = 'Cliente-C'", Long.class)
                .getSingleResult(), "made once, however many starts");
        assertEquals("Cliente-C", em.createQuery("select u.securityGroup.name from User u where u.login = 'c-admin'",
                String.class).getSingleResult());
        assertTrue(user("c-admin").hasRole(Role.ADMIN));
        assertEquals(List.of("Cliente-C"), users.groups("c-admin").stream().map(SecurityGroup::getName).toList());
        assertEquals(List.of("c-admin"), users.visibleTo("c-admin").stream().map(UserSummary::login).toList(),
                "a new tenant with nobody else's users");
    }

    // ---- issue 15: bots are their group's -----------------------------------------------------------------

    /** An external bot's form as an administrator fills it in. */
    private static BotForm externalBot(String name) {
        BotForm form = BotForm.blank();
        form.setName(name);
        form.setKind("ENDPOINT");
        form.setEndpointUrl("https://bots.example.com/" + name);
        form.getTimeoutMessage().put("en", "Bye.");
        return form;
    }

    private List<String> listedBots(String login) {
        return bots.bots(login).stream().map(BotSummary::name).toList();
    }

    private String botColumn(String column, long id) {
        return String.valueOf(em.createNativeQuery("select " + column + " from bot where id = ?1").setParameter(1, id)
                .getSingleResult());
    }

    @Test
    @Order(8)
    void anotherGroupsAdministratorNeitherSeesNorChangesNorRunsABot() throws Exception {
        // Demo's administrator makes an external bot with its token: the bot is Demo's, beside the demo's two.
        long concierge = bots.save("admin", externalBot("bt-Concierge"));
        assertEquals("Demo", em.createQuery("select b.securityGroup.name from Bot b where b.id = :id", String.class)
                .setParameter("id", concierge).getSingleResult(), "ADM-02: in its administrator's group");
        assertTrue(listedBots("admin").containsAll(List.of("bt-Concierge", "Demo assistant", "Demo survey")));
        assertTrue(bots.newToken("admin", concierge).isPresent());
        String hash = botColumn("api_token_hash", concierge);

        // Cliente B's administrator: not listed, opened, saved, removed, given a token nor a picture; answered as a
        // missing bot is.
        assertEquals(List.of(), listedBots(ADMIN_B), "none of Demo's bots");
        assertTrue(bots.open(ADMIN_B, concierge).isEmpty());
        assertTrue(bots.open(ADMIN_B, 999_999_999L).isEmpty(), "the same answer as a missing bot");
        BotForm taken = bots.open("admin", concierge).orElseThrow();
        taken.setEndpointUrl("https://intruder.example.com/steal");
        assertEquals(List.of("name admin.error.missing"),
                fields(assertThrows(FormRefused.class, () -> bots.save(ADMIN_B, taken))));
        assertEquals(Removal.NOT_FOUND, bots.remove(ADMIN_B, concierge));
        assertEquals(Removal.NOT_FOUND, bots.remove(ADMIN_B, 999_999_999L));
        assertTrue(bots.newToken(ADMIN_B, concierge).isEmpty(), "no token for another group's bot");
        assertEquals("admin.error.gone", bots.setPicture(ADMIN_B, concierge, new byte[] {1, 2, 3}).orElseThrow());
        assertEquals(List.of(), bots.campaignsUsing(ADMIN_B, concierge));
        assertEquals("https://bots.example.com/bt-Concierge", botColumn("endpoint_url", concierge));
        assertEquals(hash, botColumn("api_token_hash", concierge), "Demo's token still works");

        // The campaign form: Demo's bots are not offered to Cliente B's campaign, and an edited request is refused.
        List<Long> demoBots = bots.bots("admin").stream().map(BotSummary::id).toList();
        assertEquals(List.of(), bots.choices(ADMIN_B, demoBots), "not even as the campaign's own");
        CampaignForm chatB = campaigns.open(ADMIN_B, CHAT_B).orElseThrow();
        chatB.getValues().put("startBot", String.valueOf(concierge));
        chatB.getValues().put("endBot", String.valueOf(demoBots.get(0)));
        List<String> problems = fields(assertThrows(FormRefused.class, () -> campaigns.save(ADMIN_B, chatB)));
        assertTrue(problems.containsAll(List.of("startBot admin.error.choose", "endBot admin.error.choose")), problems.toString());
        assertEquals(0L, em.createQuery("select count(c) from Campaign c where c.id = :id and (c.startBot is not null"
                + " or c.endBot is not null)", Long.class).setParameter("id", CHAT_B).getSingleResult());

        // Names are unique within a group: Demo's name is free in Cliente B (and nothing tells it is taken there).
        long concierge2 = bots.save(ADMIN_B, externalBot("bt-Concierge"));
        assertNotEquals(concierge, concierge2);
        assertEquals(List.of("bt-Concierge"), listedBots(ADMIN_B));
        assertEquals(List.of("name admin.error.taken"),
                fields(assertThrows(FormRefused.class, () -> bots.save("admin", externalBot("BT-concierge")))));
        assertEquals(List.of(concierge2), bots.choices(ADMIN_B, List.of()).stream().map(b -> b.getId()).toList());
        CampaignForm ownBot = campaigns.open(ADMIN_B, CHAT_B).orElseThrow();
        ownBot.getValues().put("startBot", String.valueOf(concierge2));
        campaigns.save(ADMIN_B, ownBot);
        assertEquals(concierge2, em.createQuery("select c.startBot.id from Campaign c where c.id = :id", Long.class)
                .setParameter("id", CHAT_B).getSingleResult(), "its own group's bot is taken");
        ownBot.getValues().put("startBot", "");
        campaigns.save(ADMIN_B, ownBot);

        // A flow transfers only to a campaign or an agent of the bot's group.
        BotForm router = BotForm.blank();
        router.setName("bt-Router");
        router.getTimeoutMessage().put("en", "Bye.");
        BotForm.StepRow transfer = router.addStep("transfer");
        transfer.setCampaign(String.valueOf(DEMO_DESK));
        assertEquals(List.of("steps.0 admin.bots.flow.campaign-outside-group"),
                fields(assertThrows(FormRefused.class, () -> bots.save(ADMIN_B, router))), "Demo's campaign");
        transfer.setCampaign("");
        transfer.setAgent(String.valueOf(user(DEMO_AGENT).getId()));
        assertEquals(List.of("steps.0 admin.bots.flow.agent-outside-group"),
                fields(assertThrows(FormRefused.class, () -> bots.save(ADMIN_B, router))), "Demo's agent");
        assertFalse(listedBots(ADMIN_B).contains("bt-Router"), "nothing was stored");
        transfer.setAgent(String.valueOf(user(AGENT_B).getId()));
        long routerId = bots.save(ADMIN_B, router); // to its own agent
        BotForm toSales = bots.open(ADMIN_B, routerId).orElseThrow();
        toSales.getSteps().get(0).setAgent("");
        toSales.getSteps().get(0).setCampaign(String.valueOf(SALES_B));
        bots.save(ADMIN_B, toSales); // to its own campaign
        assertEquals(List.of("bt-Concierge", "bt-Router"), listedBots(ADMIN_B));
        assertFalse(listedBots("admin").contains("bt-Router"));
    }
}
