package org.webchat.supervision;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.BreakType;
import org.webchat.agent.SecurityGroup;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.it.Deployments;
import org.webchat.it.TestCampaigns;

/**
 * The supervisor's acts from the supervision page in a real Chromium (issue 12, points 4 and 5), beside two agents'
 * workspaces and customers in the widget: spy (the history, then messages both ways live), whisper (the agent sees it
 * marked, the customer never), barge-in (the customer reads the supervisor's name and message), the info window,
 * pause (the workspace shows the break and who paused it; the next customer goes to the other agent) and log out (the
 * workspace lands on the login page; its chat goes to the other agent). The browser side lives in
 * {@link SupervisorActsPageScenarios}, so that this class names no Selenium type.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorActsBrowserIT {

    static final long CAMPAIGN = 202_211;
    static final String PASSWORD = "page-pw";
    static final String SUPERVISOR = "page-sup";
    static final String BREAK = "page-Coaching";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SupervisorActsBrowserIT.class, TestCampaigns.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignWithTwoAgentsABreakAndASupervisor() throws Exception {
        tx.begin();
        SecurityGroup group = TestCampaigns.supervisedGroup(em, "Page acts", SUPERVISOR, PASSWORD);
        Campaign campaign = TestCampaigns.create(em, CAMPAIGN, "Page acts", true);
        campaign.setSecurityGroup(group);
        campaign.setDefaultLanguage(Language.EN);
        TestCampaigns.addAgents(em, campaign, "page", 2, PASSWORD, group);
        em.persist(new BreakType(BREAK, "pi pi-book", group));
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSupervisorSpiesWhispersBargesInReadsInfoPausesAndLogsOutFromThePage() throws Exception {
        new SupervisorActsPageScenarios(base).spyWhisperBargeInInfoPauseLogOut();
    }
}
