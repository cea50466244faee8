package org.webchat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.campaign.Campaign;
import org.webchat.interaction.Attachment;
import org.webchat.interaction.AttachmentKind;
import org.webchat.interaction.Interaction;
import org.webchat.it.ConsoleSession;
import org.webchat.it.Deployments;
import org.webchat.it.TestCampaigns;
import org.webchat.it.TestPasswords;
import org.webchat.recording.RecordingCriteria;
import org.webchat.recording.RecordingExport;
import org.webchat.recording.RecordingExports;
import org.webchat.recording.RecordingRow;
import org.webchat.recording.RecordingSearch;
import org.webchat.recording.RecordingSort;

/**
 * Recordings at size (issue 13), on PostgreSQL: {@value #CONVERSATIONS} conversations of one campaign (two messages
 * each, a rating on every seventh), the newest {@value #EXPORTED} with a photo on every tenth. It measures the search
 * (count and first page of 25, the way the page asks) for each kind of criterion, the page itself over HTTP, and the
 * export of the newest {@value #EXPORTED} as one PDF by the batch job: its time and the server's peak heap.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingsBenchmark {

    static final int CONVERSATIONS = 100_000;
    static final int EXPORTED = 10_000;
    private static final long CAMPAIGN = 213_500;
    private static final String SUPERVISOR = "bench-rec";
    private static final String PASSWORD = "bench-rec-pw";
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int RUNS = 7;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RecordingsBenchmark.class, BenchDatabase.class, ConsoleSession.class,
                TestCampaigns.class, TestPasswords.class);
    }

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RecordingSearch search;

    @Inject
    RecordingExports exports;

    @ArquillianResource
    URL base;

    private static void say(String line) {
        System.out.println("[recordings-benchmark] " + line);
    }

    @Test
    @Order(1)
    void aHundredThousandConversationsTheNewestTenThousandWithPhotos() throws Exception {
        if (!BenchDatabase.is("postgresql")) {
            return;
        }
        long started = System.nanoTime();
        tx.begin();
        Campaign campaign = TestCampaigns.supervisedCampaign(em, CAMPAIGN, "Bench shop", "Bench recordings",
                SUPERVISOR, PASSWORD);
        TestCampaigns.addAgents(em, campaign, "bench-rec-agent", 1, PASSWORD, campaign.getSecurityGroup());
        em.flush();
        long agent = em.createQuery("select u.id from User u where u.login = 'bench-rec-agent-0'", Long.class)
                .getSingleResult();
        em.createNativeQuery("INSERT INTO interaction (campaign_id, state, customer_name, customer_email, language,"
                + " agent_id, end_reason, created_at, queued_at, assigned_at, first_assigned_at, ended_at,"
                + " session_token, last_seq)"
                + " SELECT ?1, 'ENDED', 'Customer ' || g, 'c' || g || '@bench.example', 'ES', ?2, 'CUSTOMER',"
                + " t, t, t + interval '10 seconds', t + interval '10 seconds', t + interval '300 seconds',"
                + " md5('bench' || g), 2"
                + " FROM generate_series(1, ?4) g, LATERAL (SELECT CAST(?3 AS timestamptz) + g * interval '1 minute' t) s")
                .setParameter(1, CAMPAIGN).setParameter(2, agent).setParameter(3, T0.toString())
                .setParameter(4, CONVERSATIONS).executeUpdate();
        em.createNativeQuery("INSERT INTO chat_message (interaction_id, seq, sender_kind, text, created_at)"
                + " SELECT id, 1, 'CUSTOMER', 'Hola, ¿dónde está mi pedido ' || id || '?', created_at + interval '12 seconds'"
                + " FROM interaction WHERE campaign_id = ?1").setParameter(1, CAMPAIGN).executeUpdate();
        em.createNativeQuery("INSERT INTO chat_message (interaction_id, seq, sender_kind, sender_user_id, text,"
                + " created_at) SELECT id, 2, 'AGENT', ?2, 'Ya salió: llega mañana. Gracias por escribirnos.',"
                + " created_at + interval '20 seconds' FROM interaction WHERE campaign_id = ?1")
                .setParameter(1, CAMPAIGN).setParameter(2, agent).executeUpdate();
        em.createNativeQuery("INSERT INTO customer_feedback (interaction_id, rating, comment, created_at)"
                + " SELECT id, 1 + id % 5, 'Servicio ' || id, ended_at FROM interaction"
                + " WHERE campaign_id = ?1 AND id % 7 = 0").setParameter(1, CAMPAIGN).executeUpdate();
        tx.commit();

        byte[] photo = photo();
        List<Long> newest = em.createQuery("select i.id from Interaction i where i.campaign.id = :c order by i.id desc",
                Long.class).setParameter("c", CAMPAIGN).setMaxResults(EXPORTED).getResultList();
        for (int first = 0; first < newest.size(); first += 1000) {
            tx.begin();
            for (Long id : newest.subList(first, Math.min(newest.size(), first + 1000))) {
                if (id % 10 != 0) {
                    continue;
                }
                Interaction chat = em.find(Interaction.class, id);
                Attachment file = new Attachment(chat, AttachmentKind.FILE, "photo-" + id + ".jpg", "image/jpeg", photo,
                        chat.getCreatedAt().plusSeconds(30));
                em.persist(file);
                em.flush();
                em.createNativeQuery("INSERT INTO chat_message (interaction_id, seq, sender_kind, attachment_id,"
                        + " created_at) VALUES (?1, 3, 'CUSTOMER', ?2, CAST(?3 AS timestamptz))").setParameter(1, id)
                        .setParameter(2, file.getId())
                        .setParameter(3, chat.getCreatedAt().plusSeconds(30).toString())
                        .executeUpdate();
            }
            tx.commit();
            em.clear();
        }
        tx.begin();
        em.createNativeQuery("ANALYZE").executeUpdate();
        tx.commit();
        say(String.format("seeded %,d conversations (%,d with a %,d-byte photo) in %.0f s", CONVERSATIONS,
                EXPORTED / 10, photo.length, (System.nanoTime() - started) / 1e9));
    }

    /** A 1600x1200 photo-like JPEG: noise does not compress, like a phone's picture. */
    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 255 / 1600) << 16 | (y * 255 / 1200) << 8 | random.nextInt(64));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private record Timing(String what, double medianMs, double maxMs, long found) {
    }

    private Timing time(String what, RecordingCriteria criteria, RecordingSort.Order order) {
        List<Double> ms = new ArrayList<>();
        long found = 0;
        for (int run = 0; run < RUNS; run++) {
            long t = System.nanoTime();
            found = search.count(SUPERVISOR, criteria);
            List<RecordingRow> page = search.page(SUPERVISOR, criteria, order, 0, 25);
            ms.add((System.nanoTime() - t) / 1e6);
            if (page.size() > 25) {
                throw new IllegalStateException();
            }
        }
        Collections.sort(ms);
        return new Timing(what, ms.get(RUNS / 2), ms.get(RUNS - 1), found);
    }

    @Test
    @Order(2)
    void theSearchOnAHundredThousandConversations() throws Exception {
        if (!BenchDatabase.is("postgresql")) {
            return;
        }
        java.time.ZoneId utc = RecordingCriteria.UTC;
        Instant day = T0.plus(Duration.ofDays(40));
        List<Timing> timings = List.of(
                time("everything, newest first", RecordingCriteria.all(utc), RecordingSort.NEWEST),
                time("one day", new RecordingCriteria(day, day.plus(Duration.ofDays(1)), utc, null, Set.of(), Set.of(),
                        false, null, null, null, null), RecordingSort.NEWEST),
                time("a part of the e-mail", new RecordingCriteria(null, null, utc, "c4242", Set.of(), Set.of(),
                        false, null, null, null, null), RecordingSort.NEWEST),
                time("a part of the name", new RecordingCriteria(null, null, utc, null, Set.of(), Set.of(), false,
                        null, "customer 777", null, null), RecordingSort.NEWEST),
                time("the campaign", new RecordingCriteria(null, null, utc, null, Set.of(CAMPAIGN), Set.of(), false,
                        null, null, null, null), RecordingSort.NEWEST),
                time("rating 5", new RecordingCriteria(null, null, utc, null, Set.of(), Set.of(), false, null, null, 5,
                        null), RecordingSort.NEWEST),
                time("not graded", new RecordingCriteria(null, null, utc, null, Set.of(), Set.of(), false, null, null,
                        null, false), RecordingSort.NEWEST),
                time("everything, by customer", RecordingCriteria.all(utc), RecordingSort.Order.of("customer", true)),
                time("everything, by rating", RecordingCriteria.all(utc), RecordingSort.Order.of("rating", false)));
        for (Timing t : timings) {
            say(String.format("search %-26s count + first 25: median %7.1f ms, max %7.1f ms (%,d found)", t.what(),
                    t.medianMs(), t.maxMs(), t.found()));
        }
        assertEquals(CONVERSATIONS, timings.get(0).found());

        String cookie = ConsoleSession.signIn(base, SUPERVISOR, PASSWORD);
        HttpClient http = HttpClient.newHttpClient();
        List<Double> ms = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long t = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "recordings/index.xhtml"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            ms.add((System.nanoTime() - t) / 1e6);
            assertEquals(200, page.statusCode());
        }
        Collections.sort(ms);
        say(String.format("the Recordings page (first 25 of %,d) over HTTP: median %.0f ms, max %.0f ms",
                CONVERSATIONS, ms.get(RUNS / 2), ms.get(RUNS - 1)));
    }

    @Test
    @Order(3)
    void theExportOfTenThousandConversationsWithPhotos() throws Exception {
        if (!BenchDatabase.is("postgresql")) {
            return;
        }
        // The newest EXPORTED: created from minute CONVERSATIONS - EXPORTED + 1 on.
        Instant from = T0.plus(Duration.ofMinutes(CONVERSATIONS - EXPORTED + 1));
        RecordingCriteria newest = new RecordingCriteria(from, null, RecordingCriteria.UTC, null, Set.of(), Set.of(),
                false, null, null, null, null);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        long started = System.nanoTime();
        long id = exports.start(SUPERVISOR, newest, Locale.forLanguageTag("es"));
        RecordingExport export;
        do {
            Thread.sleep(100);
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            export = exports.mine(SUPERVISOR).stream().filter(e -> e.getId() == id).findFirst().orElseThrow();
        } while (!export.getState().isOver());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(RecordingExport.State.COMPLETED, export.getState(), String.valueOf(export.getError()));
        assertEquals(EXPORTED, export.getTotal());
        say(String.format("export of %,d conversations (%,d photos) as one PDF: %.1f s (%.0f conversations/s),"
                        + " %.1f MB; heap used before %d MB, peak %d MB (max heap %d MB)", EXPORTED, EXPORTED / 10,
                seconds, EXPORTED / seconds, export.getSizeBytes() / 1e6, baseline >> 20, peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20));
    }
}
