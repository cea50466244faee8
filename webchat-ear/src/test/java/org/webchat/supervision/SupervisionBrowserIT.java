package org.webchat.supervision;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.BreakType;
import org.webchat.bot.Bot;
import org.webchat.bot.BotKind;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Thresholds;
import org.webchat.it.TestCampaigns;

/**
 * The supervision page in a real Chromium, each scenario on a campaign (and security group) of its own, in one
 * deployment.
 *
 * <p>The board at 1366x768 (issue 12, points 1 to 3 and 6), beside two agents in their workspaces and a customer in
 * the widget, on a campaign whose thresholds are a few seconds long: the customer shows waiting and its wait ticks,
 * turning yellow and red; its assignment moves it to the agent's active chats, whose colour changes as it passes the
 * Chat time bands; the other agent, free, raises the idle alert; the charts show the day's data; and the board with all
 * of it has no serious accessibility violation ({@link SupervisorBoardScenarios}).
 *
 * <p>The supervisor's acts from the page (issue 12, points 4 and 5), beside two agents' workspaces and customers in the
 * widget: spy (the history, then messages both ways live), whisper (the agent sees it marked, the customer never),
 * barge-in (the customer reads the supervisor's name and message), the info window, pause (the workspace shows the
 * break and who paused it; the next customer goes to the other agent) and log out (the workspace lands on the login
 * page; its chat goes to the other agent) ({@link SupervisorActsPageScenarios}).
 *
 * <p>What a campaign's start bot did today (issue 15, point 5), beside customers on the chat socket: the board shows the
 * chat the bot talks in, then one it resolved and one it handed off to a person, live
 * ({@link SupervisorBoardScenarios#theBotsChatsCountLive}).
 *
 * <p>The browser side lives in those scenario classes, so that this class names no Selenium type (it is loaded in the
 * server too).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionBrowserIT {

    /** The board's campaign, its agents live-0 and live-1 and its supervisor. */
    static final long LIVE = 202_011;
    static final String LIVE_PASSWORD = "live-pw";
    static final String LIVE_SUPERVISOR = "live-sup";

    /** The acts' campaign, its agents page-0 and page-1, its supervisor and its group's break. */
    static final long ACTS = 202_211;
    static final String ACTS_PASSWORD = "page-pw";
    static final String ACTS_SUPERVISOR = "page-sup";
    static final String BREAK = "page-Coaching";
    static final long SCREEN = 214_020;
    static final String SCREEN_PASSWORD = "shown-pw";
    static final String SCREEN_SUPERVISOR = "shown-sup";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoCampaignsEachWithTwoAgentsAndASupervisorOneWithThresholdsOfAFewSecondsOneWithABreak() throws Exception {
        tx.begin();
        Campaign live = TestCampaigns.supervisedCampaign(em, LIVE, "Live board", "Live board", LIVE_SUPERVISOR,
                LIVE_PASSWORD);
        // Waits: yellow past 4 s, red past 8 s; chats: yellow from 8 s, red from 16 s; idle alert past 24 s. Each band
        // lasts long enough to be seen on a busy machine.
        live.setThresholds(new Thresholds(4, 8, 8, 16, 24, 10));
        live.setMaxInteractionsPerAgent(1);
        TestCampaigns.addAgents(em, live, "live", 2, LIVE_PASSWORD, live.getSecurityGroup());

        Campaign acts = TestCampaigns.supervisedCampaign(em, ACTS, "Page acts", "Page acts", ACTS_SUPERVISOR,
                ACTS_PASSWORD);
        TestCampaigns.addAgents(em, acts, "page", 2, ACTS_PASSWORD, acts.getSecurityGroup());
        em.persist(new BreakType(BREAK, "pi pi-book", acts.getSecurityGroup()));

        Campaign screens = TestCampaigns.supervisedCampaign(em, SCREEN, "Shown screens", "Shown screens", SCREEN_SUPERVISOR,
                SCREEN_PASSWORD);
        TestCampaigns.addAgents(em, screens, "shown", 2, SCREEN_PASSWORD, screens.getSecurityGroup());
        em.flush();
        em.createQuery("update User u set u.screenMonitoringAllowed = true where u.login = 'shown-0'").executeUpdate();
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theBoardFollowsACustomerItsAgentTheClocksAndTheCharts() throws Exception {
        new SupervisorBoardScenarios(base).aCustomerWaitsIsTakenAndAnAgentIdles();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSupervisorSpiesWhispersBargesInReadsInfoPausesAndLogsOutFromThePage() throws Exception {
        new SupervisorActsPageScenarios(base).spyWhisperBargeInInfoPauseLogOut();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theSupervisorWatchesTheScreenOfAnAgentWhoSharedIt() throws Exception {
        new ScreenMonitoringScenarios(base).theSupervisorWatchesTheScreenOfTheAgentWhoSharedIt();
    }

    /** The bots' campaign (issue 15, point 5), its supervisor, and the question of its start bot. */
    static final long BOTS = 215_401;
    static final String BOTS_PASSWORD = "bs-pw";
    static final String BOTS_SUPERVISOR = "bs-sup";
    static final String BOT_QUESTION = "Anything else?";

    @Test
    @Order(5)
    void aCampaignWhoseStartBotAsksOnceThenEndsTheChat() throws Exception {
        tx.begin();
        Campaign bots = TestCampaigns.supervisedCampaign(em, BOTS, "Bot board", "Bot board", BOTS_SUPERVISOR,
                BOTS_PASSWORD);
        Bot bot = new Bot("bs-board-bot", BotKind.FLOW, bots.getSecurityGroup());
        bot.setFlowDefinition("""
                {"steps": [{"id": "more", "type": "ask", "variable": "more", "text": "%s",
                            "options": [{"value": "no", "label": "No"}]},
                           {"id": "bye", "type": "end", "text": "Bye!"}]}""".formatted(BOT_QUESTION));
        em.persist(bot);
        bots.setStartBot(bot);
        tx.commit();
    }

    @Test
    @Order(6)
    @RunAsClient
    void theBoardCountsTheChatsTheBotResolvedAndHandedOffLive() throws Exception {
        new SupervisorBoardScenarios(base).theBotsChatsCountLive();
    }
}
