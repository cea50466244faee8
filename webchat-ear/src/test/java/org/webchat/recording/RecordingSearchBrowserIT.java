package org.webchat.recording;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.EnumSet;
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
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;
import org.webchat.interaction.Attachment;
import org.webchat.interaction.AttachmentKind;
import org.webchat.interaction.Customer;
import org.webchat.interaction.CustomerFeedback;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.SenderKind;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestPasswords;
import org.webchat.quality.Evaluation;
import org.webchat.quality.EvaluationKind;
import org.webchat.quality.QualityModel;
import org.webchat.quality.QualityQuestion;

/**
 * The recordings page in a real Chromium (issue 13, point 1, REC-01): a supervisor in São Paulo sees its group's
 * conversations with their count and times in its own time zone, narrows them by a part of the e-mail, gets an end date before the start refused beside the field
 * with what it typed and the last results kept, sorts them by customer, and the page has no serious accessibility
 * violation; then (points 2 and 3, REC-03..05) a supervisor selects a conversation, reads its transcript with its
 * picture and the rating top right, grades it with the star beside a colleague's grade, sees the average, and its PDF
 * downloads; the search exports as PDF (REC-02), the page told by its socket when the file is ready; and (point 5,
 * REC-06) a supervisor marks an unseen offline message seen with its button, by mouse, and it leaves the Unseen filter
 * for the Seen one, saying who saw it and when; there, by keyboard, it marks it unseen again. Issue 15, point 5: a
 * conversation with bots opened in Recordings shows the bot's lines under its name, set apart, its note for the agent
 * marked, what it collected and the survey's answers.
 * The browser side lives in {@link RecordingSearchScenarios}, so that this class names no
 * Selenium type (it is loaded in the server too).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingSearchBrowserIT {

    static final long CAMPAIGN = 213_011;
    static final String PASSWORD = "recb-pw";
    static final String SUPERVISOR = "recb-sup";
    static final long GRADED_CAMPAIGN = 213_012;
    static final String GRADER = "recb-grader";

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
    void aConversationWithAPictureARatingAQualityModelAndAnotherSupervisorsGrade() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, GRADED_CAMPAIGN, "Rec graded", "Rec graded", GRADER,
                PASSWORD);
        SecurityGroup group = campaign.getSecurityGroup();
        User colleague = new User("recb-colleague", "Colleague Cruz", TestPasswords.hash(PASSWORD),
                EnumSet.of(Role.SUPERVISOR));
        colleague.setSecurityGroup(group);
        em.persist(colleague);
        TestCampaigns.addAgents(em, campaign, "recb", 1, PASSWORD, group);
        QualityModel model = new QualityModel("Service", null, group);
        QualityQuestion greets = model.addQuestion("Greeted the customer?", 1, 0, 10);
        em.persist(model);
        campaign.setQualityModel(model);
        em.flush();
        User agent = em.createQuery("select u from User u where u.login = 'recb-0'", User.class).getSingleResult();
        Instant at = Instant.parse("2026-02-02T10:00:00Z");
        Interaction chat = Interaction.queued(campaign, new Customer("Ñandú Pérez", "nandu@example.com", null, null),
                Language.EN, null, at);
        chat.assign(agent, at.plusSeconds(20));
        em.persist(chat);
        em.persist(chat.post(SenderKind.CUSTOMER, null, "c-1", "Hola, <i>¿me ayuda?</i>", null, at.plusSeconds(25)));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        Attachment photo = new Attachment(chat, AttachmentKind.FILE, "receipt.png", "image/png", png.toByteArray(),
                at.plusSeconds(40));
        em.persist(photo);
        em.persist(chat.post(SenderKind.AGENT, agent, null, "Here is your receipt", photo, at.plusSeconds(40)));
        chat.end(EndReason.AGENT, at.plusSeconds(200));
        em.persist(new CustomerFeedback(chat, 5, "Great help", at.plusSeconds(210)));
        Evaluation earlier = new Evaluation(chat, model, colleague, EvaluationKind.SUPERVISOR, at.plusSeconds(3600));
        earlier.answer(greets, 6);
        em.persist(earlier);
        tx.commit();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSupervisorFiltersByAPartOfTheEmailAndSortsByCustomer() {
        new RecordingSearchScenarios(base).filterByEmailThenSortByCustomer();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theSupervisorReadsAConversationGradesItWithTheStarAndDownloadsItsPdf() {
        new RecordingSearchScenarios(base).readGradeAndDownload();
    }

    static final long SEEN_CAMPAIGN = 213_201;
    static final String SEEN_SUPERVISOR = "recs-sup";

    @Test
    @Order(5)
    void anotherGroupWithTwoUnseenOfflineMessagesAndASeenOne() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, SEEN_CAMPAIGN, "Rec seen", "Rec seen",
                SEEN_SUPERVISOR, PASSWORD);
        em.persist(Interaction.offline(campaign, new Customer("Nina North", "nina@acme.example", null, null),
                Language.EN, null, Instant.parse("2026-02-02T09:00:00Z")));
        em.persist(Interaction.offline(campaign, new Customer("Omar Ortiz", "omar@acme.example", null, null),
                Language.EN, null, Instant.parse("2026-02-02T10:00:00Z")));
        Interaction seen = Interaction.offline(campaign, new Customer("Pia Park", "pia@acme.example", null, null),
                Language.EN, null, Instant.parse("2026-02-02T11:00:00Z"));
        seen.setSeen(true);
        em.persist(seen);
        tx.commit();
    }

    @Test
    @Order(6)
    @RunAsClient
    void theSupervisorMarksOneSeenThenUnseenAgain() {
        new RecordingSearchScenarios(base).markSeenThenUnseen();
    }

    static final long BOT_CAMPAIGN = 215_421;
    static final String BOT_SUPERVISOR = "bs-rec-sup";

    @Test
    @Order(7)
    void anotherGroupWithAConversationWhoseBotHandedOffToAnAgent() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, BOT_CAMPAIGN, "Rec bots", "Rec bots", BOT_SUPERVISOR,
                PASSWORD);
        TestCampaigns.addAgents(em, campaign, "bs-rec", 1, PASSWORD, campaign.getSecurityGroup());
        em.flush();
        User agent = em.createQuery("select u from User u where u.login = 'bs-rec-0'", User.class).getSingleResult();
        BotConversation.seed(em, campaign, agent, "bs-rec-assistant", "Vera Bot", Instant.parse("2026-02-03T10:00:00Z"));
        tx.commit();
    }

    @Test
    @Order(8)
    @RunAsClient
    void theSupervisorReadsTheBotsLinesNoteAndWhatItCollected() {
        new RecordingSearchScenarios(base).readABotsConversation();
    }
}
