package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
import org.webchat.interaction.Customer;
import org.webchat.interaction.CustomerChatService;
import org.webchat.interaction.CustomerFeedback;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.OfflineMailState;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestPasswords;
import org.webchat.quality.Evaluation;
import org.webchat.quality.EvaluationKind;
import org.webchat.quality.QualityModel;
import org.webchat.quality.QualityQuestion;

/**
 * Issue 13, point 1 (REC-01, ADM-02) on the database, H2 and PostgreSQL: on a seeded set of two security groups'
 * conversations, each filter narrows as it should and the count follows; pages do not overlap; the table sorts on
 * its columns; and a supervisor of another group, or an agent, finds none of the group's conversations, whatever
 * campaign ids it names. Issue 13, point 5 (REC-06, MSG-05): an offline message marked seen (who and when kept) moves
 * to the Seen filter and back, in the group only; and an offline message's mail, while the mail server is down, is
 * shown failing and retried, then arrives at a test SMTP server (GreenMail, {@link OfflineMailbox}) once it is up.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingSearchIT {

    private static final long SALES = 213_001;
    private static final long SUPPORT = 213_002;
    private static final long ELSEWHERE = 213_003;
    private static final String PASSWORD = "rec-pw";
    private static final String SUPERVISOR = "rec-sup";
    private static final String SECOND_SUPERVISOR = "rec-sup2";
    private static final String OTHER_SUPERVISOR = "rec-other";
    private static final String AGENT = "rec-0";
    private static final Instant DAY = Instant.parse("2026-03-10T10:00:00Z");

    /** The seeded conversations' ids, by their customers' first names (one letter each), set by the first test. */
    static long ann, bob, carla, dora, eve, finn, other;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RecordingSearch search;

    @Inject
    OfflineMessages offlineMessages;

    @Inject
    CustomerChatService customers;

    private User user(String login) {
        return em.createQuery("select u from User u where u.login = :login", User.class).setParameter("login", login)
                .getSingleResult();
    }

    private long chat(Campaign campaign, String name, String email, Instant created, User agent, EndReason end,
                      Integer rating) {
        Interaction chat = Interaction.queued(campaign, new Customer(name, email, null, null), Language.EN, null,
                created);
        if (agent != null) {
            chat.assign(agent, created.plusSeconds(30));
        }
        chat.end(end, created.plusSeconds(agent == null ? 90 : 300));
        em.persist(chat);
        if (rating != null) {
            em.persist(new CustomerFeedback(chat, rating, null, created.plusSeconds(301)));
        }
        return chat.getId();
    }

    private long offline(Campaign campaign, String name, String email, Instant created, boolean seen) {
        Interaction message = Interaction.offline(campaign, new Customer(name, email, null, null), Language.EN, null,
                created);
        message.setSeen(seen);
        em.persist(message);
        return message.getId();
    }

    private void grade(long chat, QualityModel model, QualityQuestion question, User by, EvaluationKind kind,
                       int value) {
        Evaluation evaluation = new Evaluation(em.find(Interaction.class, chat), model, by, kind,
                DAY.plusSeconds(3600));
        evaluation.answer(question, value);
        em.persist(evaluation);
    }

    @Test
    @Order(1)
    void twoGroupsConversationsRatingsAndGrades() throws Exception {
        tx.begin();
        SecurityGroup group = TestCampaigns.supervisedGroup(em, "Rec A", SUPERVISOR, PASSWORD);
        User second = new User(SECOND_SUPERVISOR, "Second supervisor", TestPasswords.hash(PASSWORD),
                EnumSet.of(Role.SUPERVISOR));
        second.setSecurityGroup(group);
        em.persist(second);
        Campaign sales = TestCampaigns.create(em, SALES, "Rec Sales", true);
        sales.setSecurityGroup(group);
        Campaign support = TestCampaigns.create(em, SUPPORT, "Rec Support", true);
        support.setSecurityGroup(group);
        TestCampaigns.addAgents(em, sales, "rec", 2, PASSWORD, group);
        SecurityGroup otherGroup = TestCampaigns.supervisedGroup(em, "Rec B", OTHER_SUPERVISOR, PASSWORD);
        Campaign elsewhere = TestCampaigns.create(em, ELSEWHERE, "Rec Elsewhere", true);
        elsewhere.setSecurityGroup(otherGroup);
        em.flush();
        User agent0 = user("rec-0");
        User agent1 = user("rec-1");

        ann = chat(sales, "Ann Archer", "ann@acme.com", DAY, agent0, EndReason.CUSTOMER, 5);
        bob = chat(sales, "Bob Brown", "bob@acme.com", DAY.plusSeconds(2 * 3600), agent1, EndReason.AGENT, 2);
        // 01:30 UTC on the 11th is 22:30 on the 10th in São Paulo.
        carla = chat(support, "Carla Díaz", "carla@mail.example", Instant.parse("2026-03-11T01:30:00Z"), agent0,
                EndReason.CUSTOMER, null);
        dora = offline(support, "Dora Dunn", "dora@acme.com", Instant.parse("2026-03-12T09:00:00Z"), false);
        eve = offline(sales, "Eve 100%", "eve_x@mail.example", Instant.parse("2026-03-12T10:00:00Z"), true);
        finn = chat(sales, "Finn Ford", null, Instant.parse("2026-03-13T08:00:00Z"), null, EndReason.ABANDONED, null);
        other = offline(elsewhere, "Ann Other", "ann@acme.com", DAY.plusSeconds(3600), false);

        QualityModel model = new QualityModel("Rec model", null, group);
        QualityQuestion polite = model.addQuestion("Polite?", 1, 0, 10);
        em.persist(model);
        grade(ann, model, polite, user(SUPERVISOR), EvaluationKind.SUPERVISOR, 8);
        grade(ann, model, polite, second, EvaluationKind.SUPERVISOR, 6);
        grade(bob, model, polite, agent1, EvaluationKind.AGENT, 10); // the agent's own answers grade nothing (REC-04)
        tx.commit();
    }

    private static RecordingFilter filter(Consumer<RecordingFilter> set) {
        RecordingFilter filter = new RecordingFilter();
        set.accept(filter);
        return filter;
    }

    /** The ids the supervisor finds, newest first, after checking that the count says as many. */
    private List<Long> found(String login, Consumer<RecordingFilter> set) throws Exception {
        RecordingCriteria criteria = filter(set).criteria();
        List<Long> ids = search.page(login, criteria, RecordingSort.NEWEST, 0, RecordingSearch.MAX_PAGE).stream()
                .map(RecordingRow::id).toList();
        assertEquals(ids.size(), search.count(login, criteria), "the count matches the rows");
        return ids;
    }

    private List<Long> found(Consumer<RecordingFilter> set) throws Exception {
        return found(SUPERVISOR, set);
    }

    @Test
    @Order(2)
    void withoutCriteriaEverySupervisorFindsItsOwnGroupsConversationsNewestFirst() throws Exception {
        assertEquals(List.of(finn, eve, dora, carla, bob, ann), found(f -> { }));
        assertEquals(List.of(other), found(OTHER_SUPERVISOR, f -> { }));
        assertEquals(List.of(), found(AGENT, f -> { }), "an agent searches nothing");
        assertEquals(List.of(), found("nobody", f -> { }));
    }

    @Test
    @Order(3)
    void aSupervisorOfAnotherGroupFindsNoneOfItsConversationsEvenByCampaignId() throws Exception {
        assertEquals(List.of(), found(OTHER_SUPERVISOR, f -> f.setCampaigns(List.of(SALES, SUPPORT))));
        assertEquals(List.of(other), found(OTHER_SUPERVISOR, f -> f.setEmail("acme")), "its own Ann only");
        assertEquals(List.of(), found(f -> f.setCampaigns(List.of(ELSEWHERE))));
        assertEquals(List.of(), found(OTHER_SUPERVISOR, f -> f.setAgents(List.of(user(AGENT).getId()))));
        assertEquals(List.of(ELSEWHERE), search.campaigns(OTHER_SUPERVISOR).stream()
                .map(RecordingSearch.Option::id).toList());
        assertEquals(List.of("Rec Sales", "Rec Support"), search.campaigns(SUPERVISOR).stream()
                .map(RecordingSearch.Option::name).toList());
        assertEquals(List.of("Agent rec 0", "Agent rec 1"), search.agents(SUPERVISOR).stream()
                .map(RecordingSearch.Option::name).toList());
    }

    @Test
    @Order(4)
    void theDatesAreWholeDaysInTheUsersTimeZone() throws Exception {
        LocalDate tenth = LocalDate.of(2026, 3, 10);
        assertEquals(List.of(bob, ann), found(f -> { f.setFrom(tenth); f.setTo(tenth); }));
        assertEquals(List.of(carla, bob, ann), found(f -> {
            f.setFrom(tenth);
            f.setTo(tenth);
            f.setZone("America/Sao_Paulo");
        }));
        assertEquals(List.of(finn, eve, dora), found(f -> f.setFrom(LocalDate.of(2026, 3, 12))));
        assertEquals(List.of(carla, bob, ann), found(f -> f.setTo(LocalDate.of(2026, 3, 11))));
    }

    @Test
    @Order(5)
    void aPartOfTheEmailOrOfTheNameMatchesWithItsWildcardsTakenLiterally() throws Exception {
        assertEquals(List.of(dora, bob, ann), found(f -> f.setEmail("ACME")));
        assertEquals(List.of(eve), found(f -> f.setEmail("_x")), "an underscore is no wildcard");
        assertEquals(List.of(ann), found(f -> f.setCustomer("ann")));
        assertEquals(List.of(eve), found(f -> f.setCustomer("100%")));
        assertEquals(List.of(carla), found(f -> f.setCustomer("díaz")));
    }

    @Test
    @Order(6)
    void severalCampaignsOrAgentsMatchAnyOfThem() throws Exception {
        long agent0 = user("rec-0").getId();
        long agent1 = user("rec-1").getId();
        assertEquals(List.of(dora, carla), found(f -> f.setCampaigns(List.of(SUPPORT))));
        assertEquals(List.of(finn, eve, dora, carla, bob, ann), found(f -> f.setCampaigns(List.of(SALES, SUPPORT))));
        assertEquals(List.of(carla, ann), found(f -> f.setAgents(List.of(agent0))));
        assertEquals(List.of(carla, bob, ann), found(f -> f.setAgents(List.of(agent0, agent1))));
        assertEquals(List.of(carla), found(f -> { f.setAgents(List.of(agent0)); f.setCampaigns(List.of(SUPPORT)); }));
    }

    @Test
    @Order(7)
    void offlineOnlyAndSeenOrUnseen() throws Exception {
        assertEquals(List.of(eve, dora), found(f -> f.setOfflineOnly(true)));
        assertEquals(List.of(dora), found(f -> f.setSeen(RecordingFilter.Choice.NO)));
        assertEquals(List.of(eve), found(f -> f.setSeen(RecordingFilter.Choice.YES)));
    }

    @Test
    @Order(8)
    void theCustomersRatingAndTheSupervisorsGrading() throws Exception {
        assertEquals(List.of(ann), found(f -> f.setRating(5)));
        assertEquals(List.of(bob), found(f -> f.setRating(2)));
        assertEquals(List.of(), found(f -> f.setRating(3)));
        assertEquals(List.of(ann), found(f -> f.setGraded(RecordingFilter.Choice.YES)));
        assertEquals(List.of(finn, eve, dora, carla, bob), found(f -> f.setGraded(RecordingFilter.Choice.NO)),
                "an agent's own evaluation is no supervisor's grade");
    }

    @Test
    @Order(9)
    void aRowSaysWhereWhoWhenHowLongHowItEndedAndItsGrades() throws Exception {
        RecordingRow row = search.page(SUPERVISOR, filter(f -> f.setCustomer("ann")).criteria(), RecordingSort.NEWEST,
                0, 10).get(0);
        assertEquals("Rec Sales", row.campaign());
        assertEquals("Agent rec 0", row.agent());
        assertEquals("Ann Archer", row.customer());
        assertEquals("ann@acme.com", row.email());
        assertEquals(DAY, row.created());
        assertEquals(DAY.plusSeconds(30), row.started());
        assertEquals(Optional.of(Duration.ofSeconds(30)), row.waited());
        assertEquals(Optional.of(Duration.ofSeconds(270)), row.duration());
        assertEquals(EndReason.CUSTOMER, row.endReason());
        assertEquals(5, row.rating());
        assertEquals(2, row.grades());
        assertEquals(0, new BigDecimal("70").compareTo(row.average()), "(80 + 60) / 2: " + row.average());
        RecordingRow abandoned = search.page(SUPERVISOR, filter(f -> f.setCustomer("finn")).criteria(),
                RecordingSort.NEWEST, 0, 10).get(0);
        assertEquals(null, abandoned.agent());
        assertEquals(Optional.of(Duration.ofSeconds(90)), abandoned.waited());
        assertEquals(EndReason.ABANDONED, abandoned.endReason());
        assertEquals(0, abandoned.grades());
    }

    private List<Long> page(RecordingSort.Order order, int offset, int size) throws Exception {
        return search.page(SUPERVISOR, new RecordingFilter().criteria(), order, offset, size).stream()
                .map(RecordingRow::id).toList();
    }

    @Test
    @Order(10)
    void pagesFollowOneAnotherWithoutOverlap() throws Exception {
        assertEquals(List.of(finn, eve), page(RecordingSort.NEWEST, 0, 2));
        assertEquals(List.of(dora, carla), page(RecordingSort.NEWEST, 2, 2));
        assertEquals(List.of(bob, ann), page(RecordingSort.NEWEST, 4, 2));
        assertEquals(List.of(), page(RecordingSort.NEWEST, 6, 2));
        assertThrows(Exception.class, () -> page(RecordingSort.NEWEST, 0, RecordingSearch.MAX_PAGE + 1),
                "no page larger than the limit");
    }

    @Test
    @Order(11)
    void theTableSortsOnItsColumnsEmptyValuesLast() throws Exception {
        assertEquals(List.of(ann, bob, carla, dora, eve, finn), page(RecordingSort.Order.of("customer", true), 0, 10));
        assertEquals(List.of(finn, eve, dora, carla, bob, ann), page(RecordingSort.Order.of("customer", false), 0, 10));
        assertEquals(List.of(ann, bob, finn, eve, dora, carla), page(RecordingSort.Order.of("rating", false), 0, 10));
        assertEquals(List.of(carla, ann, bob, finn, eve, dora), page(RecordingSort.Order.of("agent", true), 0, 10));
        assertEquals(List.of(finn, eve, bob, ann, dora, carla), page(RecordingSort.Order.of("campaign", true), 0, 10));
        assertEquals(List.of(ann, bob, carla, dora, eve, finn), page(RecordingSort.Order.of("created", true), 0, 10));
        assertEquals(List.of(finn, eve, dora, carla, bob, ann),
                page(RecordingSort.Order.of("sessionToken", true), 0, 10),
                "an unknown column sorts newest first");
        assertEquals(Arrays.asList(ann, bob), page(RecordingSort.Order.of("customer", true), 0, 2));
    }

    // ---- Issue 13, point 5: offline messages seen and unseen (REC-06), and their mail (MSG-05) ----

    private static final long MAIL_CAMPAIGN = 213_200;
    private static final String MAIL_SUPERVISOR = "rec-mail-sup";
    /** The offline message left by the customer in {@link #anOfflineMessageLeftWhileTheMailServerIsDown}. */
    static long mia;

    @Test
    @Order(20)
    void aSupervisorMarksAnOfflineMessageSeenAndItMovesToTheSeenFilterKeepingWhoAndWhen() throws Exception {
        Instant before = Instant.now();
        OfflineMessages.Note note = offlineMessages.mark(SUPERVISOR, dora, true).orElseThrow();
        assertTrue(note.seen());
        assertEquals("Supervisor " + SUPERVISOR, note.seenBy());
        assertFalse(note.seenAt().isBefore(before.minusSeconds(1)), "seen now: " + note.seenAt());
        assertEquals(List.of(), found(f -> f.setSeen(RecordingFilter.Choice.NO)), "no unseen one left");
        assertEquals(List.of(eve, dora), found(f -> f.setSeen(RecordingFilter.Choice.YES)));
        OfflineMessages.Note read = offlineMessages.notes(SECOND_SUPERVISOR, List.of(dora, ann)).get(dora);
        assertEquals("Supervisor " + SUPERVISOR, read.seenBy(), "another supervisor of the group reads who saw it");
        assertEquals(note.seenAt(), read.seenAt());

        // Under the Seen filter, a click puts it back with the unseen ones, and who saw it goes.
        OfflineMessages.Note unseen = offlineMessages.mark(SECOND_SUPERVISOR, dora, false).orElseThrow();
        assertFalse(unseen.seen());
        assertNull(unseen.seenBy());
        assertNull(unseen.seenAt());
        assertEquals(List.of(dora), found(f -> f.setSeen(RecordingFilter.Choice.NO)));
        assertEquals(List.of(eve), found(f -> f.setSeen(RecordingFilter.Choice.YES)));
    }

    @Test
    @Order(21)
    void aSupervisorOfAnotherGroupOrAnAgentCannotMarkOneByIdNorReadItsNote() throws Exception {
        assertEquals(Optional.empty(), offlineMessages.mark(OTHER_SUPERVISOR, dora, true));
        assertEquals(Optional.empty(), offlineMessages.mark(AGENT, dora, true));
        assertEquals(Optional.empty(), offlineMessages.mark("nobody", dora, true));
        assertEquals(Optional.empty(), offlineMessages.mark(SUPERVISOR, ann, true), "a chat is no offline message");
        assertEquals(Optional.empty(), offlineMessages.mark(SUPERVISOR, other, true), "another group's");
        assertEquals(Optional.empty(), offlineMessages.mark(SUPERVISOR, Long.MAX_VALUE, true));
        assertEquals(java.util.Map.of(), offlineMessages.notes(OTHER_SUPERVISOR, List.of(dora, eve)));
        assertEquals(List.of(dora), found(f -> f.setSeen(RecordingFilter.Choice.NO)), "dora still unseen");
        assertFalse(offlineMessages.mark(OTHER_SUPERVISOR, other, false).isEmpty(), "its own group's it may");
    }

    @Test
    @Order(22)
    @RunAsClient
    void theMailServerIsDown() {
        OfflineMailbox.stop();
    }

    private Interaction reread(long id) throws Exception {
        tx.begin();
        try {
            Interaction interaction = em.find(Interaction.class, id);
            em.refresh(interaction);
            return interaction;
        } finally {
            tx.commit();
        }
    }

    /** Waits up to {@code seconds} for the offline message's mail to reach {@code state}. */
    private Interaction mailBecomes(long id, OfflineMailState state, int seconds) throws Exception {
        Instant until = Instant.now().plusSeconds(seconds);
        Interaction interaction = reread(id);
        while (interaction.getOfflineMail() != state && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            interaction = reread(id);
        }
        assertEquals(state, interaction.getOfflineMail(), "attempts " + interaction.getOfflineMailAttempts()
                + ", error " + interaction.getOfflineMailError());
        return interaction;
    }

    @Test
    @Order(23)
    void anOfflineMessageLeftWhileTheMailServerIsDown() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, MAIL_CAMPAIGN, "Rec Mail", "Rec Mail",
                MAIL_SUPERVISOR, PASSWORD);
        campaign.setOfflineMessageEnabled(true);
        campaign.setOfflineEmail("offline@rec-mail.example");
        tx.commit();

        Instant start = Instant.now();
        var opening = customers.leaveOfflineMessage(new CustomerChatService.Arrival(MAIL_CAMPAIGN, "Mia\r\nBcc: x@evil.example",
                "mia@mail.example", "+34 600 111 222", null, "es", null, null, false), "rec-mail-1",
                "Llámenme mañana\r\nBcc: x@evil.example\n<b>gracias</b>");
        assertTrue(Duration.between(start, Instant.now()).toMillis() < 2000, "the customer never waits for the mail");
        mia = em.createQuery("select i.id from Interaction i where i.campaign.id = :c", Long.class)
                .setParameter("c", MAIL_CAMPAIGN).getSingleResult();
        assertNotNull(opening);

        // The mail server refuses: the failure is kept and shown, and the mail is tried again later.
        Interaction failing = mailBecomes(mia, OfflineMailState.RETRYING, 30);
        assertTrue(failing.getOfflineMailAttempts() >= 1);
        assertNotNull(failing.getOfflineMailError());
        assertNull(failing.getOfflineNotifiedAt());
        OfflineMessages.Note note = offlineMessages.notes(MAIL_SUPERVISOR, List.of(mia)).get(mia);
        assertEquals(OfflineMailState.RETRYING, note.mail());
        assertEquals(Optional.empty(), Optional.ofNullable(offlineMessages.notes(SUPERVISOR, List.of(mia)).get(mia)),
                "another group's supervisor reads nothing of it");
    }

    @Test
    @Order(24)
    @RunAsClient
    void onceTheMailServerIsUpTheMailArrivesWithNameEmailPhoneAndMessage() throws Exception {
        OfflineMailbox.start();
        try {
            List<MimeMessage> mails = OfflineMailbox.received(1, Duration.ofSeconds(90));
            assertEquals(1, mails.size(), "one mail for the one message");
            MimeMessage mail = mails.get(0);
            assertEquals("offline@rec-mail.example", mail.getAllRecipients()[0].toString());
            assertEquals("mia@mail.example", mail.getReplyTo()[0].toString());
            assertTrue(mail.getSubject().startsWith("Offline message from Mia"), mail.getSubject());
            assertTrue(mail.getSubject().endsWith("(Rec Mail)"), mail.getSubject());
            assertNull(mail.getHeader("Bcc"), "no header from the customer's text");
            assertTrue(mail.getContentType().startsWith("text/plain"), mail.getContentType());
            String body = mail.getContent().toString().replace("\r\n", "\n");
            assertTrue(body.contains("E-mail: mia@mail.example\nPhone: +34 600 111 222\n"), body);
            assertTrue(body.contains("Llámenme mañana"), body);
            assertTrue(body.contains("<b>gracias</b>"), "plain text, as typed: " + body);
        } finally {
            OfflineMailbox.stop();
        }
    }

    @Test
    @Order(25)
    void theMessageSaysWhenItWasMailed() throws Exception {
        Interaction mailed = mailBecomes(mia, OfflineMailState.SENT, 10);
        assertNotNull(mailed.getOfflineNotifiedAt());
        assertTrue(mailed.getOfflineMailAttempts() >= 2, "failed first: " + mailed.getOfflineMailAttempts());
        OfflineMessages.Note note = offlineMessages.notes(MAIL_SUPERVISOR, List.of(mia)).get(mia);
        assertEquals(OfflineMailState.SENT, note.mail());
        assertEquals(mailed.getOfflineNotifiedAt(), note.mailedAt());
    }
}
