package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.webchat.it.Browser;

/**
 * The console shell in a real browser, as the demo users see it: the menu of each role, the refusal page,
 * the login's messages (said once: issue 11, point 21), the language switch and the favicon (issue 2; spec §9,
 * ADM-01).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    /** Menu entries (ids inside the shell form) by area. */
    private static final Map<String, String> MENU = Map.of(
            "administration", "shell:administration",
            "agent", "shell:agent",
            "supervision", "shell:supervision",
            "recordings", "shell:recordings");

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} sees the menu {2}")
    @CsvSource({
            "admin, admin, administration",
            "supervisor, supervisor, supervision recordings",
            "agent1, agent1, agent",
            "agent2, agent2, agent"})
    void eachDemoRoleSeesItsOwnMenu(String login, String password, String expectedAreas) {
        List<String> expected = List.of(expectedAreas.split(" "));
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn(login, password);
            browser.go("index.xhtml");
            assertTrue(browser.find(By.id("welcome")).getText().contains(login), "the home page greets " + login);
            for (Map.Entry<String, String> entry : MENU.entrySet()) {
                assertEquals(expected.contains(entry.getKey()), browser.isPresent(By.id(entry.getValue())),
                        login + " and the menu entry " + entry.getKey());
            }
            // The home page offers the same areas as cards, and each opens.
            assertEquals(expected.size(), browser.driver().findElements(By.cssSelector("a.wc-card")).size());
            browser.find(By.id(MENU.get(expected.get(0)))).click();
            assertFalse(browser.find(By.id("area-text")).getText().isBlank());
        }
    }

    @Test
    void anAgentOpeningTheAdministrationGetsTheRefusalPage() throws Exception {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn("agent1", "agent1");
            browser.go("admin/index.xhtml");
            assertEquals("Your role does not give you access to this page.", browser.text(By.id("error-text")));
            assertEquals("Access denied", browser.text(By.cssSelector("h1.wc-title")));
            assertFalse(browser.isPresent(By.id("campaigns")), "no administration content leaks into the refusal");

            // The same request outside the browser: a real 403, with the agent's own session.
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "admin/index.xhtml")).header("Cookie", "JSESSIONID=" + session).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode());
            assertTrue(response.body().contains("Your role does not give you access to this page."));
        }
    }

    @Test
    void anAnonymousRequestForAnyAreaGetsTheLoginInsteadOfTheArea() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String page : List.of("admin/index.xhtml", "agent/index.xhtml", "supervisor/index.xhtml", "recordings/index.xhtml", "index.xhtml")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.body().contains("id=\"login:username\""), page + " shows the login form");
            assertFalse(response.body().contains("id=\"area-text\""), page + " shows nothing of the area");
            assertFalse(response.body().contains("id=\"shell:menu\""), page + " shows no menu");
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), page + " cannot be framed");
        }
    }

    @Test
    void theEmptyLoginSaysWhatIsMissingOnce() {
        // Issue 11, point 21: the login's message showed twice, once for each empty field.
        try (Browser browser = Browser.open(base, "es")) {
            browser.go("login.xhtml").submit(By.id("login:submit"));
            assertEquals("Escriba su usuario y su contraseña.", browser.errorMessage());
            assertEquals(1, browser.driver().findElements(By.cssSelector(".ui-messages-error-summary")).size(),
                    "one message for the empty form");
            browser.find(By.id("login:password")).sendKeys("secret");
            browser.submit(By.id("login:submit"));
            assertEquals("Escriba su usuario y su contraseña.", browser.errorMessage());
            assertEquals(1, browser.driver().findElements(By.cssSelector(".ui-messages-error-summary")).size(),
                    "one message for an empty login");
            browser.find(By.id("login:username")).sendKeys("agent1");
            browser.submit(By.id("login:submit"));
            browser.errorMessage();
            assertEquals(1, browser.driver().findElements(By.cssSelector(".ui-messages-error-summary")).size(),
                    "one message for an empty password");
        }
    }

    @Test
    void theConsolesHaveAFavicon() throws Exception {
        // Issue 11, point 21: the consoles name their icon and it is served, as is /favicon.ico for those that ask.
        HttpClient http = HttpClient.newHttpClient();
        for (String page : List.of("login.xhtml", "index.xhtml")) {
            String html = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(html.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\""), page + ":\n" + html);
        }
        HttpResponse<String> svg = http.send(HttpRequest.newBuilder(URI.create(base + "favicon.svg")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(svg.body().startsWith("<svg "), svg.body());
        HttpResponse<byte[]> ico = http.send(HttpRequest.newBuilder(URI.create(base + "favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ico.statusCode());
        assertEquals(List.of(0, 0, 1, 0), List.of((int) ico.body()[0], (int) ico.body()[1], (int) ico.body()[2], (int) ico.body()[3]),
                "an icon file");
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn("agent1", "agent1");
            browser.find(By.id("shell:signOut"));
            assertEquals(base.toString().replaceAll("/$", "") + "/favicon.svg",
                    browser.driver().findElement(By.cssSelector("link[rel='icon']")).getDomProperty("href"));
        }
    }

    @Test
    void signingInStartsANewSession() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml");
            String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.signIn("admin", "admin");
            browser.find(By.id("shell:signOut"));
            String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(after), "the session id changes at sign-in (no session fixation)");
            assertTrue(browser.driver().manage().getCookieNamed("JSESSIONID").isHttpOnly());
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginAndBackToThePageItAskedFor() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("supervisor/index.xhtml");
            assertEquals("Sign in", browser.text(By.cssSelector("h1.wc-title")));
            browser.signIn("supervisor", "supervisor");
            assertTrue(browser.driver().getCurrentUrl().contains("supervisor/index.xhtml"), browser.driver().getCurrentUrl());
            assertEquals("Supervision", browser.text(By.cssSelector("h1.wc-title")));
        }
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn("agent2", "not-the-password");
            assertEquals("Wrong login or password.", browser.errorMessage());
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
            assertEquals("", browser.find(By.id("login:password")).getAttribute("value"), "the password is not echoed back");
        }
    }

    @Test
    void theLanguageSwitchChangesTheTexts() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml");
            assertEquals("Sign in", browser.text(By.cssSelector("h1.wc-title")));
            browser.switchLanguage("es");
            assertEquals("Iniciar sesión", browser.text(By.cssSelector("h1.wc-title")));
            assertEquals("Contraseña", browser.text(By.cssSelector("label[for='login:password']")).replace("*", "").trim());
            browser.signIn("admin", "admin");
            assertEquals("Administración", browser.text(By.id("shell:administration")).trim());
            browser.switchLanguage("pt");
            assertEquals("Administração", browser.text(By.id("shell:administration")).trim());
            assertEquals("Administração", browser.text(By.cssSelector("h1.wc-title")));
        }
    }

    @Test
    void theBrowserLanguageChoosesTheFirstPage() {
        try (Browser browser = Browser.open(base, "pt-BR")) {
            browser.go("login.xhtml");
            assertEquals("Entrar", browser.text(By.cssSelector("h1.wc-title")));
        }
    }

    @Test
    void signingOutEndsTheSession() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn("admin", "admin");
            browser.find(By.id("shell:signOut")).click();
            browser.find(By.id("login:username"));
            browser.go("admin/index.xhtml");
            assertEquals("Sign in", browser.text(By.cssSelector("h1.wc-title")), "after sign-out the console asks for a login again");
        }
    }
}
