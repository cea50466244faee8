package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
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
import org.webchat.it.SocketClient;
import org.webchat.it.TestCampaigns;

/**
 * The widget's server side without a browser (issue 4): the allowed domains on every door (the launcher's
 * cross-origin read, the iframe page's frame-ancestors, the socket), and uploads checked before they are stored.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetApiIT {

    private static final long STORE = 200_301;
    private static final long CLOSED_TODAY = 200_302;
    private static final String ALLOWED = "https://store.example.com";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignAllowedOnOneSite() throws Exception {
        tx.begin();
        Campaign store = TestCampaigns.create(em, STORE, "Store", true);
        store.setColor("#aa3300");
        store.addAllowedDomain(ALLOWED);
        // Open only on the day after tomorrow (in any time zone, not today): closed now, opening within four days.
        Campaign closed = TestCampaigns.create(em, CLOSED_TODAY, "Closed today", false);
        closed.setDefaultLanguage(Language.EN);
        closed.setOfflineMessageEnabled(true);
        closed.setMessage(MessageKind.OUT_OF_HOURS, Language.EN, "Closed today.");
        closed.addScheduleEntry(EnumSet.of(LocalDate.now(ZoneOffset.UTC).getDayOfWeek().plus(2)), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        tx.commit();
    }

    private HttpResponse<String> get(String path, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    @Order(2)
    @RunAsClient
    void onlyTheAllowedSiteReadsTheLauncher() throws Exception {
        HttpResponse<String> allowed = get("/widget/api/campaigns/" + STORE + "/launcher", ALLOWED);
        assertEquals(200, allowed.statusCode());
        assertEquals(ALLOWED, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("#aa3300", json(allowed).getString("color"));
        assertEquals("Abrir el chat", json(allowed).getJsonObject("texts").getJsonObject("es").getString("open"));

        HttpResponse<String> stranger = get("/widget/api/campaigns/" + STORE + "/launcher", "https://evil.example.net");
        assertEquals(403, stranger.statusCode());
        assertEquals("domain-not-allowed", json(stranger).getString("code"));
        assertEquals(404, get("/widget/api/campaigns/987654/launcher", ALLOWED).statusCode());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theWidgetReadsWhetherAChatCanStartBeforeItsForm() throws Exception {
        // Issue 11, point 15 (WID-03, WID-04): the state, the offline form and the next opening up front.
        JsonObject open = json(get("/widget/api/campaigns/" + STORE + "/availability", null));
        assertEquals("open", open.getString("state"));
        HttpResponse<String> closed = get("/widget/api/campaigns/" + CLOSED_TODAY + "/availability", ALLOWED);
        assertEquals(200, closed.statusCode());
        assertTrue(closed.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "only the widget's own page reads it");
        assertEquals("out-of-hours", json(closed).getString("state"));
        assertTrue(json(closed).getBoolean("offlineMessage"), "MSG-05");
        assertEquals("Closed today.", json(closed).getJsonObject("texts").getString("pt"), "MSG-02, in the default language for pt");
        Instant next = Instant.parse(json(closed).getString("nextOpening"));
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(Duration.ofDays(4))), next.toString());
        assertEquals(404, get("/widget/api/campaigns/987654/availability", null).statusCode());

        String page = get("/widget/chat?campaign=" + CLOSED_TODAY, null).body();
        assertTrue(page.contains("\"availability\":{\"state\":\"out-of-hours\""), "known with the page: " + page);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theWidgetPageMayBeFramedOnlyByTheAllowedSite() throws Exception {
        HttpResponse<String> page = get("/widget/chat?campaign=" + STORE + "&host=" + ALLOWED + "&name=%3C%2Fscript%3E", null);
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("frame-ancestors 'self' " + ALLOWED), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(page.body().contains("\\u003c/script>") && !page.body().contains("\"</script>"),
                "a pre-filled value cannot close the settings' script element");
        assertEquals(403, get("/widget/chat?campaign=" + STORE + "&host=https://evil.example.net", null).statusCode());
        assertEquals(404, get("/widget/chat?campaign=987654", null).statusCode());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theSocketRefusesAPageOfAnotherSite() throws Exception {
        String hello = "{\"type\":\"hello\",\"v\":1,\"campaign\":" + STORE + ",\"name\":\"Eve\"}";
        try (SocketClient stranger = SocketClient.customerFrom(base, "https://evil.example.net")) {
            stranger.send(hello);
            assertEquals("domain-not-allowed", stranger.await("refused").getString("reason"));
        }
        try (SocketClient claimed = SocketClient.customer(base)) {
            claimed.send(hello.replace("}", ",\"host\":\"https://evil.example.net\"}"));
            assertEquals("domain-not-allowed", claimed.await("refused").getString("reason"));
        }
        // Issue 11, point 4: a sandboxed iframe (Origin: null) on a page of a site not allowed, claiming to be the
        // product's own page, is foreign.
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        try (SocketClient sandboxed = SocketClient.customerFrom(base, "null")) {
            sandboxed.send(hello.replace("}", ",\"host\":\"" + own + "\"}"));
            assertEquals("domain-not-allowed", sandboxed.await("refused").getString("reason"));
        }
        try (SocketClient allowed = SocketClient.customerFrom(base, ALLOWED)) {
            allowed.send(hello);
            assertEquals("QUEUED", allowed.await("welcome").getString("state"));
            allowed.send("{\"type\":\"end\"}");
        }
    }

    private HttpResponse<String> upload(String token, String clientId, String name, String type, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/widget/api/attachments"))
                .header("X-Webchat-Kind", "file").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("X-Webchat-Token", token).header("X-Webchat-Client-Id", clientId)
                    .header("X-Webchat-File-Name", java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(5)
    @RunAsClient
    void uploadsAreCheckedStoredOnceAndDownloadedOnlyByTheirRandomKey() throws Exception {
        try (SocketClient customer = SocketClient.customer(base)) {
            customer.send("{\"type\":\"hello\",\"v\":1,\"campaign\":" + STORE + ",\"name\":\"Fay\"}");
            String token = customer.await("welcome").getString("token");
            byte[] notes = "a list of things".getBytes(StandardCharsets.UTF_8);

            assertEquals(400, upload(null, null, null, "text/plain", notes).statusCode());
            HttpResponse<String> badType = upload(token, "f-1", "page.html", "text/html", notes);
            assertEquals(415, badType.statusCode());
            assertEquals("bad-type", json(badType).getString("code"));
            HttpResponse<String> tooBig = upload(token, "f-1", "big.txt", "text/plain", new byte[10 * 1024 * 1024 + 1]);
            assertEquals(413, tooBig.statusCode());
            assertEquals(403, upload("nosuchtoken", "f-1", "notes.txt", "text/plain", notes).statusCode());

            HttpResponse<String> stored = upload(token, "f-1", "notes ñ.txt", "text/plain", notes);
            assertEquals(200, stored.statusCode(), stored.body());
            long seq = json(stored).getJsonNumber("seq").longValue();
            JsonObject relayed = customer.await(f -> "message".equals(f.getString("type", "")) && f.containsKey("attachment"),
                    "the file's message");
            assertEquals(seq, relayed.getJsonNumber("seq").longValue());
            assertEquals("notes ñ.txt", relayed.getJsonObject("attachment").getString("name"));
            assertEquals(seq, json(upload(token, "f-1", "notes ñ.txt", "text/plain", notes)).getJsonNumber("seq").longValue(),
                    "a retried upload is stored once");

            String url = json(stored).getJsonObject("attachment").getString("url");
            HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + url))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertArrayEquals(notes, download.body());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(null));
            String key = url.substring(url.lastIndexOf('/') + 1);
            String id = url.substring(0, url.lastIndexOf('/') + 1);
            assertEquals(404, get(id + "A".repeat(43), null).statusCode(), "an id without its key downloads nothing");
            // Issue 11, point 5: whoever knows the bytes cannot compute the key (it was their SHA-256).
            String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(notes));
            assertTrue(!key.equalsIgnoreCase(sha256) && key.length() == 43, "a random key of 256 bits: " + key);
            assertEquals(404, get(id + sha256, null).statusCode(), "the content's SHA-256 downloads nothing");

            // Issue 11, point 6: bidi and format characters reach no screen: "exe.txt" cannot read as "txt.exe".
            HttpResponse<String> spoofed = upload(token, "f-2", "invoice\u202Eexe.txt", "text/plain", notes);
            assertEquals(200, spoofed.statusCode(), spoofed.body());
            assertEquals("invoiceexe.txt", json(spoofed).getJsonObject("attachment").getString("name"));
            assertEquals("invoiceexe.txt", customer.await(f -> "message".equals(f.getString("type", ""))
                    && f.containsKey("attachment") && "f-2".equals(f.getString("clientId", "")), "the second file")
                    .getJsonObject("attachment").getString("name"));
            customer.send("{\"type\":\"end\"}");
        }
    }
}
