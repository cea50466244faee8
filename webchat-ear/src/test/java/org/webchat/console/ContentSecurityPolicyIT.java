package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, point 7: the console pages carry a Content-Security-Policy beyond frame-ancestors, as defence in depth:
 * scripts only from the server and the page's own nonce, no plugins, no foreign base. The browser tests of every
 * console prove that PrimeFaces and the workspace work under it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Test
    void theLoginPageAllowsOnlyItsOwnAndNoncedScripts() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        String all = String.join("; ", policies);
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(all);
        assertTrue(nonce.find(), "scripts of the server and the page's nonce only: " + policies);
        for (String directive : List.of("object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")) {
            assertTrue(all.contains(directive), directive + " in " + policies);
        }
        assertTrue(!all.contains("unsafe-inline") || !all.replaceAll("style-src[^;]*", "").contains("unsafe-inline"),
                "no inline script is allowed: " + policies);
        Matcher scripts = Pattern.compile("<script(?![^>]*type=\"application/json\")([^>]*)>").matcher(login.body());
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "every script carries the nonce: "
                    + scripts.group());
        }
        assertTrue(!login.body().contains(" onclick=\""), "no inline event handler is left on the page");
    }
}
