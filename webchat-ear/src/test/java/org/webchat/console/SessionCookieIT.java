package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.webchat.it.ConsoleSession;
import org.webchat.it.SocketClient;

/**
 * The consoles' session cookie as the browser receives it when signing in (issue 11, point 2): HttpOnly and
 * SameSite=Lax, so another site's pages cannot read it nor have it sent with their form posts, frames or
 * sockets; Secure when the server is reached over HTTPS, and not over plain HTTP, where a Secure cookie would
 * never come back and nobody could sign in. The attributes come from wildfly-config's webchat.cli. The sign-in is also
 * kept beyond the session, for a server restart (issue 16), in a cookie alike that ends with the sign-out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionCookieIT {

    /** WildFly's HTTPS listener (its self-signed certificate), moved by the tests' port offset like the rest. */
    private static final int HTTPS_PORT = 8443 + Integer.getInteger("it.port.offset", 100);

    @ArquillianResource
    URL base;

    @Test
    void signingInOverHttpSetsAnHttpOnlySameSiteSessionCookie() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String cookie = signInAndReadSessionCookie(http, URI.create(base + "login.xhtml"));
        assertTrue(attributes(cookie).contains("httponly"), cookie);
        assertTrue(attributes(cookie).contains("samesite=lax"), cookie);
        assertFalse(attributes(cookie).contains("secure"), "over plain HTTP a Secure cookie would never come back: " + cookie);
    }

    @Test
    void signingInOverHttpsAlsoMarksTheSessionCookieSecure() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustTheTestServer()}, null);
        HttpClient https = HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager()).build();
        String cookie = signInAndReadSessionCookie(https, URI.create("https://localhost:" + HTTPS_PORT + "/login.xhtml"));
        assertTrue(attributes(cookie).containsAll(List.of("secure", "httponly", "samesite=lax")), cookie);
    }

    @Test
    void overHttpsTheKeptSignInsCookieIsSecureToo_issue16() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustTheTestServer()}, null);
        HttpClient https = HttpClient.newBuilder().sslContext(tls).cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = ConsoleSession.submitLogin(https,
                URI.create("https://localhost:" + HTTPS_PORT + "/login.xhtml"), "admin", "admin");
        String kept = setCookie(signedIn, ConsoleSession.KEPT);
        assertTrue(attributes(kept).containsAll(List.of("secure", "httponly", "samesite=lax")), kept);
    }

    @Test
    void theSignInIsAlsoKeptInAnHttpOnlySameSiteCookieThatLastsWhileTheBrowserIsOpen_issue16() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = ConsoleSession.submitLogin(http, URI.create(base + "login.xhtml"), "admin", "admin");
        String kept = setCookie(signedIn, ConsoleSession.KEPT);
        assertTrue(attributes(kept).containsAll(List.of("httponly", "samesite=lax")), kept);
        assertTrue(attributes(kept).stream().noneMatch(a -> a.startsWith("max-age") || a.startsWith("expires")),
                "it ends when the browser closes, like the session's: " + kept);
        assertFalse(attributes(kept).contains("secure"), "over plain HTTP a Secure cookie would never come back: " + kept);
    }

    @Test
    void afterARestartTheKeptSignInAloneOpensTheConsolesAndTheWorkspacesSocket_issue16() throws Exception {
        // A restart loses every HTTP session: the browser still has the kept sign-in.
        String kept = ConsoleSession.keptOnly(ConsoleSession.signInKept(base, "agent1", "agent1"));
        String workspace = new String(ConsoleSession.get(base, "agent/index.xhtml", kept).body(), StandardCharsets.UTF_8);
        assertTrue(workspace.contains("id=\"workspace\""), "the workspace, not the login page");
        try (SocketClient socket = SocketClient.agent(base, kept)) {
            socket.await("hello");
        }
    }

    @Test
    void signingOutEndsTheKeptSignInToo_issue16() throws Exception {
        String cookies = ConsoleSession.signInKept(base, "admin", "admin");
        HttpResponse<String> signedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "sign-out"))
                .header("Cookie", cookies).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), "to the login page");
        String forgotten = setCookie(signedOut, ConsoleSession.KEPT);
        assertTrue(forgotten.startsWith(ConsoleSession.KEPT + "=;") && (attributes(forgotten).contains("max-age=0")
                || attributes(forgotten).stream().anyMatch(a -> a.startsWith("expires=") && a.contains("1970"))),
                "the browser forgets it: " + forgotten);
        for (String cookie : List.of(cookies, ConsoleSession.keptOnly(cookies))) {
            String page = new String(ConsoleSession.get(base, "admin/index.xhtml", cookie).body(), StandardCharsets.UTF_8);
            assertFalse(page.contains("id=\"campaigns\""), "signed out, even with the kept sign-in's token: " + cookie);
            assertTrue(page.contains("login:username"), "the login page");
        }
    }

    /** The one Set-Cookie header of the response for the cookie {@code name}. */
    private static String setCookie(HttpResponse<?> response, String name) {
        List<String> found = response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).toList();
        assertEquals(1, found.size(), name + " set once: " + response.headers().map());
        return found.get(0);
    }

    /** Signs in as the demo administrator; the new session's cookie, as its Set-Cookie header reads. */
    private static String signInAndReadSessionCookie(HttpClient http, URI loginPage) throws Exception {
        HttpResponse<String> signedIn = ConsoleSession.submitLogin(http, loginPage, "admin", "admin");
        assertEquals(302, signedIn.statusCode(), "a successful sign-in redirects to the consoles");
        String sessionCookie = setCookie(signedIn, "JSESSIONID"); // signing in sets a new session id
        // The cookie just set opens the administration: the attributes did not break the session.
        HttpResponse<String> administration = http.send(HttpRequest.newBuilder(loginPage.resolve("/admin/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, administration.statusCode());
        assertTrue(administration.body().contains("id=\"campaigns\""), "the administration's campaign list");
        return sessionCookie;
    }

    /** The attributes after the cookie's value, in lower case without spaces ("httponly", "samesite=lax"). */
    private static List<String> attributes(String setCookie) {
        List<String> parts = List.of(setCookie.split(";"));
        return parts.subList(1, parts.size()).stream().map(part -> part.strip().toLowerCase(Locale.ROOT).replace(" ", "")).toList();
    }

    /** Accepts the test server's self-signed certificate, for the test's own connections only. */
    private static final class TrustTheTestServer extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }
}
