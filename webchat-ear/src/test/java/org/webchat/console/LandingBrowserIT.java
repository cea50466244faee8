package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.UserAccountService;
import org.webchat.it.Browser;

/**
 * After signing in each role lands on its work (issue 11, point 21; spec §9): an agent on the workspace, a
 * supervisor on supervision, an administrator on the administration, a user with several roles on the first of
 * administration, supervision and workspace; a page asked for before signing in wins.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LandingBrowserIT {

    @Inject
    UserAccountService accounts;

    @Resource
    UserTransaction tx;

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void usersWithSeveralRoles() throws Exception {
        tx.begin();
        SecurityGroup group = new SecurityGroup("Landing", null);
        em.persist(group);
        accounts.create("landing-all", "Every role", "landing-pw", EnumSet.allOf(Role.class), group);
        accounts.create("landing-desk", "Supervisor and agent", "landing-pw", EnumSet.of(Role.SUPERVISOR, Role.AGENT), group);
        tx.commit();
    }

    @ParameterizedTest(name = "{0} lands on {2}")
    @Order(2)
    @RunAsClient
    @CsvSource({
            "admin, admin, admin/index.xhtml, Administration",
            "supervisor, supervisor, supervisor/index.xhtml, Supervision",
            "agent1, agent1, agent/index.xhtml, Agent workspace",
            "landing-all, landing-pw, admin/index.xhtml, Administration",
            "landing-desk, landing-pw, supervisor/index.xhtml, Supervision"})
    void eachRoleLandsOnItsWork(String login, String password, String page, String title) {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn(login, password);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/" + page), browser.driver().getCurrentUrl());
            assertEquals(title, browser.text(By.cssSelector("h1.wc-title")));
            assertEquals("page", browser.find(By.cssSelector("nav.wc-menu a[aria-current]")).getDomAttribute("aria-current"),
                    "the menu says where the user is");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void aPageAskedForBeforeSigningInWins() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("recordings/index.xhtml").signIn("landing-desk", "landing-pw");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/recordings/index.xhtml"), browser.driver().getCurrentUrl());
            browser.find(By.id("shell:signOut")).click();
            browser.find(By.id("login:username"));
            browser.go("index.xhtml").signIn("agent1", "agent1");
            assertTrue(browser.text(By.id("welcome")).contains("agent1"), "the home page, as asked for");
        }
    }
}
