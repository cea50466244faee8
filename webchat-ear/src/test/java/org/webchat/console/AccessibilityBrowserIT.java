package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;

/**
 * Every console page passes axe-core with no critical and no serious violation (issue 11, point 21; spec §9, ADM-01):
 * the login with and without its message, the home page, each administration page with its form open, supervision,
 * recordings, the bots page with its flow editor, and the refusal and not-found pages. The workspace with a chat and
 * the widget in each of its states are checked by {@link org.webchat.agent.WorkspaceBrowserIT}, on a campaign and an
 * agent of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    @ArquillianResource
    URL base;

    /** What axe found critical or serious on each page checked so far by a test: all of it is reported at once. */
    private final List<String> found = new ArrayList<>();

    private void check(Browser browser, String page) {
        found.add(Accessibility.seriousViolations(browser.driver(), page));
    }

    private void assertNoneFound() {
        assertEquals("", String.join("", found));
    }

    @Test
    void theLoginPageAndItsMessage() {
        try (Browser browser = Browser.open(base, "es")) {
            browser.go("login.xhtml").find(By.id("login:username"));
            check(browser, "login");
            browser.submit(By.id("login:submit"));
            browser.find(By.cssSelector(".ui-messages-error"));
            check(browser, "login with its message");
            assertNoneFound();
        }
    }

    @ParameterizedTest(name = "{2} as {0}")
    @CsvSource({
            "admin, admin, index.xhtml",
            "admin, admin, admin/index.xhtml",
            "admin, admin, admin/members.xhtml",
            "supervisor, supervisor, supervisor/index.xhtml",
            "supervisor, supervisor, recordings/index.xhtml",
            "agent1, agent1, agent/index.xhtml",
            "agent1, agent1, admin/index.xhtml",
            "agent1, agent1, no-such-page.xhtml"})
    void aPageAsItOpens(String login, String password, String page) {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn(login, password);
            browser.go(page).find(By.cssSelector("h1.wc-title"));
            check(browser, page + " as " + login);
            assertNoneFound();
        }
    }

    @Test
    void theCampaignFormInEachOfItsTabs() {
        try (Browser browser = Browser.open(base, "es")) {
            browser.go("login.xhtml").signIn("admin", "admin");
            browser.go("admin/index.xhtml");
            click(browser, By.id("new-campaign"));
            browser.find(By.id("campaign:tabs"));
            check(browser, "campaign form, basic tab");
            for (String tab : new String[] {"messages", "advanced", "widget"}) {
                click(browser, By.cssSelector("a[href='#campaign:tabs:" + tab + "']"));
                browser.find(By.id("campaign:tabs:" + tab));
                check(browser, "campaign form, " + tab + " tab");
            }
            click(browser, By.id("campaign:save")); // a new campaign without a name is refused
            click(browser, By.cssSelector("a[href='#campaign:tabs:basic']"));
            browser.find(By.id("campaign:tabs:name-error"));
            check(browser, "campaign form after a refused save");
            click(browser, By.cssSelector("#campaigns a.wc-open-campaign"));
            browser.find(By.id("campaign:generate-code"));
            check(browser, "a saved campaign");
            click(browser, By.id("campaign:generate-code"));
            browser.find(By.id("snippet"));
            check(browser, "a saved campaign's embed code");
            assertNoneFound();
        }
    }

    @Test
    void theUsersPageWithItsForm() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn("admin", "admin");
            browser.go("admin/users.xhtml");
            click(browser, By.id("new-user"));
            browser.find(By.id("user:name"));
            check(browser, "users with the form open");
            assertNoneFound();
        }
    }

    @Test
    void theSettingsPageWithEachForm() {
        try (Browser browser = Browser.open(base, "pt")) {
            browser.go("login.xhtml").signIn("admin", "admin");
            browser.go("admin/settings.xhtml");
            // An administrator edits only its own group (issue 11, point 11): it opens from the list.
            click(browser, By.cssSelector("[id='settings:group-list'] a.wc-open"));
            browser.find(By.id("settings:group:name"));
            check(browser, "settings, security group form");
            click(browser, By.cssSelector("a[href='#settings:breaks']"));
            click(browser, By.id("settings:break-list:new"));
            browser.find(By.id("settings:break:name"));
            check(browser, "settings, break type form");
            click(browser, By.cssSelector("a[href='#settings:models']"));
            click(browser, By.id("settings:model-list:new"));
            browser.find(By.id("settings:model:name"));
            check(browser, "settings, quality model form");
            click(browser, By.cssSelector("a[href='#settings:retention']"));
            browser.find(By.id("settings:period:days"));
            check(browser, "settings, retention");
            assertNoneFound();
        }
    }

    @Test
    void theBotsPageWithAStepOfEachTypeARefusedSaveAndAnExternalBot() {
        // Issue 15 (BOT-01): the flow editor, as an administrator builds with it; nothing is stored.
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn("admin", "admin");
            browser.go("admin/bots.xhtml");
            click(browser, By.id("bot-list:new"));
            browser.find(By.id("bot:name"));
            for (String type : new String[] {"say", "ask", "branch", "request", "transfer", "end"}) {
                click(browser, By.id("bot:add-" + type));
            }
            click(browser, By.id("bot:steps:1:add-option"));
            browser.find(By.id("bot:steps:1:options:0:value"));
            check(browser, "bots, a flow with a step of each type");
            click(browser, By.id("bot:save")); // no name, empty texts, no variables: refused
            browser.find(By.id("bot:name-error"));
            check(browser, "bots, a refused flow");
            // The select's panel slides open: pick again until the form shows the external bot's fields.
            Browser.within(browser.driver(), 20).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                if (!d.findElements(By.id("bot:endpointUrl")).isEmpty()) {
                    return true;
                }
                By option = By.cssSelector("[id='bot:kind_panel'] [data-label='External bot']");
                if (d.findElements(option).isEmpty() || !d.findElement(option).isDisplayed()) {
                    d.findElement(By.id("bot:kind")).click();
                } else {
                    d.findElement(option).click();
                }
                return false;
            });
            settled(Browser.within(browser.driver(), 20));
            check(browser, "bots, an external bot");
            assertNoneFound();
        }
    }

    @Test
    void theSupervisionTrailPage() {
        try (Browser browser = Browser.open(base, "es")) {
            browser.go("login.xhtml").signIn("admin", "admin");
            browser.go("admin/supervision.xhtml");
            browser.find(By.id("trail"));
            check(browser, "the supervision trail (issue 12, point 5)");
            assertNoneFound();
        }
    }

    /** Clicks once the page's Ajax requests are done, and waits for the one the click starts. */
    private static void click(Browser browser, By by) {
        WebDriverWait wait = Browser.within(browser.driver(), 20);
        settled(wait);
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            browser.find(by).click();
            return true;
        });
        settled(wait);
    }

    private static void settled(WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
