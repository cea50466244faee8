package org.webchat.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.agent.AgentState;
import org.webchat.agent.AgentStateChange;
import org.webchat.agent.BreakType;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.bot.Bot;
import org.webchat.bot.BotKind;
import org.webchat.call.Call;
import org.webchat.call.CallKind;
import org.webchat.call.CallSide;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.DeliveryOrder;
import org.webchat.campaign.Language;
import org.webchat.campaign.MessageKind;
import org.webchat.campaign.Strategy;
import org.webchat.interaction.Attachment;
import org.webchat.interaction.AttachmentKind;
import org.webchat.interaction.ChatMessage;
import org.webchat.interaction.Customer;
import org.webchat.interaction.CustomerFeedback;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.Interaction;
import org.webchat.interaction.InteractionState;
import org.webchat.interaction.InteractionTransfer;
import org.webchat.interaction.SenderKind;
import org.webchat.it.TestPasswords;
import org.webchat.quality.Evaluation;
import org.webchat.quality.EvaluationKind;
import org.webchat.quality.QualityModel;
import org.webchat.quality.QualityQuestion;

/**
 * The schema on the real database (H2 by default, PostgreSQL in the second run): the migrations brought the
 * empty database of this run to the latest version, every entity maps onto its table, and an entity of each
 * aggregate is stored and read back whole (issue 2).
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/WebchatDS")
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    private static final Instant T0 = Instant.parse("2026-03-02T10:15:30.123456Z");

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private User newUser(String prefix, Role... roles) {
        User user = new User(unique(prefix), "Name of " + prefix, TestPasswords.hash("pw"), EnumSet.copyOf(List.of(roles)));
        em.persist(user);
        return user;
    }

    @Test
    void theMigrationsBroughtTheEmptyDatabaseToTheLatestVersion() {
        MigrationInfoService info = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource).locations(SchemaMigration.LOCATION).load().info();
        assertEquals(0, info.pending().length, "no migration is left to apply");
        assertTrue(info.applied().length >= 1);
        assertTrue(Arrays.stream(info.applied()).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed()),
                "every migration succeeded");
        assertEquals(info.all().length, info.applied().length, "every migration this build has was applied");
        MigrationInfo current = info.current();
        assertNotNull(current);
        assertEquals(current.getVersion().toString(), migration.version());
        // The server's own tables (the batch job repository's, webchat.cli) are there before the first deploy: the
        // history may start with a baseline below V1 for them, then every migration from V1 on.
        MigrationInfo[] migrations = Arrays.stream(info.applied())
                .filter(m -> !m.getVersion().toString().equals(SchemaMigration.SERVER_TABLES_BASELINE)).toArray(MigrationInfo[]::new);
        assertEquals("1", migrations[0].getVersion().toString(), "the history starts at V1: the database was empty");
    }

    @Test
    void everyEntityMapsOntoItsTable() {
        Set<EntityType<?>> entities = em.getMetamodel().getEntities();
        assertTrue(entities.size() >= 20, "the whole domain is mapped: " + entities.size());
        for (EntityType<?> entity : entities) {
            // Loading selects every mapped column: a column missing from the schema fails here.
            em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType()).setMaxResults(1).getResultList();
        }
    }

    @Test
    void aCampaignRoundTripsWithEveryPartOfItsConfiguration() throws Exception {
        String name = unique("Campaign");
        Long id = inTransaction(() -> {
            SecurityGroup group = new SecurityGroup(unique("Group"), "for the round trip");
            em.persist(group);
            User agent = newUser("member", Role.AGENT);
            QualityModel model = new QualityModel(unique("Model"), "greets, solves");
            model.addQuestion("Greets the customer", 1, 0, 5);
            em.persist(model);
            Bot bot = new Bot(unique("Bot"), BotKind.ENDPOINT, group);
            bot.setEndpointUrl("https://bots.example/hook");
            em.persist(bot);

            Campaign campaign = new Campaign(name, group);
            campaign.setStrategy(Strategy.RINGALLMULTIPLE);
            campaign.setDeliveryOrder(DeliveryOrder.WRANDOM);
            campaign.setServiceLevelSeconds(45);
            campaign.setTimeZone("America/Argentina/Buenos_Aires");
            campaign.setDefaultLanguage(Language.PT);
            campaign.setMaxInteractionsPerAgent(5);
            campaign.setMaxChats(7);
            campaign.setMaxTimeSeconds(600);
            campaign.setColor("#aa3300");
            campaign.setAutoFinishSeconds(90);
            campaign.setShowAgentName(false);
            campaign.setEmailRequired(true);
            campaign.setAudioVideoAllowed(true);
            campaign.setImage("png-bytes".getBytes(StandardCharsets.UTF_8), "image/png");
            campaign.setOfflineMessageEnabled(true);
            campaign.setOfflineEmail("offline@example.com");
            campaign.setQualityModel(model);
            campaign.setStartBot(bot);
            campaign.setMaxTransferSeconds(0);
            campaign.addScheduleEntry(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 30));
            campaign.addClosedDay(LocalDate.of(2026, 12, 25), "Christmas");
            campaign.addSpecialHours(LocalDate.of(2026, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0), "Christmas Eve");
            campaign.setMessage(MessageKind.WELCOME, Language.ES, "¡Bienvenido!");
            campaign.setMessage(MessageKind.WELCOME, Language.EN, "Welcome!");
            campaign.setMessage(MessageKind.WELCOME, Language.PT, "Bem-vindo!");
            campaign.addAllowedDomain("shop.example.com");
            campaign.addCannedResponse("/hi", "Greeting", "Hello, how can I help?", Language.EN);
            campaign.addMember(agent, 70);
            em.persist(campaign);
            return campaign.getId();
        });

        inTransaction(() -> {
            Campaign loaded = em.find(Campaign.class, id);
            assertEquals(name, loaded.getName());
            assertEquals(Strategy.RINGALLMULTIPLE, loaded.getStrategy());
            assertEquals(DeliveryOrder.WRANDOM, loaded.getDeliveryOrder());
            assertEquals(45, loaded.getServiceLevelSeconds());
            assertEquals("America/Argentina/Buenos_Aires", loaded.getTimeZone());
            assertEquals(Language.PT, loaded.getDefaultLanguage());
            assertEquals(5, loaded.getMaxInteractionsPerAgent());
            assertEquals(7, loaded.getMaxChats());
            assertEquals(600, loaded.getMaxTimeSeconds());
            assertEquals("#aa3300", loaded.getColor());
            assertEquals(90, loaded.getAutoFinishSeconds());
            assertFalse(loaded.isShowAgentName());
            assertTrue(loaded.isEmailRequired());
            assertTrue(loaded.isAudioVideoAllowed());
            assertArrayEquals("png-bytes".getBytes(StandardCharsets.UTF_8), loaded.getImage());
            assertEquals("offline@example.com", loaded.getOfflineEmail().orElseThrow());
            assertEquals(1, loaded.getQualityModel().getQuestions().size());
            assertEquals(BotKind.ENDPOINT, loaded.getStartBot().getKind());
            assertEquals(0, loaded.getMaxTransferSeconds());
            assertEquals(1, loaded.getScheduleEntries().size());
            assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), loaded.getScheduleEntries().get(0).getDays());
            assertEquals(LocalTime.of(18, 30), loaded.getScheduleEntries().get(0).getToTime());
            assertEquals(2, loaded.getScheduleExceptions().size());
            assertEquals("¡Bienvenido!", loaded.message(MessageKind.WELCOME, Language.ES).orElseThrow());
            assertEquals("Bem-vindo!", loaded.message(MessageKind.WELCOME, Language.PT).orElseThrow());
            assertEquals(Set.of("shop.example.com"), loaded.getAllowedDomains());
            assertEquals("Hello, how can I help?", loaded.getCannedResponses().get(0).getText());
            assertEquals(70, loaded.getMembers().get(0).getPenalty());
            return null;
        });
    }

    @Test
    void aUserRoundTripsWithRolesGroupAndPresenceHistory() throws Exception {
        Long id = inTransaction(() -> {
            SecurityGroup group = new SecurityGroup(unique("Group"), null);
            em.persist(group);
            User user = new User(unique("someone"), "Zoë Ñandú", TestPasswords.hash("pw"), EnumSet.of(Role.AGENT, Role.SUPERVISOR));
            user.setSecurityGroup(group);
            user.setEmail("zoe@example.com");
            user.setLanguage(Language.PT);
            user.setScreenMonitoringAllowed(true);
            user.setPhoto(new byte[] {1, 2, 3}, "image/png");
            em.persist(user);
            BreakType lunch = new BreakType(unique("Lunch"), "pi pi-apple", null);
            em.persist(lunch);
            em.persist(new AgentStateChange(user, AgentState.AVAILABLE, null, T0, null));
            em.persist(new AgentStateChange(user, AgentState.ON_BREAK, lunch, T0.plusSeconds(60), null));
            return user.getId();
        });
        inTransaction(() -> {
            User loaded = em.find(User.class, id);
            assertEquals("Zoë Ñandú", loaded.getName());
            assertEquals(Set.of(Role.AGENT, Role.SUPERVISOR), loaded.getRoles());
            assertNotNull(loaded.getSecurityGroup());
            assertEquals(Language.PT, loaded.getLanguage().orElseThrow());
            assertTrue(loaded.isScreenMonitoringAllowed());
            assertArrayEquals(new byte[] {1, 2, 3}, loaded.getPhoto());
            List<AgentStateChange> history = em.createQuery(
                    "select s from AgentStateChange s where s.user.id = :id order by s.startedAt", AgentStateChange.class)
                    .setParameter("id", id).getResultList();
            assertEquals(List.of(AgentState.AVAILABLE, AgentState.ON_BREAK), history.stream().map(AgentStateChange::getState).toList());
            assertEquals(T0, history.get(0).getStartedAt(), "instants keep their microseconds");
            assertNotNull(history.get(1).getBreakType());
            return null;
        });
    }

    @Test
    void onlyAnEntityThatAnotherRefersToIsProxied() throws Exception {
        // Issue 16 (boot): ProxiesOnlyWhereReferenced. A user is referred to lazily (a state change's user): a
        // reference to one is a proxy, loaded when read. Nothing refers to a state change: Hibernate built no proxy
        // class for it, and a reference to one is the entity itself, read at once.
        Long[] ids = inTransaction(() -> {
            User user = newUser("proxied", Role.AGENT);
            AgentStateChange change = new AgentStateChange(user, AgentState.AVAILABLE, null, T0, null);
            em.persist(change);
            return new Long[] {user.getId(), change.getId()};
        });
        inTransaction(() -> {
            User user = em.getReference(User.class, ids[0]);
            assertNotEquals(User.class, user.getClass(), "a reference to a user is a proxy");
            assertFalse(em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(user));
            AgentStateChange change = em.getReference(AgentStateChange.class, ids[1]);
            assertEquals(AgentStateChange.class, change.getClass(), "a state change is never proxied");
            assertTrue(em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(change));
            assertEquals(AgentState.AVAILABLE, change.getState());
            AgentStateChange read = em.createQuery("select s from AgentStateChange s where s.id = :id",
                    AgentStateChange.class).setParameter("id", ids[1]).getSingleResult();
            assertEquals(ids[0], read.getUser().getId(), "its lazy user is still there");
            return null;
        });
    }

    @Test
    void anInteractionRoundTripsWithMessagesAttachmentTransferCallAndFeedback() throws Exception {
        byte[] file = "%PDF-1.4 tiny".getBytes(StandardCharsets.UTF_8);
        Long id = inTransaction(() -> {
            Campaign campaign = new Campaign(unique("Chat"), null);
            em.persist(campaign);
            User agent = newUser("agent", Role.AGENT);
            User other = newUser("other", Role.AGENT);
            Interaction interaction = Interaction.queued(campaign,
                    new Customer("Ana <b>Cliente</b>", "ana@example.com", "+54 11 5555-0000", "DNI 123"),
                    Language.ES, "https://shop.example.com/cart?x=1", T0);
            em.persist(interaction);
            interaction.assign(agent, T0.plusSeconds(12));
            em.persist(interaction.post(SenderKind.CUSTOMER, null, "c-1", "<script>alert(1)</script> hola 👋", null, T0.plusSeconds(13)));
            Attachment attachment = new Attachment(interaction, AttachmentKind.FILE, "invoice.pdf", "application/pdf", file, T0.plusSeconds(14));
            em.persist(attachment);
            em.persist(interaction.post(SenderKind.AGENT, agent, "a-1", null, attachment, T0.plusSeconds(14)));
            em.persist(new InteractionTransfer(interaction, agent, other, null, T0.plusSeconds(20)));
            em.persist(new Call(interaction, agent, CallKind.VIDEO, CallSide.CUSTOMER, T0.plusSeconds(30)));
            interaction.end(EndReason.CUSTOMER, T0.plusSeconds(60));
            em.persist(new CustomerFeedback(interaction, 4, "Rápido", T0.plusSeconds(61)));
            return interaction.getId();
        });
        inTransaction(() -> {
            Interaction loaded = em.find(Interaction.class, id);
            assertEquals(InteractionState.ENDED, loaded.getState());
            assertEquals(EndReason.CUSTOMER, loaded.getEndReason().orElseThrow());
            assertEquals("Ana <b>Cliente</b>", loaded.getCustomer().getName(), "customer text is stored as text");
            assertEquals("DNI 123", loaded.getCustomer().getExtra().orElseThrow());
            assertEquals("https://shop.example.com/cart?x=1", loaded.getPageUrl());
            assertEquals(T0, loaded.getQueuedAt());
            assertEquals(T0.plusSeconds(12), loaded.getAssignedAt());
            assertEquals(12, loaded.waitTime().orElseThrow().getSeconds());
            List<ChatMessage> messages = em.createQuery(
                    "select m from ChatMessage m where m.interaction.id = :id order by m.seq", ChatMessage.class)
                    .setParameter("id", id).getResultList();
            assertEquals(List.of(1L, 2L), messages.stream().map(ChatMessage::getSeq).toList());
            assertEquals("<script>alert(1)</script> hola 👋", messages.get(0).getText().orElseThrow());
            assertArrayEquals(file, messages.get(1).getAttachment().orElseThrow().getContent());
            assertEquals(1L, count("select count(t) from InteractionTransfer t where t.interaction.id = " + id));
            assertEquals(1L, count("select count(c) from Call c where c.interaction.id = " + id));
            assertEquals(4, em.createQuery("select f from CustomerFeedback f where f.interaction.id = :id", CustomerFeedback.class)
                    .setParameter("id", id).getSingleResult().getRating());
            return null;
        });
    }

    @Test
    void theDatabaseRefusesASecondMessageWithTheSameClientId() throws Exception {
        Long id = inTransaction(() -> {
            Campaign campaign = new Campaign(unique("Dup"), null);
            em.persist(campaign);
            Interaction interaction = Interaction.queued(campaign, new Customer("Bo", null, null, null), Language.EN, null, T0);
            em.persist(interaction);
            em.persist(interaction.post(SenderKind.CUSTOMER, null, "same-client-id", "first", null, T0));
            return interaction.getId();
        });
        tx.begin();
        try {
            Interaction interaction = em.find(Interaction.class, id);
            ChatMessage resent = interaction.post(SenderKind.CUSTOMER, null, "same-client-id", "again", null, T0.plusSeconds(1));
            // Identity keys make persist() insert at once.
            assertThrows(PersistenceException.class, () -> {
                em.persist(resent);
                em.flush();
            }, "(interaction, client id) is unique: resends are idempotent");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aQualityEvaluationRoundTripsWithItsAnswersAndScore() throws Exception {
        Long id = inTransaction(() -> {
            QualityModel model = new QualityModel(unique("Quality"), null);
            QualityQuestion greets = model.addQuestion("Greets", 1, 0, 10);
            QualityQuestion solves = model.addQuestion("Solves", 3, 0, 10);
            em.persist(model);
            Campaign campaign = new Campaign(unique("Graded"), null);
            em.persist(campaign);
            User supervisor = newUser("grader", Role.SUPERVISOR);
            Interaction interaction = Interaction.queued(campaign, new Customer("Cy", null, null, null), Language.EN, null, T0);
            em.persist(interaction);
            Evaluation evaluation = new Evaluation(interaction, model, supervisor, EvaluationKind.SUPERVISOR, T0.plus(1, ChronoUnit.HOURS));
            evaluation.answer(greets, 10);
            evaluation.answer(solves, 5);
            evaluation.setComment("Good greeting");
            em.persist(evaluation);
            return evaluation.getId();
        });
        inTransaction(() -> {
            Evaluation loaded = em.find(Evaluation.class, id);
            assertEquals(EvaluationKind.SUPERVISOR, loaded.getKind());
            assertEquals(2, loaded.getAnswers().size());
            assertEquals("Good greeting", loaded.getComment());
            // weights 1 and 3: (10/10 * 1 + 5/10 * 3) / 4 = 62.5 %
            assertEquals(0, new java.math.BigDecimal("62.5").compareTo(loaded.getScore()), loaded.getScore().toString());
            return null;
        });
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
