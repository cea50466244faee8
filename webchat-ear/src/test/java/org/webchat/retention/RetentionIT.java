package org.webchat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.FormRefused;
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
import org.webchat.interaction.InteractionTransfer;
import org.webchat.interaction.SenderKind;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestPasswords;
import org.webchat.quality.Evaluation;
import org.webchat.quality.EvaluationKind;
import org.webchat.quality.QualityModel;
import org.webchat.quality.QualityQuestion;
import org.webchat.supervision.SupervisionAct;

/**
 * Issue 13, point 6 (retention, beyond the spec) on PostgreSQL: in two security groups' seeded conversations with
 * attachments, messages, feedback, grades, transfers and a supervisor's act, the retention job (Jakarta Batch, on the
 * JDBC job repository of webchat.cli) deletes the group's conversations past its period with everything of theirs and
 * keeps the recent ones, the live ones and the other group's; an erasure by e-mail deletes only that customer's
 * conversations in the administrator's group, and is refused while one of them is live; both leave a record.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionIT {

    private static final long CAMPAIGN_A = 213_300;
    private static final long CAMPAIGN_B = 213_301;
    private static final String PASSWORD = "ret-pw";
    private static final String ADMIN = "ret-admin";
    private static final String ADMIN_B = "ret-admin-b";
    private static final String SUPERVISOR = "ret-sup";
    private static final Instant NOW = Instant.now();
    /** Old offline messages besides the two old conversations: the job reads them in several pages (chunks of 100). */
    private static final int BACKLOG = 250;

    /** The seeded conversations' ids, set by the first test. */
    static long oldChat, oldOffline, recentChat, liveChat, otherGroupOld, gdprOld, gdprRecent, gdprOtherGroup, busyLive;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Retention retention;

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private User user(String login) {
        return em.createQuery("select u from User u where u.login = :login", User.class).setParameter("login", login)
                .getSingleResult();
    }

    private User admin(String login, SecurityGroup group) {
        User admin = new User(login, "Admin " + login, TestPasswords.hash(PASSWORD), EnumSet.of(Role.ADMIN));
        admin.setSecurityGroup(group);
        em.persist(admin);
        return admin;
    }

    /** An ended chat with everything a chat may hold: a file, messages, a rating, a grade, a transfer. */
    private long fullChat(Campaign campaign, String email, Instant created, User agent, QualityModel model,
                          QualityQuestion question) {
        Interaction chat = Interaction.queued(campaign, new Customer("Customer " + email, email, null, null), Language.EN,
                null, created);
        chat.assign(agent, created.plusSeconds(20));
        em.persist(chat);
        Attachment file = new Attachment(chat, AttachmentKind.FILE, "photo.png", "image/png",
                "not really a png".getBytes(StandardCharsets.UTF_8), created.plusSeconds(30));
        em.persist(file);
        em.persist(chat.post(SenderKind.CUSTOMER, null, "c1", "hello", null, created.plusSeconds(25)));
        em.persist(chat.post(SenderKind.CUSTOMER, null, "c2", null, file, created.plusSeconds(30)));
        em.persist(chat.post(SenderKind.AGENT, agent, null, "hi", null, created.plusSeconds(40)));
        em.persist(new InteractionTransfer(chat, agent, null, campaign, created.plusSeconds(50)));
        chat.end(EndReason.CUSTOMER, created.plusSeconds(300));
        em.persist(new CustomerFeedback(chat, 4, "fine", created.plusSeconds(310)));
        Evaluation evaluation = new Evaluation(chat, model, agent, EvaluationKind.AGENT, created.plusSeconds(320));
        evaluation.answer(question, 5);
        em.persist(evaluation);
        return chat.getId();
    }

    private long offline(Campaign campaign, String email, Instant created) {
        Interaction message = Interaction.offline(campaign, new Customer("Offline " + email, email, null, null),
                Language.EN, null, created);
        em.persist(message);
        return message.getId();
    }

    private long live(Campaign campaign, String email, Instant created) {
        Interaction chat = Interaction.queued(campaign, new Customer("Live " + email, email, null, null), Language.EN,
                null, created);
        em.persist(chat);
        return chat.getId();
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private boolean exists(long interaction) {
        return count("SELECT COUNT(*) FROM interaction WHERE id = ?1", interaction) == 1;
    }

    /** Everything of a conversation, in every table that refers to one. */
    private long everythingOf(long interaction) {
        long total = 0;
        for (String table : List.of("chat_message", "attachment", "customer_feedback", "evaluation",
                "interaction_transfer", "interaction_offer", "call", "supervision_act")) {
            total += count("SELECT COUNT(*) FROM " + table + " WHERE interaction_id = ?1", interaction);
        }
        return total;
    }

    @Test
    @Order(1)
    void twoGroupsOldRecentAndLiveConversations() throws Exception {
        tx.begin();
        SecurityGroup groupA = TestCampaigns.supervisedGroup(em, "Ret A", SUPERVISOR, PASSWORD);
        admin(ADMIN, groupA);
        Campaign a = TestCampaigns.create(em, CAMPAIGN_A, "Ret campaign A", true);
        a.setSecurityGroup(groupA);
        TestCampaigns.addAgents(em, a, "ret", 1, PASSWORD, groupA);
        SecurityGroup groupB = TestCampaigns.supervisedGroup(em, "Ret B", "ret-sup-b", PASSWORD);
        admin(ADMIN_B, groupB);
        Campaign b = TestCampaigns.create(em, CAMPAIGN_B, "Ret campaign B", true);
        b.setSecurityGroup(groupB);
        TestCampaigns.addAgents(em, b, "retb", 1, PASSWORD, groupB);
        QualityModel model = new QualityModel("Ret model", null, groupA);
        QualityQuestion question = model.addQuestion("Polite?", 1, 0, 10);
        em.persist(model);
        em.flush();
        User agent = user("ret-0");
        User agentB = user("retb-0");

        oldChat = fullChat(a, "old@acme.com", daysAgo(100), agent, model, question);
        em.persist(new SupervisionAct(SupervisionAct.Kind.WHISPER, user(SUPERVISOR), agent,
                em.find(Interaction.class, oldChat), null, daysAgo(100).plusSeconds(60)));
        oldOffline = offline(a, "left@acme.com", daysAgo(90));
        for (int i = 0; i < BACKLOG; i++) {
            offline(a, "backlog" + i + "@acme.com", daysAgo(40).minusSeconds(i));
        }
        recentChat = fullChat(a, "new@acme.com", daysAgo(2), agent, model, question);
        liveChat = live(a, "waiting@acme.com", daysAgo(100)); // a live chat is never retention's, however old
        otherGroupOld = fullChat(b, "old@acme.com", daysAgo(100), agentB, model, question);
        gdprOld = offline(a, "gdpr@acme.com", daysAgo(5));
        gdprRecent = fullChat(a, "gdpr@acme.com", daysAgo(1), agent, model, question);
        gdprOtherGroup = offline(b, "gdpr@acme.com", daysAgo(1));
        busyLive = live(a, "busy@acme.com", daysAgo(0));
        offline(a, "busy@acme.com", daysAgo(3));
        tx.commit();
        assertTrue(everythingOf(oldChat) >= 8, "the old chat holds messages, a file, a rating, a grade, a transfer, an act");
    }

    @Test
    @Order(2)
    void thePeriodIsAnAdministratorsOfItsOwnGroupAndValidated() throws Exception {
        assertEquals(Optional.empty(), retention.period(ADMIN), "kept forever until set");
        for (String bad : new String[] {"-1", "36501", "thirty"}) {
            FormRefused refused = assertThrows(FormRefused.class, () -> retention.savePeriod(ADMIN, bad), bad);
            assertEquals("days", refused.problems().get(0).field());
        }
        assertEquals("admin.error.settingsNoGroup",
                assertThrows(FormRefused.class, () -> retention.savePeriod(SUPERVISOR, "30")).problems().get(0).key(),
                "a supervisor sets no period");
        assertEquals("admin.retention.error.forever",
                assertThrows(FormRefused.class, () -> retention.runNow(ADMIN)).problems().get(0).key(),
                "nothing to run while the group keeps everything");
        assertThrows(FormRefused.class, () -> retention.runNow(SUPERVISOR));
        assertEquals(Optional.of(30), retention.savePeriod(ADMIN, " 30 "));
        assertEquals(Optional.of(30), retention.period(ADMIN));
        assertEquals(Optional.empty(), retention.period(ADMIN_B), "the other group's is its own");
        assertEquals(Optional.empty(), retention.period(SUPERVISOR));
    }

    @Test
    @Order(3)
    void theRetentionJobDeletesOldConversationsAndKeepsRecentOnes() throws Exception {
        long execution = retention.runNow(ADMIN);
        Optional<Integer> deleted = Optional.empty();
        for (int i = 0; i < 300 && deleted.isEmpty(); i++) {
            Thread.sleep(100);
            deleted = retention.deletedBy(ADMIN, execution);
        }
        assertEquals(Optional.of(2 + BACKLOG), deleted, "the old chat, the old offline message and the backlog");
        // the job writes its record in its last step; the repository marks it COMPLETED a moment later
        BatchStatus status = null;
        for (int i = 0; i < 100 && status != BatchStatus.COMPLETED; i++) {
            status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status != BatchStatus.COMPLETED) {
                Thread.sleep(100);
            }
        }
        assertEquals(BatchStatus.COMPLETED, status);
        long commits = Arrays.stream(BatchRuntime.getJobOperator().getStepExecutions(execution).get(0).getMetrics())
                .filter(m -> m.getType() == Metric.MetricType.COMMIT_COUNT).mapToLong(Metric::getValue).sum();
        assertTrue(commits >= 3, "a chunk of 100 ids at a time, each in its own transaction: " + commits);
        assertEquals(0L, em.createQuery("select count(i) from Interaction i where i.customer.email like 'backlog%'",
                Long.class).getSingleResult());
        assertEquals(1, count("SELECT COUNT(*) FROM job_execution WHERE jobexecutionid = ?1", execution),
                "the run is in WildFly's JDBC job repository, in the application's schema");

        assertTrue(!exists(oldChat) && !exists(oldOffline), "past the period: deleted");
        assertEquals(0, everythingOf(oldChat) - count("SELECT COUNT(*) FROM supervision_act WHERE interaction_id = ?1",
                oldChat), "with its messages, file, rating, grade and transfer");
        assertEquals(1, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM supervision_act s JOIN app_user u"
                + " ON u.id = s.supervisor_id WHERE u.login = 'ret-sup' AND s.interaction_id IS NULL").getSingleResult())
                .longValue(), "the supervisor's act stays in the supervision trail, without the chat");
        assertTrue(exists(recentChat) && everythingOf(recentChat) >= 7, "a recent chat stays whole");
        assertTrue(exists(liveChat), "a live chat stays");
        assertTrue(exists(otherGroupOld) && everythingOf(otherGroupOld) >= 7, "another group's stays");
        assertTrue(exists(gdprOld) && exists(gdprRecent) && exists(busyLive));

        RetentionRecord record = retention.records(ADMIN).get(0);
        assertEquals(RetentionRecord.Kind.RETENTION, record.getKind());
        assertEquals(ADMIN, record.getActor());
        assertEquals(2 + BACKLOG, record.getConversations());
        assertEquals(execution, record.getJobExecutionId());
        assertEquals(List.of(), retention.records(ADMIN_B), "the other group's administrator sees none of it");

        long again = retention.runNow(ADMIN);
        Optional<Integer> second = Optional.empty();
        for (int i = 0; i < 300 && second.isEmpty(); i++) {
            Thread.sleep(100);
            second = retention.deletedBy(ADMIN, again);
        }
        assertEquals(Optional.of(0), second, "a second run finds nothing left to delete");
    }

    @Test
    @Order(4)
    void anErasureDeletesOnlyThatCustomersConversationsInTheAdministratorsGroup() throws Exception {
        assertEquals("admin.error.email",
                assertThrows(FormRefused.class, () -> retention.erase(ADMIN, "not an address")).problems().get(0).key());
        assertEquals("admin.error.required",
                assertThrows(FormRefused.class, () -> retention.erase(ADMIN, " ")).problems().get(0).key());
        FormRefused live = assertThrows(FormRefused.class, () -> retention.erase(ADMIN, "busy@acme.com"));
        assertEquals("admin.retention.error.live", live.problems().get(0).key());
        assertTrue(exists(busyLive), "refused while live: nothing deleted");
        assertThrows(FormRefused.class, () -> retention.erase(SUPERVISOR, "gdpr@acme.com"), "a supervisor erases nothing");

        assertEquals(2, retention.erase(ADMIN, "  GDPR@acme.com "));
        assertTrue(!exists(gdprOld) && !exists(gdprRecent), "both of the customer's conversations in the group");
        assertEquals(0, everythingOf(gdprRecent));
        assertTrue(exists(gdprOtherGroup), "the same e-mail in another group is that group's");
        assertTrue(exists(recentChat) && exists(liveChat), "other customers' stay");
        assertEquals(0, retention.erase(ADMIN, "gdpr@acme.com"), "erasing again finds nothing");

        List<RetentionRecord> records = retention.records(ADMIN);
        RetentionRecord erasure = records.stream().filter(r -> r.getConversations() == 2
                && r.getKind() == RetentionRecord.Kind.ERASURE).findFirst().orElseThrow();
        assertEquals(ADMIN, erasure.getActor());
        assertEquals("g***@acme.com", erasure.getSubject(), "the record keeps the address masked");
        assertNull(erasure.getJobExecutionId());
        assertNotNull(erasure.getActedAt());
        assertEquals(List.of(), retention.records(ADMIN_B));
    }
}
