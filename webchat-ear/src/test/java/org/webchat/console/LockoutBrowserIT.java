package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import org.openqa.selenium.By;
import org.webchat.agent.Role;
import org.webchat.agent.UserAccountService;
import org.webchat.it.Browser;

/**
 * Repeated wrong passwords lock an account, and the login page says so, also for the right password
 * afterwards. The account is one of this test's own, so no demo user stays locked.
 * The server runs with webchat.login.max-failures=3 (arquillian.xml). No method here may name a Selenium
 * type in its signature: the class is loaded in the server too, which has no Selenium.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LockoutBrowserIT {

    private static final String LOGIN = "lockout-browser";
    private static final String PASSWORD = "the-right-one";

    @Inject
    UserAccountService accounts;

    @Resource
    UserTransaction tx;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void anAgentAccountExists() throws Exception {
        tx.begin();
        accounts.create(LOGIN, "Lockout Test", PASSWORD, EnumSet.of(Role.AGENT), null);
        tx.commit();
        assertTrue(accounts.authenticate(LOGIN, PASSWORD).isAuthenticated());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theThirdWrongPasswordLocksTheAccountAndThePageSaysUntilWhen() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml");
            for (int attempt = 1; attempt <= 2; attempt++) {
                browser.signIn(LOGIN, "wrong-" + attempt);
                assertEquals("Wrong login or password.", browser.errorMessage());
            }
            browser.signIn(LOGIN, "wrong-3");
            assertTrue(browser.errorMessage().startsWith("This account is locked after too many failed attempts. Try again after "),
                    browser.errorMessage());
            browser.signIn(LOGIN, PASSWORD);
            assertTrue(browser.errorMessage().startsWith("This account is locked"), "the right password does not open a locked account");
            assertTrue(browser.isPresent(By.id("login:username")));
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theLockMessageIsInTheUsersLanguage() {
        try (Browser browser = Browser.open(base, "es")) {
            browser.go("login.xhtml").signIn(LOGIN, PASSWORD);
            assertTrue(browser.errorMessage().startsWith("Esta cuenta está bloqueada"), browser.errorMessage());
        }
    }
}
