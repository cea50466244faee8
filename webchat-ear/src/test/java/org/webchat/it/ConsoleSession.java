package org.webchat.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Signs in through the real login form over HTTP and hands back the session cookie (for socket tests). */
public final class ConsoleSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private ConsoleSession() {
    }

    /** The {@code Cookie} header value of a session signed in as {@code login}. */
    public static String signIn(URL base, String login, String password) throws Exception {
        return cookies(base, login, password, "JSESSIONID");
    }

    /**
     * The {@code Cookie} header value of a session signed in as {@code login} with the sign-in it keeps beyond the
     * session (issue 16), as a browser sends both.
     */
    public static String signInKept(URL base, String login, String password) throws Exception {
        return cookies(base, login, password, "JSESSIONID", KEPT);
    }

    /** Of a {@code Cookie} header value, only the kept sign-in: what a browser still has after a server restart. */
    public static String keptOnly(String cookie) {
        return java.util.Arrays.stream(cookie.split(";\\s*")).filter(c -> c.startsWith(KEPT + "="))
                .findFirst().orElseThrow(() -> new IllegalStateException("No kept sign-in in " + cookie));
    }

    /** The kept sign-in's cookie (ConsoleSecurity). */
    public static final String KEPT = "webchat-signin";

    private static String cookies(URL base, String login, String password, String... names) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> home = submitLogin(http, URI.create(base + "login.xhtml"), login, password);
        // Each role lands on its own page (issue 11, point 21): every console page has the sign-out button.
        if (!home.body().contains("id=\"shell:signOut\"")) {
            throw new IllegalStateException("Signing in as " + login + " failed: HTTP " + home.statusCode() + " at "
                    + home.uri() + ", " + home.body().substring(0, Math.min(300, home.body().length())));
        }
        List<String> wanted = List.of(names);
        List<HttpCookie> found = cookies.getCookieStore().getCookies().stream()
                .filter(c -> wanted.contains(c.getName())).toList();
        if (found.size() != wanted.size()) {
            throw new IllegalStateException("Signing in as " + login + " set " + cookies.getCookieStore().getCookies()
                    + ", not " + wanted);
        }
        return found.stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    /** GETs {@code path} of the application at {@code base} in the signed-in session {@code cookie}. */
    public static HttpResponse<byte[]> get(URL base, String path, String cookie) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Opens the login page and submits its form as {@code login} with {@code http}, which must keep cookies;
     * hands back the answer to the form (after the redirects, when {@code http} follows them).
     */
    public static HttpResponse<String> submitLogin(HttpClient http, URI page, String login, String password) throws Exception {
        String form = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!viewState.find()) {
            throw new IllegalStateException("The login page has no view state");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", login);
        fields.put("login:password", password);
        fields.put("login:returnTo", "");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
