package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
import org.webchat.agent.UserAccountService;
import org.webchat.it.ConsoleSession;
import org.webchat.it.TestCampaigns;

/**
 * ADM-10 over HTTP: an administrator downloads the WordPress plugin of a campaign of its security group, pre-set to
 * the server and the campaign; PHP finds the plugin valid ({@code php -l}) and, run with WordPress's functions
 * stubbed, loading the chat as the embed code does. An administrator of another group, an agent and a visitor get
 * no zip. Needs PHP's command line ({@code php}): without it the test fails and says so.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressPluginIT {

    private static final long SHOP = 200_601;
    private static final String PASSWORD = "wordpress-pw";
    /** A name that tries to end the plugin's header comment and its PHP strings. */
    private static final String NAME = "Tienda */ O'Brien \\ \"Ñandú\" ?>\n<b>x</b>";
    private static final String SLUG = "tienda-o-brien-nandu-b-x-b";

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    UserAccountService accounts;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aCampaignOfAGroupItsAdministratorAndAgentAndAnAdministratorOfAnotherGroup() throws Exception {
        tx.begin();
        SecurityGroup north = new SecurityGroup("WordPress north", null);
        SecurityGroup south = new SecurityGroup("WordPress south", null);
        em.persist(north);
        em.persist(south);
        TestCampaigns.create(em, SHOP, NAME, true).setSecurityGroup(north);
        accounts.create("wp-admin", "WordPress admin", PASSWORD, EnumSet.of(Role.ADMIN), north);
        accounts.create("wp-agent", "WordPress agent", PASSWORD, EnumSet.of(Role.AGENT), north);
        accounts.create("wp-south", "South admin", PASSWORD, EnumSet.of(Role.ADMIN), south);
        tx.commit();
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String plugin(long campaign) {
        return "admin/api/campaigns/" + campaign + "/wordpress-plugin.zip";
    }

    private static void assertNoZip(HttpResponse<byte[]> response) {
        assertFalse(response.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertFalse(response.headers().firstValue("Content-Disposition").isPresent());
        byte[] body = response.body();
        assertFalse(body.length >= 2 && body[0] == 'P' && body[1] == 'K', "no zip in the body");
    }

    /** Runs PHP's command line; fails, saying what to install, when there is none. */
    private static String php(Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("php"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("PHP's command line (php) is needed to check the WordPress plugin: "
                    + "install Debian's php-cli (apt-get install php-cli)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "php " + arguments[arguments.length - 1] + " took too long");
        assertEquals(0, process.exitValue(), "php " + String.join(" ", arguments) + ":\n" + output);
        return output;
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "an entry inside the zip's folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                }
            }
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAdministratorOfTheCampaignsGroupGetsAPluginThatPhpFindsValid() throws Exception {
        HttpResponse<byte[]> response = get(plugin(SHOP), ConsoleSession.signIn(base, "wp-admin", PASSWORD));
        assertEquals(200, response.statusCode());
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"webchat-" + SLUG + ".zip\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());

        Path dir = Files.createTempDirectory("wordpress-plugin");
        unzip(response.body(), dir);
        Path folder = dir.resolve("webchat-" + SLUG);
        Path main = folder.resolve("webchat-" + SLUG + ".php");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(folder), files.toList(), "one folder");
        }
        assertTrue(Files.isRegularFile(folder.resolve("readme.txt")));
        String source = Files.readString(main);
        assertTrue(source.contains("\n * Plugin Name:       Webchat – Tienda * / O'Brien \\ \"Ñandú\" ? > <b>x</b>\n"), source);
        assertTrue(source.contains("\nconst DEFAULT_CAMPAIGN = " + SHOP + ";\n"));
        assertTrue(source.contains("\nconst DEFAULT_SERVER   = '" + origin() + "';\n"), "the server as the browser addressed it");

        for (Path file : List.of(main, folder.resolve("uninstall.php"))) {
            assertTrue(php(folder, "-l", file.getFileName().toString()).contains("No syntax errors detected"));
        }

        Path stubs = dir.resolve("wordpress-stubs.php");
        try (InputStream in = WordPressPluginIT.class.getResourceAsStream("wordpress-stubs.php")) {
            Files.write(stubs, in.readAllBytes());
        }
        JsonObject run = Json.createReader(new StringReader(php(folder, stubs.toString(), main.getFileName().toString())))
                .readObject();
        assertEquals("manage_options", run.getJsonArray("pages").getJsonObject(0).getString("capability"), "under Settings");
        JsonObject loader = run.getJsonObject("scripts").getJsonObject("webchat-" + SHOP + "-loader");
        assertEquals(origin() + "/widget/loader.js", loader.getString("src"));
        assertEquals("async", loader.getJsonObject("args").getString("strategy"));
        JsonObject inline = run.getJsonArray("inline").getJsonObject(0);
        assertEquals("before", inline.getString("position"));
        String code = inline.getString("code");
        String queue = code.substring("(function(w){".length(), code.indexOf("})(window);\nWebchat('init',"));
        String init = code.substring(code.indexOf("Webchat('init',") + "Webchat('init',".length(), code.length() - ");".length());
        JsonObject settings = Json.createReader(new StringReader(init)).readObject();
        assertEquals(origin(), settings.getString("server"));
        assertEquals(SHOP, settings.getJsonNumber("campaign").longValue());

        String example = new String(get("widget/example?campaign=" + SHOP, null).body(), StandardCharsets.UTF_8);
        assertTrue(example.contains("(function(w,d,u){" + queue + "\n"), "the embed code's own queue:\n" + example);
        assertTrue(example.contains("Webchat('init',{server:'" + origin() + "',campaign:" + SHOP + "})"),
                "the embed code's init names the same server and campaign:\n" + example);

        JsonObject sanitized = run.getJsonObject("sanitized");
        assertEquals("https://chat.example.org:8443", sanitized.getJsonObject("server").getString("https://Chat.Example.org:8443/"));
        assertEquals(origin(), sanitized.getJsonObject("server").getString("javascript:alert(1)"), "refused, the saved one stays");
        assertEquals(origin(), sanitized.getJsonObject("server").getString("https://chat.example.org/path"));
        assertEquals(77, sanitized.getJsonObject("campaign").getInt("77"));
        assertEquals(SHOP, sanitized.getJsonObject("campaign").getJsonNumber("abc").longValue());
        // Issue 11, point 22: -3 is refused with a settings error (absint made it 3), as are 0 and 3.5.
        for (String refused : List.of("-3", "0", "3.5")) {
            assertEquals(SHOP, sanitized.getJsonObject("campaign").getJsonNumber(refused).longValue(), refused + " keeps the saved id");
        }
        assertEquals(12, sanitized.getJsonObject("campaign").getInt(" 12 "));
        assertEquals(List.of("webchat-server", "webchat-server", "webchat-campaign", "webchat-campaign", "webchat-campaign",
                "webchat-campaign"), run.getJsonArray("errors").getValuesAs(jakarta.json.JsonString::getString),
                "each refusal says so on the settings page");
        String tag = run.getJsonObject("tags").getString("webchat-" + SHOP + "-loader");
        assertTrue(tag.contains("<script src=\"" + origin() + "/widget/loader.js\" id=\"webchat-" + SHOP + "-loader-js\" async>"), tag);
        assertEquals(1, tag.split(" async", -1).length - 1, "async once: " + tag);

        // Issue 11, point 22 (ADM-10): before WordPress 6.3 the loader is async too, through the script_loader_tag
        // filter, and stays in the head; the inline script before it and other scripts are left alone.
        JsonObject old = Json.createReader(new StringReader(php(folder, stubs.toString(), main.getFileName().toString(), "6.1.9")))
                .readObject();
        assertEquals(jakarta.json.JsonValue.FALSE, old.getJsonObject("scripts").getJsonObject("webchat-" + SHOP + "-loader").get("args"),
                "no strategy array, which WordPress 6.1 took for 'in footer'");
        String oldTag = old.getJsonObject("tags").getString("webchat-" + SHOP + "-loader");
        assertTrue(oldTag.contains("<script async src='" + origin() + "/widget/loader.js' id='webchat-" + SHOP + "-loader-js'>"), oldTag);
        assertTrue(oldTag.contains("var trap = '<script src=x>';"), "the inline script is unchanged: " + oldTag);
        assertEquals("<script src='other.js' id='other-js'></script>\n", old.getJsonObject("tags").getString("other"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void anAdministratorOfAnotherGroupGetsNotFoundAsForACampaignThatDoesNotExist() throws Exception {
        String south = ConsoleSession.signIn(base, "wp-south", PASSWORD);
        HttpResponse<byte[]> other = get(plugin(SHOP), south);
        assertEquals(404, other.statusCode());
        assertNoZip(other);
        String admin = ConsoleSession.signIn(base, "wp-admin", PASSWORD);
        HttpResponse<byte[]> missing = get(plugin(999_999_999), admin);
        assertEquals(404, missing.statusCode());
        assertNoZip(missing);
        assertEquals(404, get("admin/api/campaigns/" + SHOP + "/plugin.zip", admin).statusCode());
    }

    @Test
    @Order(4)
    @RunAsClient
    void anAgentIsForbiddenAndAVisitorGetsTheLoginPage() throws Exception {
        HttpResponse<byte[]> agent = get(plugin(SHOP), ConsoleSession.signIn(base, "wp-agent", PASSWORD));
        assertEquals(403, agent.statusCode());
        assertNoZip(agent);
        HttpResponse<byte[]> visitor = get(plugin(SHOP), null);
        assertNoZip(visitor);
        assertTrue(new String(visitor.body(), StandardCharsets.UTF_8).contains("login:password"), "the login form");
    }
}
