package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
import org.webchat.interaction.SenderKind;
import org.webchat.it.ConsoleSession;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestPasswords;
import org.webchat.quality.Evaluation;
import org.webchat.quality.EvaluationKind;
import org.webchat.quality.Grading;
import org.webchat.quality.QualityModel;
import org.webchat.quality.QualityQuestion;

/**
 * Issue 13, points 2, 3 and 7 (REC-03..05, REC-04, ADM-02) on the database: a conversation reads with every line in
 * order, its files, wait and duration, rating and comment and the agent's answers; two supervisors' grades make the
 * average, each grading once and editing its own; a grade off the scale is refused; the PDF, read back with PDFBox,
 * holds every message in order with names and times, the rating and the grades, accents intact; and a supervisor of
 * another group gets nothing by id: no conversation, no file, no PDF, no grade. Issue 15, point 5: a conversation with
 * bots reads and prints the bot's lines under its name, its note for the agent marked, what it collected and the
 * survey's answers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConversationIT {

    private static final long SHOP = 213_101;
    private static final long ELSEWHERE = 213_102;
    private static final String PASSWORD = "conv-pw";
    private static final String SUPERVISOR = "conv-sup";
    private static final String SECOND = "conv-sup2";
    private static final String OTHER = "conv-other";
    private static final Instant T0 = Instant.parse("2026-04-07T08:00:00Z");

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Conversations conversations;

    @Inject
    Grading grading;

    @ArquillianResource
    URL base;

    /** The seeded conversation, its picture and its spreadsheet; the questions of the model. */
    static long chat, picture, sheet, greeted, solved;

    private User user(String login) {
        return em.createQuery("select u from User u where u.login = :login", User.class).setParameter("login", login)
                .getSingleResult();
    }

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    @Order(1)
    void aConversationWithFilesARatingAndTheAgentsAnswers() throws Exception {
        tx.begin();
        SecurityGroup group = TestCampaigns.supervisedGroup(em, "Conv A", SUPERVISOR, PASSWORD);
        User second = new User(SECOND, "Beatriz Second", TestPasswords.hash(PASSWORD), EnumSet.of(Role.SUPERVISOR));
        second.setSecurityGroup(group);
        em.persist(second);
        Campaign shop = TestCampaigns.create(em, SHOP, "Tienda Señal", true);
        shop.setSecurityGroup(group);
        TestCampaigns.addAgents(em, shop, "conv", 1, PASSWORD, group);
        SecurityGroup otherGroup = TestCampaigns.supervisedGroup(em, "Conv B", OTHER, PASSWORD);
        TestCampaigns.create(em, ELSEWHERE, "Conv elsewhere", true).setSecurityGroup(otherGroup);
        QualityModel model = new QualityModel("Atención", null, group);
        QualityQuestion greets = model.addQuestion("¿Saludó?", 1, 0, 4);
        QualityQuestion solves = model.addQuestion("¿Resolvió?", 3, 1, 5);
        em.persist(model);
        shop.setQualityModel(model);
        em.flush();
        greeted = greets.getId();
        solved = solves.getId();
        User agent = user("conv-0");

        Interaction interaction = Interaction.queued(shop, new Customer("João Ñandú", "joao@exemplo.com.br",
                "+55 11 5555", null), Language.PT, "https://shop.example/carrinho", T0);
        interaction.assign(agent, T0.plusSeconds(45));
        em.persist(interaction);
        em.persist(interaction.post(SenderKind.SYSTEM, null, null, "Bem-vindo à loja", null, T0.plusSeconds(1)));
        em.persist(interaction.post(SenderKind.CUSTOMER, null, "c-1", "Olá, ação e coração: <b>não</b> é HTML. 你好, 안녕",
                null, T0.plusSeconds(50)));
        Attachment photo = new Attachment(interaction, AttachmentKind.FILE, "foto.png", "image/png", png(),
                T0.plusSeconds(60));
        em.persist(photo);
        em.persist(interaction.post(SenderKind.AGENT, agent, null, "Aqui está a foto", photo, T0.plusSeconds(60)));
        Attachment spreadsheet = new Attachment(interaction, AttachmentKind.FILE, "fatura.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1, 2, 3},
                T0.plusSeconds(70));
        em.persist(spreadsheet);
        em.persist(interaction.post(SenderKind.CUSTOMER, null, "c-2", null, spreadsheet, T0.plusSeconds(70)));
        em.persist(interaction.post(SenderKind.SUPERVISOR, user(SUPERVISOR), null, "ofereça o frete", null,
                T0.plusSeconds(75), true));
        interaction.end(EndReason.CUSTOMER, T0.plusSeconds(345));
        em.persist(new CustomerFeedback(interaction, 4, "Muito útil, obrigado", T0.plusSeconds(350)));
        Evaluation own = new Evaluation(interaction, model, agent, EvaluationKind.AGENT, T0.plusSeconds(400));
        own.answerAll(Map.of(greeted, 4, solved, 5));
        em.persist(own);
        tx.commit();
        chat = interaction.getId();
        picture = photo.getId();
        sheet = spreadsheet.getId();
    }

    @Test
    @Order(2)
    void theConversationReadsInOrderWithItsFilesTimesRatingAndTheAgentsAnswers() {
        Conversation c = conversations.open(SUPERVISOR, chat).orElseThrow();
        assertEquals(List.of("SYSTEM:null", "CUSTOMER:João Ñandú", "AGENT:Agent conv 0", "CUSTOMER:João Ñandú",
                        "SUPERVISOR:Supervisor conv-sup"),
                c.lines().stream().map(l -> l.kind() + ":" + l.name()).toList());
        assertEquals("Olá, ação e coração: <b>não</b> é HTML. 你好, 안녕", c.lines().get(1).text());
        assertTrue(c.lines().get(2).file().isImage());
        assertEquals("fatura.xlsx", c.lines().get(3).file().name());
        assertTrue(c.lines().get(4).isWhisper());
        assertEquals(Optional.of(Duration.ofSeconds(45)), c.row().waited());
        assertEquals(Optional.of(Duration.ofSeconds(300)), c.row().duration());
        assertEquals(4, c.row().rating());
        assertEquals("Muito útil, obrigado", c.comment());
        assertEquals("+55 11 5555", c.phone());
        assertEquals(1, c.agentAnswers().size());
        assertEquals(0, new BigDecimal("100").compareTo(c.agentAnswers().get(0).score()));
        assertEquals(List.of(), c.grades());
        assertEquals(List.of("¿Saludó?", "¿Resolvió?"), c.model().questions().stream()
                .map(Conversation.Question::text).toList());
        assertTrue(conversations.file(SUPERVISOR, picture).isPresent());
    }

    @Test
    @Order(3)
    void anotherGroupsSupervisorAndAnAgentGetNothingById() {
        assertEquals(Optional.empty(), conversations.open(OTHER, chat));
        assertEquals(Optional.empty(), conversations.file(OTHER, picture));
        assertEquals(Optional.empty(), conversations.open("conv-0", chat), "an agent reads no recordings");
        assertEquals(Optional.empty(), conversations.open(SUPERVISOR, chat + 1_000_000));
        FormRefused refused = assertThrows(FormRefused.class,
                () -> grading.grade(OTHER, chat, Map.of(greeted, 4, solved, 5), null));
        assertEquals("recordings.grade.error.notYours", refused.problems().get(0).key());
    }

    @Test
    @Order(4)
    void twoSupervisorsGradeEachOnceEditingItsOwnAndTheAverageShows() throws Exception {
        assertEquals(0, new BigDecimal("50.00").compareTo(grading.grade(SUPERVISOR, chat,
                Map.of(greeted, 2, solved, 3), "  Regular  ")));
        assertEquals(0, new BigDecimal("100.00").compareTo(grading.grade(SECOND, chat,
                Map.of(greeted, 4, solved, 5), null)));
        Conversation c = conversations.open(SUPERVISOR, chat).orElseThrow();
        assertEquals(2, c.row().grades());
        assertEquals(0, new BigDecimal("75.00").compareTo(c.average()), "(50 + 100) / 2: " + c.average());
        assertEquals("Regular", c.gradeBy(user(SUPERVISOR).getId()).orElseThrow().comment());

        assertEquals(0, new BigDecimal("25.00").compareTo(grading.grade(SUPERVISOR, chat,
                Map.of(greeted, 4, solved, 1), null)), "its own grade, edited");
        c = conversations.open(SUPERVISOR, chat).orElseThrow();
        assertEquals(2, c.row().grades(), "still one grade each");
        assertEquals(0, new BigDecimal("62.50").compareTo(c.average()), "(25 + 100) / 2: " + c.average());
    }

    @Test
    @Order(5)
    void aGradeOffTheScaleOrMissingAnAnswerIsRefusedAndChangesNothing() {
        FormRefused refused = assertThrows(FormRefused.class,
                () -> grading.grade(SUPERVISOR, chat, Map.of(greeted, 9), null));
        assertEquals(List.of("question-" + greeted, "question-" + solved),
                refused.problems().stream().map(p -> p.field()).toList());
        assertEquals("recordings.grade.error.answer", refused.problems().get(0).key());
        assertEquals(0, new BigDecimal("62.50").compareTo(conversations.open(SUPERVISOR, chat).orElseThrow().average()));
    }

    @Test
    @Order(6)
    void thePdfHoldsEveryMessageInOrderWithNamesTimesTheRatingAndTheGradesAccentsIntact() throws Exception {
        String cookie = ConsoleSession.signIn(base, SUPERVISOR, PASSWORD);
        HttpResponse<byte[]> response = ConsoleSession.get(base,
                "recordings/pdf/" + chat + "?lang=pt&zone=America/Sao_Paulo", cookie);
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Conversa " + chat), text);
            assertTrue(text.contains("Avaliação do cliente: 4 / 5"), text);
            assertTrue(text.contains("Média dos supervisores: 62,5"), text);
            // 08:00 UTC is 05:00 in São Paulo.
            int welcome = text.indexOf("05:00:01 Webchat Bem-vindo à loja");
            int hello = text.indexOf("05:00:50 João Ñandú Olá, ação e coração: <b>não</b> é HTML. 你好, 안녕");
            int photo = text.indexOf("05:01:00 Agent conv 0 Aqui está a foto");
            int sheetLine = text.indexOf("Arquivo: fatura.xlsx");
            int whisper = text.indexOf("Supervisor conv-sup (sussurro ao agente) ofereça o frete");
            assertTrue(welcome >= 0 && welcome < hello && hello < photo && photo < sheetLine && sheetLine < whisper,
                    text);
            assertTrue(text.contains("Beatriz Second") && text.contains("100 de 100")
                    && text.contains("25 de 100") && text.contains("Muito útil, obrigado"), text);
            assertTrue(text.contains("¿Resolvió?: 5 (1–5)"), "the answers on their scales: " + text);
        }
        HttpResponse<byte[]> file = ConsoleSession.get(base, "recordings/files/" + picture, cookie);
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** The bots' conversation (issue 15, point 5), in a campaign of the supervisor's group. */
    private static final long BOT_SHOP = 215_411;
    static long botChat;

    @Test
    @Order(8)
    void aConversationWithABotThatHandedOffToAnAgentAndASurveyAnswered() throws Exception {
        tx.begin();
        Campaign shop = TestCampaigns.create(em, BOT_SHOP, "Recorded bot shop", true);
        shop.setSecurityGroup(user(SUPERVISOR).getSecurityGroup());
        botChat = BotConversation.seed(em, shop, user("conv-0"), "bs-conv-assistant", "Vera", T0).getId();
        tx.commit();
    }

    @Test
    @Order(9)
    void theBotsLinesReadUnderItsNameItsNoteIsMarkedAndWhatItKeptFollows() {
        Conversation c = conversations.open(SUPERVISOR, botChat).orElseThrow();
        assertEquals(List.of("BOT:Asistente Demo", "CUSTOMER:Vera", "BOT:Asistente Demo", "AGENT:Agent conv 0"),
                c.lines().stream().map(l -> l.kind() + ":" + l.name()).toList(), "the name the customer read");
        assertEquals(BotConversation.QUESTION, c.lines().get(0).text());
        assertTrue(!c.lines().get(0).isBotNote() && c.lines().get(2).isBotNote() && !c.lines().get(2).isWhisper(),
                "the hand-off's summary is the bot's note for the agent, no whisper");
        assertEquals(List.of("topic=billing", "mail=vera@example.com"),
                c.collected().stream().map(v -> v.name() + "=" + v.value()).toList());
        assertEquals(List.of("score=5"), c.surveyAnswers().stream().map(v -> v.name() + "=" + v.value()).toList());
    }

    @Test
    @Order(10)
    void thePdfPrintsTheBotsLinesItsNoteWhatItCollectedAndTheSurveysAnswers() throws Exception {
        String cookie = ConsoleSession.signIn(base, SUPERVISOR, PASSWORD);
        HttpResponse<byte[]> response = ConsoleSession.get(base, "recordings/pdf/" + botChat + "?lang=en&zone=UTC",
                cookie);
        assertEquals(200, response.statusCode());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int asked = text.indexOf("08:00:01 Asistente Demo " + BotConversation.QUESTION);
            int answer = text.indexOf("08:00:05 Vera Billing, <b>please</b>");
            int note = text.indexOf("08:00:06 Asistente Demo (note for the agent) " + BotConversation.NOTE);
            int agent = text.indexOf("08:00:25 Agent conv 0 Hello, I see it is about billing");
            int collected = text.indexOf("Collected by the bot • " + String.join(" • ", BotConversation.COLLECTED));
            int survey = text.indexOf("Survey answers • " + BotConversation.SURVEY);
            assertTrue(asked >= 0 && asked < answer && answer < note && note < agent && agent < collected
                    && collected < survey, text);
        }
    }

    @Test
    @Order(7)
    void anotherGroupsSupervisorGetsNotFoundForThePdfAndTheFiles() throws Exception {
        String cookie = ConsoleSession.signIn(base, OTHER, PASSWORD);
        assertEquals(404, ConsoleSession.get(base, "recordings/pdf/" + chat + "?lang=en", cookie).statusCode());
        assertEquals(404, ConsoleSession.get(base, "recordings/files/" + picture, cookie).statusCode());
        assertEquals(404, ConsoleSession.get(base, "recordings/files/" + sheet, cookie).statusCode());
        String agent = ConsoleSession.signIn(base, "conv-0", PASSWORD);
        assertEquals(403, ConsoleSession.get(base, "recordings/pdf/" + chat, agent).statusCode(), "not a supervisor's area");
    }
}
