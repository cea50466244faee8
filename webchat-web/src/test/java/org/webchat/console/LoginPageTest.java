package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;

/**
 * After signing in, the console returns to the page first asked for, and never leaves the application; with no
 * page asked for, each role lands on its work (issue 11, point 21).
 */
class LoginPageTest {

    private static String destinationFor(String returnTo, String contextPath) {
        return destinationFor(returnTo, contextPath, Set.of());
    }

    private static String destinationFor(String returnTo, String contextPath, Set<Role> roles) {
        LoginPage page = new LoginPage();
        page.setReturnTo(returnTo);
        return page.destination(contextPath, roles);
    }

    @Test
    void returnsToThePageAskedFor() {
        assertEquals("/supervisor/index.xhtml", destinationFor("/supervisor/index.xhtml", ""));
        assertEquals("/webchat/agent/index.xhtml?id=4", destinationFor("/webchat/agent/index.xhtml?id=4", "/webchat"));
        assertEquals("/index.xhtml", destinationFor("/index.xhtml", "", EnumSet.of(Role.AGENT)), "home when asked for");
    }

    @Test
    void eachRoleLandsOnItsWorkWhenNothingWasAskedFor() {
        assertEquals("/agent/index.xhtml", destinationFor(null, "", EnumSet.of(Role.AGENT)));
        assertEquals("/supervisor/index.xhtml", destinationFor(null, "", EnumSet.of(Role.SUPERVISOR)));
        assertEquals("/admin/index.xhtml", destinationFor(null, "", EnumSet.of(Role.ADMIN)));
        assertEquals("/webchat/admin/index.xhtml", destinationFor("/webchat/login.xhtml", "/webchat", EnumSet.allOf(Role.class)));
        assertEquals("/supervisor/index.xhtml", destinationFor(null, "", EnumSet.of(Role.AGENT, Role.SUPERVISOR)));
    }

    @Test
    void goesHomeWithoutARoleOfAnArea() {
        assertEquals("/index.xhtml", destinationFor(null, ""));
        assertEquals("/index.xhtml", destinationFor("/login.xhtml", ""));
    }

    @Test
    void neverRedirectsOutsideTheApplication() {
        assertEquals("/agent/index.xhtml", destinationFor("//evil.example/x", "", EnumSet.of(Role.AGENT)));
        assertEquals("/index.xhtml", destinationFor("https://evil.example/x", ""));
        assertEquals("/index.xhtml", destinationFor("/\\evil.example", ""));
        assertEquals("/webchat/index.xhtml", destinationFor("/other-app/page", "/webchat"));
    }
}
