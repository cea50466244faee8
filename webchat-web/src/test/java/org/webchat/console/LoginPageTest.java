package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After signing in, the console returns to the page first asked for, and never leaves the application. */
class LoginPageTest {

    private static String destinationFor(String returnTo, String contextPath) {
        LoginPage page = new LoginPage();
        page.setReturnTo(returnTo);
        return page.destination(contextPath);
    }

    @Test
    void returnsToThePageAskedFor() {
        assertEquals("/supervisor/index.xhtml", destinationFor("/supervisor/index.xhtml", ""));
        assertEquals("/webchat/agent/index.xhtml?id=4", destinationFor("/webchat/agent/index.xhtml?id=4", "/webchat"));
    }

    @Test
    void goesHomeWhenNothingWasAskedFor() {
        assertEquals("/index.xhtml", destinationFor(null, ""));
        assertEquals("/index.xhtml", destinationFor("/login.xhtml", ""));
    }

    @Test
    void neverRedirectsOutsideTheApplication() {
        assertEquals("/index.xhtml", destinationFor("//evil.example/x", ""));
        assertEquals("/index.xhtml", destinationFor("https://evil.example/x", ""));
        assertEquals("/index.xhtml", destinationFor("/\\evil.example", ""));
        assertEquals("/webchat/index.xhtml", destinationFor("/other-app/page", "/webchat"));
    }
}
