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

/**
 * The consoles' session cookie as the browser receives it when signing in (issue 11, point 2): HttpOnly and
 * SameSite=Lax, so another site's pages cannot read it nor have it sent with their form posts, frames or
 * sockets; Secure when the server is reached over HTTPS, and not over plain HTTP, where a Secure cookie would
 * never come back and nobody could sign in. The attributes come from wildfly-config's webchat.cli.
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

    /** Signs in as the demo administrator; the new session's cookie, as its Set-Cookie header reads. */
    private static String signInAndReadSessionCookie(HttpClient http, URI loginPage) throws Exception {
        HttpResponse<String> signedIn = ConsoleSession.submitLogin(http, loginPage, "admin", "admin");
        assertEquals(302, signedIn.statusCode(), "a successful sign-in redirects to the consoles");
        List<String> sessionCookies = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).toList();
        assertEquals(1, sessionCookies.size(), "signing in sets a new session id: " + signedIn.headers().map());
        // The cookie just set opens the administration: the attributes did not break the session.
        HttpResponse<String> administration = http.send(HttpRequest.newBuilder(loginPage.resolve("/admin/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, administration.statusCode());
        assertTrue(administration.body().contains("id=\"campaigns\""), "the administration's campaign list");
        return sessionCookies.get(0);
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
