package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.webchat.it.Browser;

/**
 * The browser side of the bots scenarios of {@link CampaignAdminBrowserIT} (issue 15, BOT-01, BOT-02): an
 * administrator builds a flow on the Bots page, has a broken one refused with its reason, and gives a campaign a
 * start bot; an administrator of another security group sees none of them (ADM-02).
 */
final class BotAdminScenarios {

    static final String ADMIN = "badm-admin";
    static final String AGENT = "badm-agent";
    static final long DESK = 215_200;
    static final String DESK_NAME = "Bots desk";
    static final String GREETER = "badm-Greeter";
    /** The music group's administrator, campaign and bot (ADM-02), made by {@link CampaignAdminBrowserIT}. */
    static final String MUSIC_ADMIN = "music-admin";
    static final long MUSIC_DESK = 215_601;
    static final String MUSIC_DESK_NAME = "bt-Music desk";
    static final String MUSIC_BOT = "bt-Music greeter";

    private final URL base;

    BotAdminScenarios(URL base) {
        this.base = base;
    }

    private Browser botsPage(String language) {
        return botsPage(ADMIN, language);
    }

    private Browser botsPage(String login, String language) {
        Browser browser = Browser.open(base, language).signIn(login, CampaignAdminBrowserIT.PASSWORD);
        browser.go("admin/bots.xhtml");
        browser.find(By.id("bot-list:new"));
        return browser;
    }

    private static AdminForm form(Browser browser) {
        return new AdminForm(browser, "bot:");
    }

    private static void click(Browser browser, String id) {
        form(browser).click(By.id(id));
        AdminForm.settled(browser.driver());
    }

    /** Adds a step of a type at the end and waits for its row. */
    private static void add(Browser browser, String type, int rows) {
        form(browser).addRow("add-" + type, "steps", rows);
    }

    /** Adds a button to the ask step {@code step} and waits for its row {@code option}. */
    private static void addOption(Browser browser, int step, int option) {
        AdminForm bot = form(browser);
        bot.click(bot.field("steps:" + step + ":add-option"));
        AdminForm.waiting(browser.driver()).until(ExpectedConditions.presenceOfElementLocated(
                bot.field("steps:" + step + ":options:" + option + ":value")));
    }

    private static String stepTitle(Browser browser, int index) {
        return browser.find(By.id("bot-step-" + index)).getText().trim();
    }

    private static List<String> listed(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='bot-list'] a.wc-open")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    private static void open(Browser browser, String name) {
        AdminForm.waiting(browser.driver()).until(d -> {
            d.findElements(By.cssSelector("[id='bot-list'] a.wc-open")).stream().filter(e -> name.equals(e.getText().trim()))
                    .findFirst().orElseThrow().click();
            return true;
        });
        AdminForm.waiting(browser.driver()).until(d -> name.equals(d.findElement(By.id("bot:name")).getDomProperty("value")));
    }

    /**
     * A say, an ask with two buttons, an end, a transfer to a campaign and a branch on the answer, built in that
     * order; the branch is then moved up twice (the second time from the keyboard) to run after the question.
     */
    void buildAFlowReorderItAndSaveIt() {
        try (Browser browser = botsPage("en")) {
            AdminForm bot = form(browser);
            click(browser, "bot-list:new");
            bot.type("name", GREETER);
            bot.type("displayName", "Greta");
            bot.type("timeoutMinutes", "10");
            bot.type("timeoutMessage-en", "Bye for now.");
            bot.type("timeoutMessage-es", "Hasta luego.");

            add(browser, "say", 1);
            bot.type("steps:0:text-en", "Hello {name}!");
            bot.type("steps:0:text-es", "¡Hola {name}!");

            add(browser, "ask", 2);
            bot.type("steps:1:text-en", "What do you need?");
            bot.type("steps:1:variable", "topic");
            addOption(browser, 1, 0);
            addOption(browser, 1, 1);
            bot.type("steps:1:options:0:value", "billing");
            bot.type("steps:1:options:0:label-en", "Billing");
            bot.type("steps:1:options:0:label-es", "Facturación");
            bot.type("steps:1:options:1:value", "support");
            bot.type("steps:1:options:1:label-en", "Support");

            add(browser, "end", 3);
            bot.type("steps:2:text-en", "Glad to help. Bye!");

            add(browser, "transfer", 4);
            bot.choose("steps:3:campaign", DESK_NAME);
            bot.type("steps:3:summary-en", "The customer asks about {topic}.");

            add(browser, "branch", 5);
            bot.type("steps:4:variable", "topic");
            bot.type("steps:4:cases:0:value", "billing");
            bot.choose("steps:4:cases:0:target", "4. transfer-1 (Transfer to a person)");
            bot.choose("steps:4:otherwise", "3. end-1 (End)");

            // Up once with a click, and once from the keyboard: the moved step's title gets the focus.
            click(browser, "bot:steps:4:up");
            AdminForm.waiting(browser.driver()).until(d -> stepTitle(browser, 3).startsWith("Branch"));
            browser.find(By.id("bot:steps:3:up")).sendKeys(Keys.ENTER);
            AdminForm.waiting(browser.driver()).until(d -> stepTitle(browser, 2).startsWith("Branch"));
            AdminForm.settled(browser.driver());
            assertEquals("bot-step-2", browser.driver().switchTo().activeElement().getDomAttribute("id"),
                    "the moved step keeps the focus");
            assertEquals("4. end-1 (End)", browser.text(By.id("bot:steps:2:otherwise_label")),
                    "the jump still names its step, at its new place");

            click(browser, "bot:save");
            bot.noticeSays("The bot " + GREETER + " was saved.");
            AdminForm.waiting(browser.driver()).until(d -> listed(browser).contains(GREETER));
            assertEquals(List.of("Say say-1", "Ask ask-1", "Branch branch-1", "End end-1", "Transfer to a person transfer-1"),
                    List.of(stepTitle(browser, 0), stepTitle(browser, 1), stepTitle(browser, 2), stepTitle(browser, 3),
                            stepTitle(browser, 4)));
        }
        try (Browser browser = botsPage("en")) { // reopened from the list, as stored
            open(browser, GREETER);
            AdminForm bot = form(browser);
            assertEquals("Support", bot.value("steps:1:options:1:label-en"));
            assertEquals("Facturación", bot.value("steps:1:options:0:label-es"));
            assertEquals(DESK_NAME, browser.text(By.id("bot:steps:4:campaign_label")));
            assertEquals("Bye for now.", bot.value("timeoutMessage-en"));
        }
    }

    /** A dangling branch target and a path that never ends are refused, each with its reason on its step. */
    void aBrokenFlowIsRefusedWithItsReason() {
        try (Browser browser = botsPage("en")) {
            AdminForm bot = form(browser);
            click(browser, "bot-list:new");
            bot.type("name", "badm-Broken");
            bot.type("timeoutMessage-pt", "Tchau.");
            add(browser, "say", 1);
            bot.type("steps:0:text-en", "Hi");
            add(browser, "branch", 2);
            bot.type("steps:1:variable", "name");
            bot.type("steps:1:cases:0:value", "Ana");
            add(browser, "end", 3);
            add(browser, "end", 4);
            bot.choose("steps:1:cases:0:target", "4. end-2 (End)");
            bot.choose("steps:1:otherwise", "3. end-1 (End)");
            click(browser, "bot:steps:3:remove"); // the branch still names it
            AdminForm.waiting(browser.driver()).until(d -> d.findElements(By.id("bot:steps:3:remove")).isEmpty());
            assertEquals("end-2 (no such step)", browser.text(By.id("bot:steps:1:cases:0:target_label")));

            click(browser, "bot:save");
            bot.noticeSays("The bot was not saved: one field needs your attention.");
            assertEquals("Step branch-1 goes to end-2, which is not a step of this flow.", browser.text(By.id("bot:steps:1:error")));

            // Both ways back to the greeting: nothing ever reaches the end.
            bot.choose("steps:1:cases:0:target", "1. say-1 (Say)");
            bot.choose("steps:1:otherwise", "1. say-1 (Say)");
            click(browser, "bot:save");
            AdminForm.waiting(browser.driver()).until(d -> !d.findElements(By.id("bot:steps:0:error")).isEmpty());
            assertEquals("Step say-1 is on a path that never ends: every path must reach a transfer or an end.",
                    browser.text(By.id("bot:steps:0:error")));
            assertTrue(!listed(browser).contains("badm-Broken"), "nothing was stored");
        }
        try (Browser browser = botsPage("es")) { // the reason in the administrator's language
            AdminForm bot = form(browser);
            click(browser, "bot-list:new");
            bot.type("name", "badm-Roto");
            bot.type("timeoutMessage-es", "Adiós.");
            add(browser, "say", 1);
            bot.type("steps:0:text-es", "Hola");
            click(browser, "bot:save");
            AdminForm.waiting(browser.driver()).until(d -> !d.findElements(By.id("bot:steps:0:error")).isEmpty());
            assertEquals("El paso say-1 está en un camino que nunca termina: todo camino debe llegar a una transferencia o a un fin.",
                    browser.text(By.id("bot:steps:0:error")));
        }
    }

    /** An external bot shows its address and makes its token, shown once. */
    void anExternalBotMakesItsToken() {
        try (Browser browser = botsPage("en")) {
            AdminForm bot = form(browser);
            click(browser, "bot-list:new");
            bot.type("name", "badm-External");
            bot.type("timeoutMessage-en", "Bye.");
            bot.choose("kind", "External bot");
            AdminForm.waiting(browser.driver()).until(ExpectedConditions.presenceOfElementLocated(bot.field("endpointUrl")));
            assertTrue(browser.driver().findElements(By.id("bot:add-say")).isEmpty(), "no steps for an external bot");
            bot.type("endpointUrl", "ftp://bots.example.com");
            click(browser, "bot:save");
            AdminForm.waiting(browser.driver()).until(d -> !d.findElements(By.id("bot:endpointUrl-error")).isEmpty());
            assertEquals("Write an http or https address, e.g. https://bots.example.com/webchat.", bot.error("endpointUrl"));
            bot.type("endpointUrl", "https://bots.example.com/webchat");
            click(browser, "bot:save");
            bot.noticeSays("The bot badm-External was saved.");
            click(browser, "bot:new-token");
            String token = AdminForm.waiting(browser.driver()).until(d -> d.findElements(By.id("bot:token")).isEmpty() ? null
                    : d.findElement(By.id("bot:token")).getDomProperty("value"));
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        }
    }

    /** Signs in and opens a campaign's form on its Advanced tab, where its bots are chosen. */
    private Browser campaignBots(String login, String name) {
        Browser browser = Browser.open(base, "en").signIn(login, CampaignAdminBrowserIT.PASSWORD);
        browser.go("admin/index.xhtml");
        WebDriver driver = browser.driver();
        AdminForm campaign = new AdminForm(browser, "campaign:tabs:");
        campaign.click(By.xpath("//a[contains(@class,'wc-open-campaign') and normalize-space()='" + name + "']"));
        AdminForm.waiting(driver).until(d -> name.equals(d.findElement(campaign.field("name")).getDomProperty("value")));
        campaign.click(By.cssSelector("a[href='#campaign:tabs:advanced']"));
        AdminForm.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign:tabs:advanced")));
        return browser;
    }

    /** The campaign form chooses the start bot and whether the customer may ask for a person. */
    void theCampaignFormPicksTheStartBot() {
        try (Browser browser = campaignBots(ADMIN, DESK_NAME)) {
            AdminForm campaign = new AdminForm(browser, "campaign:tabs:");
            campaign.choose("startBot", GREETER);
            campaign.check("botPersonAllowed", false);
            campaign.click(By.id("campaign:save"));
            campaign.noticeSays("The campaign " + DESK_NAME + " was saved.");
        }
        try (Browser browser = botsPage("en")) { // now in use, the bot is not deleted
            open(browser, GREETER);
            click(browser, "bot:remove");
            click(browser, "bot:confirm-yes");
            form(browser).noticeSays("The bot " + GREETER + " was not deleted: these campaigns run it: " + DESK_NAME
                    + ". Choose another bot (or none) in them first.");
            assertTrue(listed(browser).contains(GREETER));
        }
    }

    /** The names a bot menu of the campaign form offers, "None" first (read from the menu's own select). */
    private static List<String> offered(Browser browser, String menu) {
        return browser.driver().findElements(By.cssSelector("[id='campaign:tabs:" + menu + "_input'] option")).stream()
                .map(option -> option.getDomProperty("textContent").trim()).toList();
    }

    /**
     * ADM-02: the music group's administrator sees its own bot only, on the Bots page and in its campaign's menus, not
     * the books group's bots (the greeter its campaign runs, the external one).
     */
    void anAdministratorOfAnotherGroupSeesNoneOfTheBots() {
        try (Browser browser = botsPage(MUSIC_ADMIN, "en")) {
            AdminForm.waiting(browser.driver()).until(d -> listed(browser).contains(MUSIC_BOT));
            assertEquals(List.of(MUSIC_BOT), listed(browser), "not " + GREETER + " nor badm-External");
        }
        try (Browser browser = campaignBots(MUSIC_ADMIN, MUSIC_DESK_NAME)) {
            assertEquals(List.of("None", MUSIC_BOT), offered(browser, "startBot"));
            assertEquals(List.of("None", MUSIC_BOT), offered(browser, "endBot"));
        }
    }
}
