package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.UserAccountService;
import org.webchat.bot.Bot;
import org.webchat.bot.BotFlow;
import org.webchat.bot.BotKind;
import org.webchat.bot.BotStep;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.DeliveryOrder;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.campaign.ScheduleEntry;
import org.webchat.campaign.Strategy;
import org.webchat.it.TestCampaigns;
import org.webchat.quality.QualityModel;

/**
 * The campaigns page of the administration in a real Chromium (issue 6): a campaign created with every field is
 * found in the list and reopened with every value, and stored as typed; an administrator of another security
 * group does not see it; bad values are refused each with its message beside its field; a new welcome message
 * reaches a widget opened afterwards, without a restart. The browser side lives in {@link CampaignAdminScenarios}.
 * Issue 15 (BOT-01, BOT-02) adds the Bots page on the same server ({@link BotAdminScenarios}): a flow built, reordered
 * and stored, broken flows refused with their reasons, an external bot's token, and a campaign's start bot; an
 * administrator of another security group sees none of those bots (ADM-02).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignAdminBrowserIT {

    static final long LIVE = 200_701;
    static final long EAST = 200_702;
    static final long WEST = 200_703;
    /**
     * The port of the host page that runs the generated code. The setup that allows it runs in the server, which
     * knows the offset as WildFly's own.
     */
    static final int HOST_PORT = 18_666 + Integer.getInteger("it.port.offset",
            Integer.getInteger("jboss.socket.binding.port-offset", 100));
    static final String PASSWORD = "admin-pw";
    static final String NAME = "Bookshop";

    /** The text the test writes for one message in one language. */
    static String message(String kind, String language) {
        return kind.toLowerCase(java.util.Locale.ROOT) + " text in " + language;
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    UserAccountService accounts;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoSecurityGroupsWithTheirAdministratorsAQualityModelAndARunningCampaign() throws Exception {
        tx.begin();
        SecurityGroup books = new SecurityGroup("Books group", null);
        SecurityGroup music = new SecurityGroup("Music group", null);
        em.persist(books);
        em.persist(music);
        accounts.create("books-admin", "Books administrator", PASSWORD, EnumSet.of(Role.ADMIN), books);
        accounts.create("music-admin", "Music administrator", PASSWORD, EnumSet.of(Role.ADMIN), music);
        em.persist(new QualityModel("Bookshop quality", "After each chat", books));
        Campaign live = TestCampaigns.create(em, LIVE, "Live books", true);
        live.setSecurityGroup(books);
        live.setDefaultLanguage(Language.EN);
        live.setMessage(MessageKind.WELCOME, Language.EN, "Welcome to the old shop.");
        live.addAllowedDomain("127.0.0.2:" + HOST_PORT);
        TestCampaigns.create(em, EAST, "Books east", true).setSecurityGroup(books);
        TestCampaigns.create(em, WEST, "Books west", true).setSecurityGroup(books);
        for (String agent : List.of("Ana Books", "Bea Books", "Ciro Books")) {
            accounts.create(agent.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), agent, PASSWORD, EnumSet.of(Role.AGENT), books);
        }
        accounts.create("mia-music", "Mia Music", PASSWORD, EnumSet.of(Role.AGENT), music);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void aCampaignCreatedWithEveryFieldIsListedAndReopensWithEveryValue() throws Exception {
        new CampaignAdminScenarios(base).createWithEveryFieldAndReopen();
    }

    @Test
    @Order(3)
    void everyValueIsStoredAsTyped() throws Exception {
        tx.begin();
        try {
            storedAsTyped();
        } finally {
            tx.rollback();
        }
    }

    private void storedAsTyped() {
        Campaign stored = em.createQuery("select c from Campaign c where c.name = :n", Campaign.class)
                .setParameter("n", NAME).getSingleResult();
        assertEquals("Books group", stored.getSecurityGroup().getName(), "ADM-02: in its administrator's group");
        assertEquals(Strategy.RINGALLMULTIPLE, stored.getStrategy());
        assertEquals(DeliveryOrder.FEWESTCALLS, stored.getDeliveryOrder());
        assertEquals(45, stored.getServiceLevelSeconds());
        assertEquals("Europe/Madrid", stored.getTimeZone());
        assertEquals(Language.PT, stored.getDefaultLanguage());
        assertEquals(2, stored.getScheduleEntries().size());
        ScheduleEntry saturday = stored.getScheduleEntries().stream().filter(e -> e.getDays().equals(Set.of(DayOfWeek.SATURDAY)))
                .findFirst().orElseThrow();
        assertEquals(LocalTime.of(10, 0), saturday.getFromTime());
        assertEquals(LocalDate.of(2026, 12, 25), stored.getScheduleExceptions().get(1).getDate());
        assertTrue(stored.getScheduleExceptions().get(1).isClosed());
        for (MessageKind kind : MessageKind.values()) {
            if (!kind.isMessage()) {
                continue; // the phone field's label, checked below
            }
            for (Language language : Language.values()) {
                assertEquals(message(kind.name(), language.code()),
                        stored.messageWrittenIn(kind, language).orElse(null), kind + " in " + language);
            }
        }
        assertEquals(7, stored.getMaxInteractionsPerAgent());
        assertEquals(12, stored.getMaxChats());
        assertEquals(240, stored.getMaxTimeSeconds());
        assertEquals(90, stored.getAutoFinishSeconds());
        assertEquals(30, stored.getMaxTransferSeconds());
        assertEquals(15, stored.getOfferTimeoutSeconds());
        assertEquals("Bookshop quality", stored.getQualityModel().getName());
        assertEquals(100, stored.getThresholds().getChatTimeBand1Seconds());
        assertEquals(200, stored.getThresholds().getChatTimeBand2Seconds());
        assertEquals(400, stored.getThresholds().getChatTimeBand3Seconds());
        assertEquals("#aa3300", stored.getColor());
        assertEquals("image/png", stored.getImageContentType(), "ADV-13: the logo, not the refused files");
        assertEquals(false, stored.isShowAgentName());
        assertEquals(true, stored.isEmailRequired());
        assertEquals("ID document", stored.messageWrittenIn(MessageKind.PHONE_LABEL, Language.EN).orElseThrow());
        assertEquals("Documento", stored.messageWrittenIn(MessageKind.PHONE_LABEL, Language.ES).orElseThrow());
        assertTrue(stored.getPhoneField().isRequired());
        assertTrue(stored.isOfflineMessageEnabled());
        assertEquals("books@example.com", stored.getOfflineEmail().orElseThrow());
        assertEquals(Set.of("https://books.example.com", "*.bookshop.example"), stored.getAllowedDomains());
        assertEquals("Hello, how can I help?", stored.getCannedResponses().get(0).getText());
    }

    @Test
    @Order(4)
    @RunAsClient
    void anAdministratorOfAnotherSecurityGroupDoesNotSeeIt() throws Exception {
        new CampaignAdminScenarios(base).anotherGroupDoesNotSeeIt();
    }

    @Test
    @Order(5)
    @RunAsClient
    void badValuesAreRefusedEachWithItsMessageBesideItsField() throws Exception {
        new CampaignAdminScenarios(base).badValuesAreRefused();
    }

    @Test
    @Order(5)
    @RunAsClient
    void aNewTeamsFirstCampaignMeetsNoRoughEdges() throws Exception {
        // Issue 11, point 12 (ADM-04) and point 22 (ADM-07, ADM-11, ADV-13).
        new CampaignAdminScenarios(base).aNewTeamsFirstCampaign();
    }

    @Test
    @Order(6)
    @RunAsClient
    void aNewWelcomeMessageReachesAWidgetOpenedAfterwardsWithoutARestart() throws Exception {
        new CampaignAdminScenarios(base).aNewWelcomeReachesTheWidget();
    }

    @Test
    @Order(7)
    @RunAsClient
    void theGeneratedCodeOpensAWidgetSessionOnAPageOfAnAllowedDomain() throws Exception {
        new CampaignAdminScenarios(base).theGeneratedCodeWorksOnAHostPage();
    }

    @Test
    @Order(7)
    @RunAsClient
    void agentsAreAddedToAndRemovedFromSeveralCampaignsAtOnceAndAPenaltyIsSet() throws Exception {
        new CampaignAdminScenarios(base).membersAcrossCampaigns();
    }

    @Test
    @Order(8)
    void theMembersAndThePenaltyAreStored() throws Exception {
        tx.begin();
        try {
            for (long id : List.of(EAST, WEST)) {
                Campaign campaign = em.find(Campaign.class, id);
                assertEquals(List.of("Bea Books"), campaign.getMembers().stream().map(m -> m.getUser().getName()).toList(),
                        "ADM-11: " + campaign.getName());
            }
            assertEquals(40, em.find(Campaign.class, EAST).getMembers().get(0).getPenalty());
            assertEquals(0, em.find(Campaign.class, WEST).getMembers().get(0).getPenalty());
        } finally {
            tx.rollback();
        }
    }

    @Test
    @Order(9)
    @RunAsClient
    void aCampaignWithoutHistoryIsDeletedAndOneWithHistoryArchived() throws Exception {
        new CampaignAdminScenarios(base).removingDeletesOrArchives();
    }

    @Test
    @Order(10)
    void theArchivedCampaignKeepsItsHistoryAndTakesNoMoreCustomers() throws Exception {
        tx.begin();
        try {
            Campaign archived = em.find(Campaign.class, LIVE);
            assertTrue(archived.isArchived());
            assertEquals(false, archived.isEnabled());
            assertTrue(em.createQuery("select count(i) from Interaction i where i.campaign.id = :c", Long.class)
                    .setParameter("c", LIVE).getSingleResult() > 0, "its interactions stay");
            assertEquals(0L, em.createQuery("select count(c) from Campaign c where c.name = 'Pop-up store'", Long.class)
                    .getSingleResult(), "the one without history is gone");
        } finally {
            tx.rollback();
        }
    }

    // ---- bots (issue 15, BOT-01, BOT-02): the Bots page and the campaign's start bot ----

    @Test
    @Order(11)
    void botsAnAdministratorAnAgentAndACampaignOfTheBooksGroup() throws Exception {
        tx.begin();
        SecurityGroup books = em.createQuery("select g from SecurityGroup g where g.name = 'Books group'", SecurityGroup.class)
                .getSingleResult();
        accounts.create(BotAdminScenarios.ADMIN, "Bots administrator", PASSWORD, EnumSet.of(Role.ADMIN), books);
        accounts.create(BotAdminScenarios.AGENT, "Bruno Bots", PASSWORD, EnumSet.of(Role.AGENT), books);
        TestCampaigns.create(em, BotAdminScenarios.DESK, BotAdminScenarios.DESK_NAME, true).setSecurityGroup(books);
        tx.commit();
    }

    @Test
    @Order(12)
    @RunAsClient
    void botsAnAdministratorBuildsAFlowReordersAStepAndSavesIt() throws Exception {
        new BotAdminScenarios(base).buildAFlowReorderItAndSaveIt();
    }

    @Test
    @Order(13)
    @RunAsClient
    void botsAFlowWithADanglingTargetOrAPathThatNeverEndsIsRefusedWithItsReason() throws Exception {
        new BotAdminScenarios(base).aBrokenFlowIsRefusedWithItsReason();
    }

    @Test
    @Order(14)
    @RunAsClient
    void botsAnExternalBotMakesItsTokenShownOnce() throws Exception {
        new BotAdminScenarios(base).anExternalBotMakesItsToken();
    }

    @Test
    @Order(15)
    @RunAsClient
    void botsTheCampaignFormPicksTheStartBotAndABotInUseIsNotDeleted() throws Exception {
        new BotAdminScenarios(base).theCampaignFormPicksTheStartBot();
    }

    @Test
    @Order(16)
    void botsTheFlowTheTokenAndTheCampaignsStartBotAreStored() throws Exception {
        tx.begin();
        try {
            Bot greeter = em.createQuery("select b from Bot b where b.name = :n", Bot.class)
                    .setParameter("n", BotAdminScenarios.GREETER).getSingleResult();
            assertEquals("Greta", greeter.shownName());
            assertEquals(10, greeter.getTimeoutMinutes());
            assertTrue(greeter.isEnabled());
            BotFlow flow = BotFlow.parse(greeter.getFlowDefinition());
            assertEquals(List.of("say-1", "ask-1", "branch-1", "end-1", "transfer-1"),
                    flow.steps().stream().map(BotStep::id).toList(), "BOT-01: in the order the administrator left them");
            BotStep.Ask ask = (BotStep.Ask) flow.step("ask-1");
            assertEquals(List.of("billing", "support"), ask.options().stream().map(BotStep.Option::value).toList());
            assertEquals("Facturación", ask.options().get(0).label().in(Language.ES));
            BotStep.Branch branch = (BotStep.Branch) flow.step("branch-1");
            assertEquals("transfer-1", branch.cases().get(0).target());
            assertEquals("end-1", branch.otherwise());
            assertEquals(BotAdminScenarios.DESK, ((BotStep.Transfer) flow.step("transfer-1")).campaignId());
            assertTrue(greeter.getTimeoutMessage().contains("Bye for now."), greeter.getTimeoutMessage());
            assertEquals(0L, em.createQuery("select count(b) from Bot b where b.name in ('badm-Broken', 'badm-Roto')", Long.class)
                    .getSingleResult(), "a refused flow is not stored");
            Bot external = em.createQuery("select b from Bot b where b.name = 'badm-External'", Bot.class).getSingleResult();
            assertEquals(BotKind.ENDPOINT, external.getKind());
            assertEquals("https://bots.example.com/webchat", external.getEndpointUrl());
            assertTrue(external.getApiTokenHash().matches("[0-9a-f]{64}"), "only the token's SHA-256 is kept");
            Campaign desk = em.find(Campaign.class, BotAdminScenarios.DESK);
            assertEquals(greeter.getId(), desk.getStartBot().getId(), "BOT-02: the start bot chosen in the form");
            assertEquals(null, desk.getEndBot());
            assertEquals(false, desk.isBotPersonAllowed());
        } finally {
            tx.rollback();
        }
    }

    @Test
    @Order(17)
    void botsTheMusicGroupHasACampaignAndABotOfItsOwn() throws Exception {
        tx.begin();
        SecurityGroup music = em.createQuery("select g from SecurityGroup g where g.name = 'Music group'", SecurityGroup.class)
                .getSingleResult();
        TestCampaigns.create(em, BotAdminScenarios.MUSIC_DESK, BotAdminScenarios.MUSIC_DESK_NAME, true).setSecurityGroup(music);
        Bot own = new Bot(BotAdminScenarios.MUSIC_BOT, BotKind.ENDPOINT, music);
        own.setEndpointUrl("https://bots.example.com/music");
        em.persist(own);
        tx.commit();
    }

    @Test
    @Order(18)
    @RunAsClient
    void botsAnAdministratorOfAnotherGroupSeesNeitherTheBotsNorThemInItsCampaignForm() throws Exception {
        new BotAdminScenarios(base).anAdministratorOfAnotherGroupSeesNoneOfTheBots();
    }
}
