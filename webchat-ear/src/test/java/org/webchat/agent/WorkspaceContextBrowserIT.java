package org.webchat.agent;

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
import org.webchat.bot.Bot;
import org.webchat.bot.BotKind;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.campaign.Strategy;
import org.webchat.it.TestCampaigns;

/**
 * What the agent workspace tells about a chat beyond its messages (issue 11, points 17 to 19), in a real Chromium
 * beside customers in the widget: a transfer's note, who took over and the customer's own wait (AGT-08, AGT-03); the
 * queues of the agent's campaigns with a customer taken out of order (STR-04); whether the customer is still there
 * and their rating (AGT-02, ADV-10); what a start bot did before the agent took the chat (issue 15, point 5; BOT-01).
 * The browser side lives in {@link WorkspaceContextScenarios}, so that this class
 * names no Selenium type (it is loaded in the server too).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceContextBrowserIT {

    static final long CARE = 201_751;
    static final long DESK = 201_752;
    static final long BOT_DESK = 215_501;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignThatAsksForARatingAndARingallOne() throws Exception {
        tx.begin();
        Campaign care = TestCampaigns.create(em, CARE, "Care", true);
        care.setDefaultLanguage(Language.EN);
        care.setFeedbackEnabled(true);
        care.setMessage(MessageKind.PHONE_LABEL, Language.ES, "Número de pedido");
        care.setMessage(MessageKind.PHONE_LABEL, Language.EN, "Order number");
        TestCampaigns.addAgents(em, care, "care", 2, "work-pw");
        Campaign desk = TestCampaigns.create(em, DESK, "Returns desk", true);
        desk.setDefaultLanguage(Language.EN);
        desk.setStrategy(Strategy.RINGALL); // agents choose whom to take
        desk.setOfferTimeoutSeconds(300);
        TestCampaigns.addAgents(em, desk, "pickq", 1, "work-pw");
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void aTransferCarriesANoteTheCustomersOwnWaitAndALineSayingWhoTookOver() throws Exception {
        new WorkspaceContextScenarios(base).aTransferWithItsContext();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theAgentSeesTheQueueOfItsCampaignAndTakesACustomerOutOfOrder() throws Exception {
        new WorkspaceContextScenarios(base).theQueueAndAPick();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theAgentSeesTheCustomerGoAndTheirRatingOnceGiven() throws Exception {
        new WorkspaceContextScenarios(base).presenceAndRating();
    }

    @Test
    @Order(5)
    @RunAsClient
    void theCampaignsExtraFieldAsksInTheCustomersLanguageAndTheAgentReadsItUnderThatLabel() throws Exception {
        new WorkspaceContextScenarios(base).theExtraFieldUnderItsLabel();
    }

    @Test
    @Order(6)
    void aCampaignWhoseStartBotAsksWithAButtonAndATypedAnswerThenHandsOver() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.create(em, BOT_DESK, "Bot desk", true);
        campaign.setDefaultLanguage(Language.EN);
        // ADM-02: a bot is its group's; the campaign, made as the chat tests make them, has none.
        SecurityGroup group = new SecurityGroup("Bd group", null);
        em.persist(group);
        Bot bot = new Bot("bd flow", BotKind.FLOW, group);
        bot.setDisplayName("Desk assistant");
        bot.setFlowDefinition("""
                {"steps": [
                  {"id": "hi", "type": "say", "text": {"en": "Hi {name}, I am the desk assistant."}},
                  {"id": "topic", "type": "ask", "variable": "topic", "text": {"en": "What is it about?"},
                   "options": [{"value": "returns", "label": {"en": "Returns"}}, {"value": "other", "label": {"en": "Other"}}]},
                  {"id": "order", "type": "ask", "variable": "order", "text": {"en": "Your order number?"}},
                  {"id": "human", "type": "transfer", "summary": {"en": "Wants to return order {order}"}}
                ]}""");
        em.persist(bot);
        campaign.setStartBot(bot);
        TestCampaigns.addAgents(em, campaign, "bd", 1, "work-pw");
        tx.commit();
    }

    @Test
    @Order(7)
    @RunAsClient
    void theAgentReadsTheBotsLinesUnderItsNameAndItsCardWithWhatItCollected() throws Exception {
        new WorkspaceContextScenarios(base).aBotsPartBeforeTheAgent();
    }
}
