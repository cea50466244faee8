package org.webchat.recording;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
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
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Customer;
import org.webchat.interaction.Interaction;
import org.webchat.it.Deployments;
import org.webchat.it.TestCampaigns;

/**
 * The recordings page in a real Chromium (issue 13, point 1, REC-01): a supervisor in São Paulo sees its group's
 * conversations with their count and times in its own time zone, narrows them by a part of the e-mail, gets an end date before the start refused beside the field
 * with what it typed and the last results kept, sorts them by customer, and the page has no serious accessibility
 * violation. The browser side lives in {@link RecordingSearchScenarios}, so that this class names no
 * Selenium type (it is loaded in the server too).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingSearchBrowserIT {

    static final long CAMPAIGN = 213_011;
    static final String PASSWORD = "recb-pw";
    static final String SUPERVISOR = "recb-sup";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RecordingSearchBrowserIT.class, TestCampaigns.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aSupervisorsGroupWithFiveMessagesThreeFromOneCompany() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, CAMPAIGN, "Rec browser", "Rec browser", SUPERVISOR,
                PASSWORD);
        // Oldest first: newest first, the company's are Yann, Xena, Vera; by name, Vera, Xena, Yann.
        String[][] customers = {{"Zoe Zimmer", "zoe@globex.example"}, {"Vera Vance", "vera@acme.example"},
                {"Xena <b>Xu</b>", "xena@acme.example"}, {"Walt West", "walt@initech.example"},
                {"Yann Young", "yann@acme.example"}};
        Instant at = Instant.parse("2026-02-01T09:00:00Z");
        for (String[] customer : customers) {
            em.persist(Interaction.offline(campaign, new Customer(customer[0], customer[1], null, null), Language.EN,
                    null, at));
            at = at.plusSeconds(600);
        }
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSupervisorFiltersByAPartOfTheEmailAndSortsByCustomer() {
        new RecordingSearchScenarios(base).filterByEmailThenSortByCustomer();
    }
}
