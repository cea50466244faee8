package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * Issue 13, point 4 (REC-02) on the database: a search of 5,000 seeded conversations as CSV, streamed, one row each,
 * formulas neutralised; the same search exported as one PDF by the batch job, its progress pushed to the owner's page
 * socket and seen moving, the file (the summary, then each conversation) offered to its owner only; an export the
 * server stopped goes on from its checkpoint and prints each conversation once; an export cancelled stops and offers
 * nothing; and a search that finds nothing is refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingExportIT {

    static final int CONVERSATIONS = 5_000;
    private static final long CAMPAIGN = 213_110;
    private static final long ELSEWHERE = 213_111;
    private static final String PASSWORD = "exp-pw";
    private static final String SUPERVISOR = "exp-sup";
    private static final String OTHER = "exp-other";
    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    /** The conversations of minutes 1,000 to 1,399: 400, in 20 chunks. */
    private static final RecordingCriteria FOUR_HUNDRED = new RecordingCriteria(T0.plusSeconds(60L * 1000),
            T0.plusSeconds(60L * 1400), RecordingCriteria.UTC, null, java.util.Set.of(), java.util.Set.of(), false, null,
            null, null, null);
    /** The pages of {@link #FOUR_HUNDRED}'s export, never stopped. */
    private static int pagesOfFourHundred;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RecordingSearch search;

    @Inject
    RecordingExports exports;

    @Inject
    ExportRecovery recovery;

    @Inject
    ExportStore store;

    @ArquillianResource
    URL base;

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    @Order(1)
    void fiveThousandConversationsSomeWithPicturesAndRatings() throws Exception {
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, CAMPAIGN, "Export shop", "Export A", SUPERVISOR,
                PASSWORD);
        TestCampaigns.addAgents(em, campaign, "exp", 1, PASSWORD, campaign.getSecurityGroup());
        TestCampaigns.supervisedCampaign(em, ELSEWHERE, "Export elsewhere", "Export B", OTHER, PASSWORD);
        tx.commit();
        byte[] picture = png();
        for (int first = 0; first < CONVERSATIONS; first += 500) {
            tx.begin();
            Campaign shop = em.find(Campaign.class, CAMPAIGN);
            User agent = em.createQuery("select u from User u where u.login = 'exp-0'", User.class).getSingleResult();
            for (int n = first; n < first + 500; n++) {
                // The very first customer writes a formula where a name goes (REC-02: neutralised in the CSV).
                String name = n == 0 ? "=HYPERLINK(\"http://evil.example\",\"x\")" : "Cliente Nº " + n;
                Instant at = T0.plusSeconds(60L * n);
                Interaction chat = Interaction.queued(shop, new Customer(name, "c" + n + "@export.example", null, null),
                        Language.ES, null, at);
                chat.assign(agent, at.plusSeconds(10));
                em.persist(chat);
                em.persist(chat.post(SenderKind.CUSTOMER, null, "c-" + n, "Hola, ¿qué tal? nº " + n, null,
                        at.plusSeconds(12)));
                Attachment file = null;
                if (n % 500 == 0) {
                    file = new Attachment(chat, AttachmentKind.FILE, "foto-" + n + ".png", "image/png", picture,
                            at.plusSeconds(15));
                    em.persist(file);
                }
                em.persist(chat.post(SenderKind.AGENT, agent, null, "Muy bien, gracias", file, at.plusSeconds(15)));
                chat.end(EndReason.CUSTOMER, at.plusSeconds(40));
                if (n % 7 == 0) {
                    em.persist(new CustomerFeedback(chat, 1 + n % 5, "ok", at.plusSeconds(41)));
                }
            }
            tx.commit();
            em.clear();
        }
    }

    @Test
    @Order(2)
    void theCsvHasOneRowPerConversationNewestFirstWithFormulasNeutralised() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(CONVERSATIONS, RecordingCsv.write(search, SUPERVISOR, RecordingCriteria.all(RecordingCriteria.UTC),
                Locale.ENGLISH, out));
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(CONVERSATIONS + 1, rows.size(), "a header and a row per conversation");
        assertEquals("Customer", rows.get(0).get(3));
        assertEquals("Cliente Nº " + (CONVERSATIONS - 1), rows.get(1).get(3), "newest first");
        CSVRecord first = rows.get(CONVERSATIONS);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", first.get(3), "a formula is made plain text");
        assertEquals("0:10", first.get(9), "the wait");
        assertEquals("0:30", first.get(10), "the duration");
        assertEquals("By the customer", first.get(11));
        assertEquals("1", first.get(12), "the rating");
        StringWriter none = new StringWriter();
        assertEquals(0, RecordingCsv.write(search, OTHER, RecordingCriteria.all(RecordingCriteria.UTC), Locale.ENGLISH,
                none), "another group's supervisor exports none of them");
    }

    private String own() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @Test
    @Order(3)
    void theWholeSearchExportsAsOnePdfWithItsProgressPushedToItsOwner() throws Exception {
        String cookie = ConsoleSession.signIn(base, SUPERVISOR, PASSWORD);
        long id;
        TreeSet<Long> seen = new TreeSet<>();
        try (SocketClient page = SocketClient.exportsFrom(base, cookie, own())) {
            page.await("hello");
            id = exports.start(SUPERVISOR, RecordingCriteria.all(RecordingCriteria.UTC), Locale.forLanguageTag("es"));
            JsonObject frame = null;
            do {
                // Once every conversation is written, the assembly pushes nothing until it completes: on a busy
                // machine it takes longer than the 15 s between two steps of the writing.
                boolean assembling = frame != null && frame.getJsonNumber("done").longValue() == CONVERSATIONS;
                frame = page.await(f -> "export".equals(f.getString("type", "")), "export progress",
                        assembling ? 180 : 15);
                assertEquals(id, frame.getJsonNumber("id").longValue());
                assertEquals(CONVERSATIONS, frame.getJsonNumber("total").longValue());
                seen.add(frame.getJsonNumber("done").longValue());
            } while (!"COMPLETED".equals(frame.getString("state")) && !"FAILED".equals(frame.getString("state")));
            assertEquals("COMPLETED", frame.getString("state"), frame.toString());
            assertTrue(frame.getString("text").startsWith("5.000 de 5.000"), frame.getString("text"));
        }
        assertTrue(seen.subSet(1L, (long) CONVERSATIONS).size() >= 10, "the progress moved in steps: " + seen);

        HttpResponse<byte[]> file = ConsoleSession.get(base, "recordings/exports/" + id, cookie);
        assertEquals(200, file.statusCode());
        Path pdf = Files.createTempFile("export", ".pdf");
        Files.write(pdf, file.body());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > CONVERSATIONS, "a summary, then a page or more per conversation");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String summary = text.getText(document).replaceAll("\\s+", " ");
            assertTrue(summary.contains("Grabaciones") && summary.contains("Todas las conversaciones")
                    && summary.contains("5.000 conversaciones"), summary);
            text.setStartPage(document.getNumberOfPages());
            text.setEndPage(document.getNumberOfPages());
            String last = text.getText(document).replaceAll("\\s+", " ");
            assertTrue(last.contains("=HYPERLINK") && last.contains("Hola, ¿qué tal? nº 0"),
                    "the oldest conversation comes last, accents intact: " + last);
        } finally {
            Files.delete(pdf);
        }
        String other = ConsoleSession.signIn(base, OTHER, PASSWORD);
        assertEquals(404, ConsoleSession.get(base, "recordings/exports/" + id, other).statusCode(), "offered to its owner only");
        assertTrue(exports.mine(OTHER).isEmpty());
        assertEquals(RecordingExport.State.COMPLETED, exports.mine(SUPERVISOR).get(0).getState());
    }

    private RecordingExport awaitExport(long id, java.util.function.Predicate<RecordingExport> until) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (true) {
            RecordingExport export = exports.mine(SUPERVISOR).stream().filter(e -> e.getId() == id).findFirst()
                    .orElseThrow();
            if (until.test(export)) {
                return export;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("export " + id + " stays " + export.getState() + " at " + export.getDone());
            }
            Thread.sleep(50);
        }
    }

    private static int pages(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    @Order(4)
    void anExportTheServerStoppedGoesOnFromItsCheckpointAndPrintsEachConversationOnce() throws Exception {
        long whole = exports.start(SUPERVISOR, FOUR_HUNDRED, Locale.ENGLISH);
        awaitExport(whole, e -> e.getState().isOver());
        pagesOfFourHundred = pages(exports.finished(SUPERVISOR, whole).orElseThrow());

        long id = stoppedHalfWay();
        recovery.resume();
        RecordingExport done = awaitExport(id, e -> e.getState().isOver());
        assertEquals(RecordingExport.State.COMPLETED, done.getState(), String.valueOf(done.getError()));
        assertEquals(pagesOfFourHundred, pages(exports.finished(SUPERVISOR, id).orElseThrow()),
                "every conversation printed once: as many pages as the export that was never stopped");
    }

    /** An export of {@link #FOUR_HUNDRED} whose job was stopped after its first chunks, as a shutdown stops it. */
    private long stoppedHalfWay() throws Exception {
        long id = exports.start(SUPERVISOR, FOUR_HUNDRED, Locale.ENGLISH);
        RecordingExport running = awaitExport(id, e -> e.getDone() >= 40);
        var jobs = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        jobs.stop(running.getJobExecutionId());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (jobs.getJobExecution(running.getJobExecutionId()).getBatchStatus()
                != jakarta.batch.runtime.BatchStatus.STOPPED) {
            assertTrue(System.nanoTime() < deadline, "the job stops");
            Thread.sleep(50);
        }
        RecordingExport stopped = awaitExport(id, e -> true);
        assertEquals(RecordingExport.State.RUNNING, stopped.getState(), "not cancelled: it is to go on");
        assertTrue(stopped.getDone() > 0 && stopped.getDone() < 400, "stopped half-way: " + stopped.getDone());
        return id;
    }

    @Test
    @Order(5)
    void anExportCancelledStopsAndOffersNothing() throws Exception {
        long id = exports.start(SUPERVISOR, RecordingCriteria.all(RecordingCriteria.UTC), Locale.ENGLISH);
        assertTrue(exports.cancel(SUPERVISOR, id));
        assertEquals(RecordingExport.State.STOPPED, exports.mine(SUPERVISOR).get(0).getState());
        assertTrue(exports.finished(SUPERVISOR, id).isEmpty());
        assertTrue(!exports.cancel(OTHER, id), "nobody else cancels it");
    }

    @Test
    @Order(6)
    void aSearchThatFindsNothingIsNotExported() {
        FormRefused refused = assertThrows(FormRefused.class,
                () -> exports.start(OTHER, RecordingCriteria.all(RecordingCriteria.UTC), Locale.ENGLISH));
        assertEquals("recordings.export.error.empty", refused.problems().get(0).key());
    }

    @Test
    @Order(7)
    void aJobThatEndedBeforeItsStartWasRecordedStaysCompleted() throws Exception {
        // REC-02: one short conversation on a busy server can be printed before the page records its job's start.
        User owner = em.createQuery("select u from User u where u.login = :login", User.class)
                .setParameter("login", SUPERVISOR).getSingleResult();
        long id = store.create(owner, RecordingCriteria.all(RecordingCriteria.UTC), Locale.ENGLISH, 1).getId();
        store.completed(id, 1234);
        store.started(id, 42);
        RecordingExport export = store.find(id).orElseThrow();
        assertEquals(RecordingExport.State.COMPLETED, export.getState(), "the page's late start undoes nothing");
        assertEquals(1234, export.getSizeBytes());
    }

    @Test
    @Order(8)
    void anExportOfANodeThatDiedIsTakenOverAndStartsAgainFromTheBeginning() throws Exception {
        // Issue 17: the dead node's parts are on its own disk (no shared exports' directory here), so the node that
        // takes the export over prints it all again rather than join a file with conversations missing.
        long id = stoppedHalfWay();
        ownedBy(id, "exp-gone/1");
        recovery.resume();
        RecordingExport done = awaitExport(id, e -> e.getState().isOver());
        assertEquals(RecordingExport.State.COMPLETED, done.getState(), String.valueOf(done.getError()));
        assertEquals(org.webchat.node.NodeLease.THIS, done.getNode(), "taken over by this node");
        assertEquals(pagesOfFourHundred, pages(exports.finished(SUPERVISOR, id).orElseThrow()),
                "every conversation printed once");
    }

    @Test
    @Order(9)
    void anExportOfANodeThatLivesIsLeftToIt() throws Exception {
        tx.begin();
        em.createNativeQuery("INSERT INTO cluster_node (node, renewed_at) VALUES ('exp-alive/1', ?1)")
                .setParameter(1, java.time.OffsetDateTime.now()).executeUpdate();
        tx.commit();
        long id = stoppedHalfWay();
        ownedBy(id, "exp-alive/1");
        try {
            recovery.resume();
            RecordingExport left = awaitExport(id, e -> true);
            assertEquals("exp-alive/1", left.getNode(), "its node renews its lease: the export is its own");
            assertEquals(RecordingExport.State.RUNNING, left.getState());
        } finally {
            exports.cancel(SUPERVISOR, id);
        }
    }

    /** Export {@code id} as node {@code node} would have left it. */
    private void ownedBy(long id, String node) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE recording_export SET node = ?1 WHERE id = ?2").setParameter(1, node)
                .setParameter(2, id).executeUpdate();
        tx.commit();
    }
}
