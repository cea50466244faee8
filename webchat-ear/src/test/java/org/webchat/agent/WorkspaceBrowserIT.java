package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.bot.BotVariable;
import org.webchat.bot.BotWidgetCampaigns;
import org.webchat.bot.BotWidgetScenarios;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.campaign.Strategy;
import org.webchat.it.TestCampaigns;
import org.webchat.quality.Evaluation;
import org.webchat.quality.QualityModel;

/**
 * The agent workspace in a real Chromium beside a customer in the widget (issue 5): until the agent's first click
 * a prompt offers sound and notifications (issue 11, point 16), then the chat arrives live with a sound and a
 * browser notification, the agent answers with a canned response (its shortcut shown with one slash
 * however it was written, MSG-07, issue 11 point 13) and an emoji and sends a file that
 * the customer downloads, both sides see every message in order, the end stores the quality answers, a ringall
 * offer rings both agents and goes to the one who accepts it from the inbox, an agent on a break receives nothing new, a returning customer's earlier
 * chat shows in the three-dots menu, a transfer reaches a second agent, and an agent cannot open another agent's
 * conversation by its address (403). With bots (issue 15, BOT-01, BOT-02, from order 20): the widget's customer
 * answers a start bot with its buttons and the keyboard and reaches the agent, asks for a person, answers the end
 * bot's survey, and sees the bot's timeout end the chat. The browser side lives in {@link WorkspaceScenarios} and
 * {@link BotWidgetScenarios}, so that this class names no Selenium type (it is loaded in the server too).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT {

    static final long WORK = 200_501;
    static final long RING = 200_502;
    static final long ACCESSIBLE = 200_503;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignWithACannedResponseAndAQualityModel() throws Exception {
        tx.begin();
        Campaign work = TestCampaigns.create(em, WORK, "Orders", true);
        work.setDefaultLanguage(Language.EN);
        work.setMessage(MessageKind.AGENT_AUTOMATIC, Language.EN, "You are talking with the orders team.");
        work.addCannedResponse("status", "Order status", "Your order is on its way.", Language.EN);
        // Written with its slash, as the demo's administrator did (issue 11, point 13).
        work.addCannedResponse("/bye", "Goodbye", "Thank you for writing to us.", Language.EN);
        QualityModel model = new QualityModel("Orders quality", "After each chat");
        model.addQuestion("Resolved", 1, 1, 3);
        em.persist(model);
        work.setQualityModel(model);
        TestCampaigns.addAgents(em, work, "work", 2, "work-pw");
        Campaign ring = TestCampaigns.create(em, RING, "Returns", true);
        ring.setDefaultLanguage(Language.EN);
        ring.setStrategy(Strategy.RINGALL); // one chat at a time: agents of their own, free for it
        TestCampaigns.addAgents(em, ring, "bell", 2, "work-pw");
        TestCampaigns.breakType(em, "Lunch", "pi pi-apple");
        Campaign accessible = TestCampaigns.create(em, ACCESSIBLE, "Accessible", true);
        accessible.setDefaultLanguage(Language.EN);
        TestCampaigns.addAgents(em, accessible, "axe", 1, "work-pw");
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void anAgentAnswersACustomerWithACannedResponseAnEmojiAndAFileAndGradesTheChat() throws Exception {
        new WorkspaceScenarios(base).aChatFromStartToWrapUp();
    }

    @Test
    @Order(3)
    @RunAsClient
    void anAgentOnABreakReceivesNothingNew() throws Exception {
        new WorkspaceScenarios(base).aBreakHoldsNewChatsBack();
    }

    @Test
    @Order(4)
    @RunAsClient
    void aReturningCustomersEarlierChatShowsAndATransferReachesASecondAgentWhoAloneMayOpenIt() throws Exception {
        new WorkspaceScenarios(base).historyTransferAndAnotherAgentsConversation();
    }

    @Test
    @Order(5)
    @RunAsClient
    void aRingallOfferRingsEveryAgentAndTheOneWhoAcceptsGetsTheChat() throws Exception {
        new WorkspaceScenarios(base).aRingallOfferTakenFromTheInbox();
    }

    @Test
    @Order(6)
    @RunAsClient
    void theWorkspaceWithAChatAndTheWidgetInEachStateAreAccessible() {
        new WorkspaceScenarios(base).everyStateOfAChatIsAccessible();
    }

    @Test
    @Order(7)
    void theQualityAnswersAreStored() {
        List<Evaluation> evaluations = em.createQuery("select distinct e from Evaluation e left join fetch e.answers"
                + " where e.interaction.campaign.id = :c",
                Evaluation.class).setParameter("c", WORK).getResultList();
        assertEquals(1, evaluations.size(), "ADV-02: the agent's answers");
        assertEquals(1, evaluations.get(0).getAnswers().size());
        assertEquals(100, evaluations.get(0).getScore().intValue(), "the best answer of the only question");
    }

    // ---- Bots in the widget (issue 15, BOT-01, BOT-02), on this class's server to spare a deployment ----

    @Test
    @Order(20)
    void campaignsWithBots() throws Exception {
        tx.begin();
        BotWidgetCampaigns.create(em);
        tx.commit();
    }

    @Test
    @Order(21)
    @RunAsClient
    void aCustomerAnswersAStartBotWithItsButtonsAndTheKeyboardAndReachesAnAgent() {
        new BotWidgetScenarios(base).aStartBotHandsTheCustomerToAnAgent();
    }

    @Test
    @Order(22)
    void theStartBotsAnswersAreStored() {
        Map<String, String> kept = BotWidgetCampaigns.variables(em, BotWidgetCampaigns.HELPED, BotVariable.Phase.START);
        assertEquals("billing", kept.get("topic"), "the button's value: " + kept);
        assertEquals("vera@example.com", kept.get("mail"), "the answer that passed the check: " + kept);
    }

    @Test
    @Order(23)
    @RunAsClient
    void talkToAPersonHandsTheBotsChatOffAtOnce() {
        new BotWidgetScenarios(base).talkToAPersonHandsOffAtOnce();
    }

    @Test
    @Order(24)
    @RunAsClient
    void theEndBotsSurveyFollowsTheAgentsEndInTheWidget() {
        new BotWidgetScenarios(base).theEndBotsSurveyFollowsTheAgentsEnd();
    }

    @Test
    @Order(25)
    void theEndBotsAnswerIsStored() {
        Map<String, String> kept = BotWidgetCampaigns.variables(em, BotWidgetCampaigns.SURVEYED, BotVariable.Phase.END);
        assertEquals("5", kept.get("score"), "the value of the button clicked: " + kept);
    }

    @Test
    @Order(26)
    @RunAsClient
    void aCustomerLeavesTheBotWaiting() {
        new BotWidgetScenarios(base).aCustomerLeavesTheBotWaiting();
    }

    @Test
    @Order(27)
    void theBotsTimeoutIsDue() throws Exception {
        tx.begin();
        BotWidgetCampaigns.timeoutDue(em, BotWidgetCampaigns.TIMED);
        tx.commit();
    }

    @Test
    @Order(28)
    @RunAsClient
    void theBotsTimeoutEndsTheChatInTheWidgetWithItsMessage() {
        new BotWidgetScenarios(base).theBotsTimeoutEndsTheChat();
    }
}
