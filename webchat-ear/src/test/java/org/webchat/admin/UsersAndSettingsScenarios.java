package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.webchat.admin.UsersAndSettingsBrowserIT.ADMIN;
import static org.webchat.admin.UsersAndSettingsBrowserIT.BREAK;
import static org.webchat.admin.UsersAndSettingsBrowserIT.FIRST_PASSWORD;
import static org.webchat.admin.UsersAndSettingsBrowserIT.GROUP;
import static org.webchat.admin.UsersAndSettingsBrowserIT.KEPT_LOGIN;
import static org.webchat.admin.UsersAndSettingsBrowserIT.KEPT_PASSWORD;
import static org.webchat.admin.UsersAndSettingsBrowserIT.MODEL;
import static org.webchat.admin.UsersAndSettingsBrowserIT.MODEL_DESCRIPTION;
import static org.webchat.admin.UsersAndSettingsBrowserIT.GROUP_DESCRIPTION;
import static org.webchat.admin.UsersAndSettingsBrowserIT.OTHER_ADMIN;
import static org.webchat.admin.UsersAndSettingsBrowserIT.OTHER_GROUP;
import static org.webchat.admin.UsersAndSettingsBrowserIT.PASSWORD;
import static org.webchat.admin.UsersAndSettingsBrowserIT.QUESTIONS;
import static org.webchat.admin.UsersAndSettingsBrowserIT.SECOND_PASSWORD;
import static org.webchat.admin.UsersAndSettingsBrowserIT.USER_EMAIL;
import static org.webchat.admin.UsersAndSettingsBrowserIT.USER_LOGIN;
import static org.webchat.admin.UsersAndSettingsBrowserIT.USER_NAME;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.webchat.it.Browser;

/** The browser side of {@link UsersAndSettingsBrowserIT}: administrators on the users and settings pages. */
final class UsersAndSettingsScenarios {

    private final URL base;

    UsersAndSettingsScenarios(URL base) {
        this.base = base;
    }

    // ---- the pages ---------------------------------------------------------------------------------

    private Browser administrator(String login, String language, String page, String ready) {
        Browser browser = Browser.open(base, language).signIn(login, PASSWORD);
        browser.go("admin/" + page);
        browser.find(By.id(ready));
        return browser;
    }

    private Browser usersPage(String login, String language) {
        return administrator(login, language, "users.xhtml", "new-user");
    }

    private Browser settingsPage() {
        return administrator(ADMIN, "en", "settings.xhtml", "settings:group-list:items");
    }

    /** Shows a tab of the settings page: groups, breaks or models. */
    private static void tab(Browser browser, String id) {
        browser.find(By.cssSelector("a[href='#settings:" + id + "']")).click();
        AdminForm.waiting(browser.driver()).until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:" + id)));
    }

    /** The names in a list, as the links that open them. */
    private static List<String> listed(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(e -> e.getText().trim()).toList();
    }

    /** Opens one of a list by its name and waits for its form. */
    private static void open(Browser browser, String selector, AdminForm form, String name) {
        AdminForm.waiting(browser.driver()).until(d -> {
            d.findElements(By.cssSelector(selector)).stream().filter(e -> name.equals(e.getText().trim())).findFirst()
                    .orElseThrow().click();
            return true;
        });
        AdminForm.waiting(browser.driver()).until(d -> name.equals(d.findElement(form.field("name")).getDomProperty("value")));
    }

    private static void click(Browser browser, String id) {
        // a confirmation fades in: a click that lands on its mask while it does is tried again
        new AdminForm(browser, "").click(By.id(id));
        AdminForm.settled(browser.driver());
    }

    /** Ticks or clears one option of a PrimeFaces checkbox list by its value. */
    private static void tick(Browser browser, String list, String value, boolean on) {
        if (ticked(browser, list, value) != on) {
            browser.find(By.xpath("//*[@id='" + list + "']//input[@value='" + value + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                    + "//div[contains(@class,'ui-chkbox-box')]")).click();
            AdminForm.waiting(browser.driver()).until(d -> ticked(browser, list, value) == on);
        }
    }

    private static boolean ticked(Browser browser, String list, String value) {
        return Boolean.parseBoolean(browser.driver().findElement(By.cssSelector("[id='" + list + "'] input[value='" + value + "']"))
                .getDomProperty("checked"));
    }

    /** Deletes what the form shows, saying yes to the question. */
    private static void remove(Browser browser, String form) {
        click(browser, form + ":remove");
        click(browser, form + ":confirm-yes");
    }

    // ---- settings ----------------------------------------------------------------------------------

    void createSettingsAndReopenThem() {
        try (Browser browser = settingsPage()) {
            // ADM-02: the administrator's own group only, described here; no group is created here.
            AdminForm group = new AdminForm(browser, "settings:group:");
            assertEquals(List.of(GROUP), listed(browser, "[id='settings:group-list'] a.wc-open"));
            assertFalse(browser.isPresent(By.id("settings:group-list:new")));
            open(browser, "[id='settings:group-list'] a.wc-open", group, GROUP);
            group.type("description", GROUP_DESCRIPTION);
            click(browser, "settings:group:save");
            group.noticeSays("The security group " + GROUP + " was saved.");

            tab(browser, "breaks");
            AdminForm breakType = new AdminForm(browser, "settings:break:");
            click(browser, "settings:break-list:new");
            breakType.type("name", BREAK);
            breakType.choose("icon", "Health");
            breakType.check("enabled", true);
            click(browser, "settings:break:save");
            breakType.noticeSays("The break type " + BREAK + " was saved.");

            tab(browser, "models");
            AdminForm model = new AdminForm(browser, "settings:model:");
            click(browser, "settings:model-list:new");
            model.type("name", MODEL);
            model.type("description", MODEL_DESCRIPTION);
            model.type("question-rows:0:text", QUESTIONS.get(0));
            model.type("question-rows:0:weight", "3");
            model.type("question-rows:0:min", "1");
            model.type("question-rows:0:max", "5");
            model.addRow("add-question", "question-rows", 2);
            model.type("question-rows:1:text", QUESTIONS.get(1));
            model.type("question-rows:1:weight", "1");
            model.type("question-rows:1:min", "0");
            model.type("question-rows:1:max", "10");
            click(browser, "settings:model:save");
            model.noticeSays("The quality model " + MODEL + " was saved.");

            // A fresh page lists each; reopened, every value is there.
            browser.go("admin/settings.xhtml");
            open(browser, "[id='settings:group-list'] a.wc-open", group, GROUP);
            assertEquals(GROUP_DESCRIPTION, group.value("description"));
            assertFalse(browser.isPresent(By.id("settings:group:remove")), "a group is not deleted here");

            tab(browser, "breaks");
            assertTrue(browser.isPresent(By.xpath("//*[@id='settings:break-list']//a[normalize-space()='" + BREAK + "']"
                    + "/preceding-sibling::i[contains(@class,'pi-heart')]")), "the icon beside the name");
            open(browser, "[id='settings:break-list'] a.wc-open", breakType, BREAK);
            assertEquals("pi pi-heart", breakType.chosen("icon"));
            assertTrue(breakType.checked("enabled"));

            tab(browser, "models");
            open(browser, "[id='settings:model-list'] a.wc-open", model, MODEL);
            assertEquals(MODEL_DESCRIPTION, model.value("description"));
            assertEquals(QUESTIONS.get(0), model.value("question-rows:0:text"));
            assertEquals("3", model.value("question-rows:0:weight"));
            assertEquals("5", model.value("question-rows:0:max"));
            assertEquals(QUESTIONS.get(1), model.value("question-rows:1:text"));
            assertEquals("0", model.value("question-rows:1:min"));
            assertEquals("10", model.value("question-rows:1:max"));
        }
    }

    void badSettingsAreRefused() {
        try (Browser browser = settingsPage()) {
            AdminForm group = new AdminForm(browser, "settings:group:");
            open(browser, "[id='settings:group-list'] a.wc-open", group, GROUP);
            group.type("name", OTHER_GROUP.toUpperCase(java.util.Locale.ROOT));
            click(browser, "settings:group:save");
            group.noticeSays("The security group was not saved: one field needs your attention.");
            assertEquals("Another one already has this name.", group.error("name"));

            tab(browser, "models");
            AdminForm model = new AdminForm(browser, "settings:model:");
            click(browser, "settings:model-list:new");
            model.type("name", "ua-Broken model");
            model.type("question-rows:0:text", "Was it quick?");
            model.type("question-rows:0:min", "5");
            model.type("question-rows:0:max", "5");
            model.addRow("add-question", "question-rows", 2);
            model.type("question-rows:1:text", "Was it clear?");
            model.type("question-rows:1:weight", "0");
            click(browser, "settings:model:save");
            model.noticeSays("The quality model was not saved: 2 fields need your attention.");
            assertEquals("The highest answer must be greater than the lowest.", model.rowError("question-rows", 0));
            assertEquals("Write a whole number from 1 to 100.", model.rowError("question-rows", 1));
            // Nothing typed is lost, and nothing was stored.
            assertEquals("ua-Broken model", model.value("name"));
            assertEquals("5", model.value("question-rows:0:min"));
            assertEquals("Was it clear?", model.value("question-rows:1:text"));
            assertFalse(listed(browser, "[id='settings:model-list'] a.wc-open").contains("ua-Broken model"));
        }
    }

    // ---- retention (issue 13, point 6) ---------------------------------------------------------------

    void retentionIsSetRunAndACustomerErased() {
        try (Browser browser = settingsPage()) {
            tab(browser, "retention");
            AdminForm period = new AdminForm(browser, "settings:period:");
            period.type("days", "-5");
            click(browser, "settings:period:save");
            period.noticeSays("The retention period was not saved: see the field.");
            assertEquals("Write a whole number from 0 to 36500.", period.error("days"));
            assertEquals("-5", period.value("days"), "nothing typed is lost");
            period.type("days", "30");
            click(browser, "settings:period:save");
            period.noticeSays("Conversations are now kept 30 days after they end.");
            click(browser, "settings:period:run");
            // Said as the button answers, or by the page once the job has told (on a busy server): issue 13.
            period.noticeSays("The retention job deleted one conversation.", 90);

            AdminForm erase = new AdminForm(browser, "settings:erase:");
            erase.type("email", "ua-busy@example.com");
            click(browser, "settings:erase:erase-now");
            click(browser, "confirm:confirm-yes");
            erase.noticeSays("Nothing was erased: see the field.");
            assertEquals("This customer has a conversation in progress. Nothing was erased: try again once it has ended.",
                    erase.error("email"));
            erase.type("email", UsersAndSettingsBrowserIT.ERASED_EMAIL);
            click(browser, "settings:erase:erase-now");
            click(browser, "confirm:confirm-yes");
            erase.noticeSays("One conversation of u***@example.com deleted.");
            AdminForm.waiting(browser.driver()).until(d -> listed(browser, "[id='settings:records:items'] tbody tr")
                    .stream().anyMatch(row -> row.contains("Customer erased: u***@example.com") && row.endsWith("1")));
            assertTrue(listed(browser, "[id='settings:records:items'] tbody tr").stream()
                    .anyMatch(row -> row.contains("ua-admin") && row.contains("Retention job") && row.endsWith("1")));
        }
    }

    // ---- users -------------------------------------------------------------------------------------

    private static List<String> users(Browser browser) {
        return listed(browser, "#users a.wc-open-user");
    }

    private static void openUser(Browser browser, AdminForm form, String name) {
        open(browser, "#users a.wc-open-user", form, name);
    }

    void createUserAndReopenIt() {
        try (Browser browser = usersPage(ADMIN, "en")) {
            AdminForm user = new AdminForm(browser, "user:");
            click(browser, "new-user");
            user.type("name", USER_NAME);
            user.type("login", USER_LOGIN);
            user.type("email", USER_EMAIL);
            user.choose("securityGroup", GROUP);
            tick(browser, "user:roles", "AGENT", true);
            tick(browser, "user:roles", "SUPERVISOR", true);
            user.check("screenMonitoringAllowed", true);
            user.check("enabled", true);
            user.type("password", FIRST_PASSWORD);
            click(browser, "user:save");
            user.noticeSays("The user " + USER_NAME + " was saved.");
            AdminForm.waiting(browser.driver()).until(d -> users(browser).contains(USER_NAME));

            browser.go("admin/users.xhtml");
            openUser(browser, user, USER_NAME);
            assertEquals(USER_LOGIN, user.value("login"));
            assertFalse(browser.find(user.field("login")).isEnabled(), "a login is chosen once");
            assertEquals(USER_EMAIL, user.value("email"));
            assertEquals(GROUP, browser.text(user.field("securityGroup_label")));
            assertFalse(ticked(browser, "user:roles", "ADMIN"));
            assertTrue(ticked(browser, "user:roles", "AGENT"));
            assertTrue(ticked(browser, "user:roles", "SUPERVISOR"));
            assertTrue(user.checked("screenMonitoringAllowed"));
            assertTrue(user.checked("enabled"));
            assertEquals("", user.value("password"), "a password is never shown");
            assertFalse(browser.driver().getPageSource().contains(FIRST_PASSWORD));
        }
    }

    void theNewUserSignsIn() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn(USER_LOGIN, FIRST_PASSWORD);
            assertEquals(USER_LOGIN, browser.text(By.id("shell:user")));
            assertTrue(browser.isPresent(By.id("shell:agent")));
            assertTrue(browser.isPresent(By.id("shell:supervision")));
            assertTrue(browser.isPresent(By.id("shell:recordings")));
            assertFalse(browser.isPresent(By.id("shell:administration")), "no administration without the role");
            browser.go("admin/users.xhtml");
            assertEquals("Your role does not give you access to this page.", browser.text(By.id("error-text")));
            browser.go("supervisor/index.xhtml");
            assertEquals("Supervision", browser.text(By.cssSelector("h1.wc-title")));

            // AGT-07: the break type created on the settings page is offered in the agent's state list.
            browser.go("agent/index.xhtml");
            WebDriver driver = browser.driver();
            AdminForm.waiting(driver).until(d -> d.findElements(By.cssSelector("select#ws-state option")).stream()
                    .anyMatch(o -> BREAK.equals(o.getText().trim())));
        }
    }

    /** The password reset also ends the session signed in with the old one: its open workspace and its pages. */
    void resetThePassword() {
        try (Browser signedIn = Browser.open(base, "en")) {
            signedIn.go("login.xhtml").signIn(USER_LOGIN, FIRST_PASSWORD);
            signedIn.go("agent/index.xhtml");
            AdminForm.waiting(signedIn.driver()).until(d -> "connected".equals(
                    d.findElement(By.id("ws-connection")).getDomAttribute("data-state")));
            try (Browser browser = usersPage(ADMIN, "en")) {
                AdminForm user = new AdminForm(browser, "user:");
                openUser(browser, user, USER_NAME);
                user.type("password", SECOND_PASSWORD);
                click(browser, "user:save");
                user.noticeSays("The user " + USER_NAME + " was saved.");
            }
            // The open workspace learns it over its socket and shows the login page by itself.
            AdminForm.waiting(signedIn.driver()).until(d -> !d.findElements(By.id("login:username")).isEmpty());
            signedIn.go("supervisor/index.xhtml");
            assertTrue(signedIn.isPresent(By.id("login:username")), "no page of the old session opens");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn(USER_LOGIN, FIRST_PASSWORD);
            assertEquals("Wrong login or password.", browser.errorMessage(), "the old password no longer works");
            browser.signIn(USER_LOGIN, SECOND_PASSWORD);
            assertEquals(USER_LOGIN, browser.text(By.id("shell:user")), "the new one does");
        }
    }

    void anotherGroupDoesNotSeeTheUser() {
        try (Browser browser = usersPage(OTHER_ADMIN, "en")) {
            assertEquals(List.of("ua Other administrator"), users(browser), "ADM-02: only the users of the own group");
        }
    }

    /** In Spanish: every refusal in the administrator's language. */
    void badUsersAreRefused() {
        try (Browser browser = usersPage(ADMIN, "es")) {
            AdminForm user = new AdminForm(browser, "user:");
            click(browser, "new-user");
            user.type("name", "ua Duplicado");
            user.type("login", USER_LOGIN.toUpperCase(java.util.Locale.ROOT));
            user.type("password", "corta");
            click(browser, "user:save");
            user.noticeSays("El usuario no se guardó: 3 campos necesitan su atención.");
            assertEquals("Otro usuario ya tiene este nombre de usuario.", user.error("login"));
            assertEquals("Elija al menos un rol.", user.error("roles"));
            assertEquals("Al menos 8 caracteres.", user.error("password"));
            // Nothing typed is lost, and nothing was stored.
            assertEquals("ua Duplicado", user.value("name"));
            assertEquals(USER_LOGIN.toUpperCase(java.util.Locale.ROOT), user.value("login"));
            assertFalse(users(browser).contains("ua Duplicado"));

            // An administrator keeps their own administrator role and cannot delete themselves.
            openUser(browser, user, "ua Administrator");
            tick(browser, "user:roles", "ADMIN", false);
            tick(browser, "user:roles", "AGENT", true);
            click(browser, "user:save");
            user.noticeSays("El usuario no se guardó: un campo necesita su atención.");
            assertEquals("No puede quitarse su propio rol de administrador.", user.error("roles"));
            remove(browser, "user");
            user.noticeSays("No puede eliminarse a sí mismo.");
        }
    }

    void keepThePasswordAndRemoveUsers() {
        try (Browser browser = usersPage(ADMIN, "en")) {
            AdminForm user = new AdminForm(browser, "user:");
            click(browser, "new-user");
            user.type("name", "ua Kept");
            user.type("login", KEPT_LOGIN);
            user.type("password", KEPT_PASSWORD);
            click(browser, "user:save");
            user.noticeSays("The user was not saved: one field needs your attention.");
            assertEquals("Choose at least one role.", user.error("roles"));
            browser.find(user.field("password-kept"));
            tick(browser, "user:roles", "AGENT", true);
            click(browser, "user:save");
            user.noticeSays("The user ua Kept was saved.");
            try (Browser kept = Browser.open(base, "en")) {
                // The home page asked for: an agent landing on its workspace would gain presence history.
                kept.go("index.xhtml").signIn(KEPT_LOGIN, KEPT_PASSWORD);
                assertTrue(kept.text(By.id("welcome")).contains(KEPT_LOGIN), "with the password typed before");
            }

            remove(browser, "user");
            user.noticeSays("The user ua Kept was deleted.");
            AdminForm.waiting(browser.driver()).until(d -> !users(browser).contains("ua Kept"));

            // Signed in to the workspace before, the agent has presence history: disabled, not deleted, and its
            // session signed in now ends.
            try (Browser signedIn = Browser.open(base, "en")) {
                signedIn.go("login.xhtml").signIn(USER_LOGIN, SECOND_PASSWORD);
                signedIn.go("supervisor/index.xhtml");
                assertEquals("Supervision", signedIn.text(By.cssSelector("h1.wc-title")));
                openUser(browser, user, USER_NAME);
                remove(browser, "user");
                user.noticeSays("The user " + USER_NAME + " has history, so it was disabled instead: it cannot sign in and its history stays.");
                assertFalse(user.checked("enabled"));
                assertTrue(users(browser).contains(USER_NAME));
                signedIn.go("supervisor/index.xhtml");
                assertTrue(signedIn.isPresent(By.id("login:username")), "a disabled user's session ends");
            }
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("login.xhtml").signIn(KEPT_LOGIN, KEPT_PASSWORD);
            assertEquals("Wrong login or password.", browser.errorMessage(), "a deleted user is gone");
        }
    }
}
