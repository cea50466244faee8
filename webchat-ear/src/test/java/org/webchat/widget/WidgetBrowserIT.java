package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.interaction.ChatMessage;
import org.webchat.interaction.CustomerFeedback;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionState;
import org.webchat.it.TestCampaigns;

/**
 * The customer widget in a real Chromium (issue 4, WID-01..10): embedded by its generated code in a company's
 * page on another origin, chatting with an agent driven through the agent socket; a reload, a dropped network,
 * a host page that is not allowed, the three languages, out of hours and the rating; and (issue 11, point 20) a
 * chat iframe that waits for the visitor unless a chat is under way, a picker, errors and a rating panel that keep
 * out of the thread's way, and a phone's sizes; (issue 14, WID-07) the call buttons and a call's views.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetBrowserIT {

    static final long SHOP = 200_201;
    static final long CLOSED = 200_202;
    static final long PAUSED = 200_203;
    static final long FULL = 200_204;
    static final long CALLS = 214_101;
    static final long NO_CALLS = 214_102;
    static final int HOST_PORT = 18_665 + Integer.getInteger("it.port.offset", 100);
    private static final String SHOP_COLOR = "#0b7a3e";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aShopCampaignAllowedOnTheShopsSiteAndAClosedOne() throws Exception {
        tx.begin();
        Campaign shop = TestCampaigns.create(em, SHOP, "Shop", true);
        shop.setColor(SHOP_COLOR);
        shop.setEmailRequired(true);
        shop.setFeedbackEnabled(true);
        shop.setDefaultLanguage(Language.EN);
        shop.addAllowedDomain("127.0.0.2:" + HOST_PORT);
        shop.setMessage(MessageKind.AGENT_AUTOMATIC, Language.EN, "Hi, this is the shop. How can I help?");
        TestCampaigns.addAgents(em, shop, "shop", 1, "shop-pw");
        Campaign closed = TestCampaigns.create(em, CLOSED, "Closed shop", false);
        closed.setOfflineMessageEnabled(true);
        closed.setDefaultLanguage(Language.EN);
        closed.addAllowedDomain("127.0.0.2:" + HOST_PORT);
        closed.setMessage(MessageKind.OUT_OF_HOURS, Language.EN, "We are closed now: leave us a message.");
        TestCampaigns.create(em, PAUSED, "Paused shop", true).setEnabled(false);
        Campaign full = TestCampaigns.create(em, FULL, "Busy shop", true); // no agents: whoever starts waits
        full.setDefaultLanguage(Language.EN);
        full.setMaxChats(1);
        full.setMessage(MessageKind.UNAVAILABLE, Language.EN, "Every agent is busy, please come back soon.");
        Campaign calls = TestCampaigns.create(em, CALLS, "Calls shop", true); // issue 14: ADV-12 on
        calls.setDefaultLanguage(Language.EN);
        calls.setAudioVideoAllowed(true);
        TestCampaigns.addAgents(em, calls, "wcall", 1, "wcall-pw");
        Campaign noCalls = TestCampaigns.create(em, NO_CALLS, "Shop without calls", true);
        noCalls.setDefaultLanguage(Language.EN);
        TestCampaigns.addAgents(em, noCalls, "wnocall", 1, "wcall-pw");
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void aCustomerOnTheShopsSiteChatsWithEmojiAFileAndAnAudioMessageAndAReloadKeepsTheHistory() throws Exception {
        new WidgetScenarios(base).aCustomerOnTheShopsSiteChatsWithEmojiAFileAndAnAudioMessageAndAReloadKeepsTheHistory();
    }

    @Test
    @Order(3)
    @RunAsClient
    void messagesWrittenWhileTheNetworkIsDownArriveOnceWhenItComesBack() throws Exception {
        new WidgetScenarios(base).messagesWrittenWhileTheNetworkIsDownArriveOnceWhenItComesBack();
    }

    @Test
    @Order(3)
    @RunAsClient
    void aMessageForAChatThatEndedMeanwhileShowsAsNotSentAndIsNotResent() throws Exception {
        new WidgetScenarios(base).aMessageForAChatThatEndedMeanwhileShowsAsNotSentAndIsNotResent();
    }

    @Test
    @Order(4)
    @RunAsClient
    void aSiteOutsideTheAllowedDomainsGetsNoChat() throws Exception {
        new WidgetScenarios(base).aSiteOutsideTheAllowedDomainsGetsNoChat();
    }

    @Test
    @Order(5)
    @RunAsClient
    void theCampaignsExamplePageOnTheServerItselfOpensTheChat() throws Exception {
        new WidgetScenarios(base).theCampaignsExamplePageOnTheServerItselfOpensTheChat();
    }

    @Test
    @Order(5)
    @RunAsClient
    void theWidgetSpeaksTheBrowsersLanguage() throws Exception {
        new WidgetScenarios(base).theWidgetSpeaksTheBrowsersLanguage();
    }

    @Test
    @Order(6)
    @RunAsClient
    void outOfHoursTheCustomerLeavesAMessage() throws Exception {
        new WidgetScenarios(base).outOfHoursTheCustomerLeavesAMessage();
    }

    @Test
    @Order(6)
    @RunAsClient
    void aFullQueueShowsUpFrontAndTryAgainFindsRoomLater() throws Exception {
        new WidgetScenarios(base).aFullQueueShowsUpFrontAndTryAgainFindsRoomLater();
    }

    @Test
    @Order(7)
    @RunAsClient
    void aDisabledCampaignSaysTheChatIsUnavailable() throws Exception {
        new WidgetScenarios(base).aDisabledCampaignSaysTheChatIsUnavailable();
    }

    @Test
    @Order(7)
    @RunAsClient
    void theChatFrameWaitsForTheVisitorsFirstClick() throws Exception {
        new WidgetScenarios(base).theChatFrameWaitsForTheVisitorsFirstClick();
    }

    @Test
    @Order(7)
    @RunAsClient
    void aChatUnderWayKeepsTheBadgeAndThePreviewOnTheSitesNextPage() throws Exception {
        new WidgetScenarios(base).aChatUnderWayKeepsTheBadgeAndThePreviewOnTheSitesNextPage();
    }

    @Test
    @Order(7)
    @RunAsClient
    void onAPhoneThePickerTheErrorsAndTheRatingStayOutOfTheThreadsWay() throws Exception {
        new WidgetScenarios(base).onAPhoneThePickerTheErrorsAndTheRatingStayOutOfTheThreadsWay();
    }

    @Test
    @Order(7)
    @RunAsClient
    void aCustomerCallsOnlyWithAnAgentAttendingAndTheCallRingsIsCancelledAnsweredAndDeclined() throws Exception {
        new WidgetCallScenarios(base).aCustomerCallsOnlyWithAnAgentAttendingAndTheCallRingsIsCancelledAnsweredAndDeclined();
    }

    @Test
    @Order(7)
    @RunAsClient
    void aCampaignWithoutCallsShowsNoCallButtons() throws Exception {
        new WidgetCallScenarios(base).aCampaignWithoutCallsShowsNoCallButtons();
    }

    @Test
    @Order(8)
    void whatTheCustomersLeftIsStored() {
        List<Interaction> closed = em.createQuery("select i from Interaction i where i.campaign.id = :c", Interaction.class)
                .setParameter("c", CLOSED).getResultList();
        assertEquals(1, closed.size());
        assertEquals(InteractionState.OFFLINE, closed.get(0).getState());
        List<String> texts = em.createQuery("select m from ChatMessage m where m.interaction.id = :i", ChatMessage.class)
                .setParameter("i", closed.get(0).getId()).getResultStream().map(m -> m.getText().orElse("")).toList();
        assertEquals(List.of("Please call me tomorrow morning"), texts, "WID-04: the offline message, once");
        List<Integer> ratings = em.createQuery("select f from CustomerFeedback f where f.interaction.campaign.id = :c",
                CustomerFeedback.class).setParameter("c", SHOP).getResultStream().map(CustomerFeedback::getRating).toList();
        assertEquals(List.of(4), ratings, "ADV-10: the rating is stored");
        long offlineLines = em.createQuery("select count(m) from ChatMessage m where m.interaction.campaign.id = :c"
                + " and m.text in ('Written without network', 'And a second line')", Long.class).setParameter("c", SHOP)
                .getSingleResult();
        assertEquals(2, offlineLines, "WID-09: stored once each");
    }
}
