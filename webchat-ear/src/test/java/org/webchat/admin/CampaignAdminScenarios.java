package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.it.Browser;
import org.webchat.it.HostPages;

/** The browser side of {@link CampaignAdminBrowserIT}: an administrator on the campaigns page. */
final class CampaignAdminScenarios {

    private static final String NAME = CampaignAdminBrowserIT.NAME;
    static final List<String> KINDS = List.of("WELCOME", "OUT_OF_HOURS", "UNAVAILABLE", "AGENT_AUTOMATIC", "COMMENTS");
    static final List<String> LANGUAGES = List.of("es", "en", "pt");

    private final URL base;

    CampaignAdminScenarios(URL base) {
        this.base = base;
    }

    private static String message(String kind, String language) {
        return CampaignAdminBrowserIT.message(kind, language);
    }

    // ---- the page ----------------------------------------------------------------------------------

    private static FluentWait<WebDriver> waiting(WebDriver driver) {
        return AdminForm.waiting(driver);
    }

    private Browser administrator(String login, String language) {
        Browser browser = Browser.open(base, language).signIn(login, CampaignAdminBrowserIT.PASSWORD);
        browser.go("admin/index.xhtml");
        browser.find(By.id("new-campaign"));
        return browser;
    }

    private static AdminForm form(Browser browser) {
        return new AdminForm(browser, "campaign:tabs:");
    }

    private static By field(String id) {
        return By.id("campaign:tabs:" + id);
    }

    /** Shows a tab of the form (basic, messages, advanced, widget) or of the messages' languages (lang-es...). */
    private static void tab(Browser browser, String id) {
        String target = id.startsWith("lang-") ? "campaign:tabs:languages:" + id : "campaign:tabs:" + id;
        form(browser).click(By.cssSelector("a[href='#" + target + "']"));
        waiting(browser.driver()).until(ExpectedConditions.visibilityOfElementLocated(By.id(target)));
    }

    private static void type(Browser browser, String id, String value) {
        form(browser).type(id, value);
    }

    private static String value(Browser browser, String id) {
        return form(browser).value(id);
    }

    /** Picks an option of a PrimeFaces select by its label, typing into its filter first when it has one. */
    private static void choose(Browser browser, String id, String label) {
        form(browser).choose(id, label);
    }

    private static String chosen(Browser browser, String id) {
        return form(browser).chosen(id);
    }

    private static void check(Browser browser, String id, boolean on) {
        form(browser).check(id, on);
    }

    private static boolean checked(Browser browser, String id) {
        return form(browser).checked(id);
    }

    /** Adds a row with the button of the list (add-schedule...) and waits until the list has {@code rows}. */
    private static void addRow(Browser browser, String button, String list, int rows) {
        form(browser).addRow(button, list, rows);
    }

    /** The days chosen in a schedule row, by their labels. */
    private static void days(Browser browser, int row, List<String> wanted) {
        String root = "campaign:tabs:schedule-rows:" + row + ":days";
        for (WebElement day : browser.driver().findElements(By.cssSelector("[id='" + root + "'] .ui-button"))) {
            boolean active = day.getAttribute("class").contains("ui-state-active");
            if (active != wanted.contains(day.getText().replaceAll("[\\u2713\\u00a0]", "").trim())) {
                day.click();
            }
        }
    }

    private static List<String> chosenDays(Browser browser, int row) {
        return browser.driver().findElements(By.cssSelector("[id='campaign:tabs:schedule-rows:" + row + ":days'] .ui-button.ui-state-active"))
                .stream().map(e -> e.getText().replaceAll("[\\u2713\\u00a0]", "").trim()).toList();
    }

    private static void save(Browser browser) {
        browser.find(By.id("campaign:save")).click();
    }

    private static String notice(Browser browser) {
        return form(browser).notice();
    }

    private static void open(Browser browser, String name) {
        By link = By.xpath("//a[contains(@class,'wc-open-campaign') and normalize-space()='" + name + "']");
        browser.find(link).click();
        waiting(browser.driver()).until(d -> name.equals(d.findElement(field("name")).getDomProperty("value")));
    }

    private static List<String> listed(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#campaigns a.wc-open-campaign")).stream().map(e -> e.getText().trim()).toList();
    }

    // ---- the scenarios -----------------------------------------------------------------------------

    void createWithEveryFieldAndReopen() throws IOException {
        try (Browser browser = administrator("books-admin", "en")) {
            browser.find(By.id("new-campaign")).click();
            tab(browser, "basic");
            type(browser, "name", NAME);
            choose(browser, "strategy", "Ring all, several: offered to all, several at once");
            choose(browser, "deliveryOrder", "Fewest chats: fewest chats today");
            type(browser, "serviceLevel", "45");
            choose(browser, "timeZone", "Europe/Madrid");
            choose(browser, "defaultLanguage", "Português");
            check(browser, "enabled", true);
            type(browser, "schedule-rows:0:from", "08:30");
            type(browser, "schedule-rows:0:to", "17:00");
            addRow(browser, "add-schedule", "schedule-rows", 2);
            days(browser, 1, List.of("Sat"));
            type(browser, "schedule-rows:1:from", "10:00");
            type(browser, "schedule-rows:1:to", "14:00");
            addRow(browser, "add-exception", "exception-rows", 1);
            type(browser, "exception-rows:0:date", "2026-12-25");
            type(browser, "exception-rows:0:description", "Christmas");
            addRow(browser, "add-exception", "exception-rows", 2);
            type(browser, "exception-rows:1:date", "2026-12-24");
            browser.find(By.cssSelector("[id='campaign:tabs:exception-rows:1:closed'] .ui-chkbox-box")).click();
            type(browser, "exception-rows:1:from", "09:00");
            type(browser, "exception-rows:1:to", "13:00");

            tab(browser, "messages");
            for (String language : LANGUAGES) {
                tab(browser, "lang-" + language);
                for (String kind : KINDS) {
                    type(browser, "languages:" + kind + "-" + language, message(kind, language));
                }
            }
            check(browser, "offlineMessageEnabled", true);
            type(browser, "offlineEmail", "books@example.com");
            addRow(browser, "add-canned", "canned-rows", 1);
            tab(browser, "messages");
            type(browser, "canned-rows:0:shortcut", "/hi");
            type(browser, "canned-rows:0:title", "Greeting");
            type(browser, "canned-rows:0:text", "Hello, how can I help?");
            choose(browser, "canned-rows:0:language", "English");

            tab(browser, "advanced");
            Map<String, String> numbers = Map.ofEntries(Map.entry("maxInteractionsPerAgent", "7"), Map.entry("maxChats", "12"),
                    Map.entry("maxTime", "240"), Map.entry("autoFinish", "90"), Map.entry("maxTransfer", "30"),
                    Map.entry("offerTimeout", "15"), Map.entry("thresholdServiceLevel", "25"), Map.entry("thresholdDropout", "8"),
                    Map.entry("chatTimeBand1", "100"), Map.entry("chatTimeBand2", "200"), Map.entry("chatTimeBand3", "400"),
                    Map.entry("thresholdAcd", "5"));
            numbers.forEach((id, number) -> type(browser, id, number));
            choose(browser, "qualityModel", "Bookshop quality");

            tab(browser, "widget");
            type(browser, "color", "#AA3300");
            check(browser, "showAgentName", false);
            check(browser, "feedbackEnabled", false);
            check(browser, "emailRequired", true);
            check(browser, "audioVideoAllowed", true);
            type(browser, "PHONE_LABEL-en", "ID document"); // ADV-14: a label per language
            type(browser, "PHONE_LABEL-es", "Documento");
            check(browser, "phoneVisible", true);
            check(browser, "phoneRequired", true);
            addRow(browser, "add-domain", "domain-rows", 1);
            tab(browser, "widget");
            type(browser, "domain-rows:0:origin", "https://books.example.com");
            addRow(browser, "add-domain", "domain-rows", 2);
            tab(browser, "widget");
            type(browser, "domain-rows:1:origin", "*.bookshop.example");
            save(browser);
            assertEquals("The campaign Bookshop was saved.", notice(browser));
            waiting(browser.driver()).until(d -> listed(browser).contains(NAME));
            images(browser);

            // ADM-07: a fresh page lists it; reopened, every value is there.
            browser.go("admin/index.xhtml");
            open(browser, NAME);
            assertEquals("ringallmultiple", chosen(browser, "strategy"));
            assertEquals("fewestcalls", chosen(browser, "deliveryOrder"));
            assertEquals("45", value(browser, "serviceLevel"));
            assertEquals("Europe/Madrid", chosen(browser, "timeZone"));
            assertEquals("pt", chosen(browser, "defaultLanguage"));
            assertTrue(checked(browser, "enabled"));
            assertEquals(List.of("Mon", "Tue", "Wed", "Thu", "Fri"), chosenDays(browser, 0));
            assertEquals("08:30", value(browser, "schedule-rows:0:from"));
            assertEquals("17:00", value(browser, "schedule-rows:0:to"));
            assertEquals(List.of("Sat"), chosenDays(browser, 1));
            assertEquals("14:00", value(browser, "schedule-rows:1:to"));
            assertEquals("2026-12-24", value(browser, "exception-rows:0:date"), "the dates in their order");
            assertEquals("13:00", value(browser, "exception-rows:0:to"));
            assertEquals("Christmas", value(browser, "exception-rows:1:description"));
            for (String language : LANGUAGES) {
                for (String kind : KINDS) {
                    assertEquals(message(kind, language), value(browser, "languages:" + kind + "-" + language));
                }
            }
            assertTrue(checked(browser, "offlineMessageEnabled"));
            assertEquals("books@example.com", value(browser, "offlineEmail"));
            assertEquals("/hi", value(browser, "canned-rows:0:shortcut"));
            assertEquals("Hello, how can I help?", value(browser, "canned-rows:0:text"));
            assertEquals("en", chosen(browser, "canned-rows:0:language"));
            numbers.forEach((id, number) -> assertEquals(number, value(browser, id), id));
            assertFalse(chosen(browser, "qualityModel").isEmpty());
            assertEquals("#aa3300", value(browser, "color"));
            assertFalse(checked(browser, "showAgentName"));
            assertFalse(checked(browser, "feedbackEnabled"));
            assertTrue(checked(browser, "emailRequired"));
            assertTrue(checked(browser, "audioVideoAllowed"));
            assertEquals("ID document", value(browser, "PHONE_LABEL-en"));
            assertEquals("Documento", value(browser, "PHONE_LABEL-es"));
            assertEquals("", value(browser, "PHONE_LABEL-pt"));
            assertTrue(checked(browser, "phoneRequired"));
            assertEquals("*.bookshop.example", value(browser, "domain-rows:0:origin"), "domains in alphabetical order");
            assertEquals("https://books.example.com", value(browser, "domain-rows:1:origin"));
        }
    }

    /** ADV-13: a logo is previewed; one too large, or a file that only pretends to be an image, is refused. */
    private static void images(Browser browser) throws IOException {
        tab(browser, "widget");
        Path folder = Files.createTempDirectory("webchat-images");
        Path logo = folder.resolve("logo.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        browser.driver().findElement(field("image-upload_input")).sendKeys(logo.toString());
        waiting(browser.driver()).until(d -> {
            List<WebElement> preview = d.findElements(field("image-preview"));
            return !preview.isEmpty() && "64".equals(preview.get(0).getDomProperty("naturalWidth"));
        });

        Path huge = folder.resolve("huge.png");
        BufferedImage noise = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int x = 0; x < 600; x++) {
            for (int y = 0; y < 600; y++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        ImageIO.write(noise, "png", huge.toFile());
        assertTrue(Files.size(huge) > 512 * 1024, "the test image is over the limit: " + Files.size(huge));
        browser.driver().findElement(field("image-upload_input")).sendKeys(huge.toString());
        waiting(browser.driver()).until(d -> "The image is too large: at most 512 KB."
                .equals(d.findElement(field("image-error")).getText()));

        Path fake = folder.resolve("fake.png");
        Files.write(fake, "%PDF-1.4 not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        browser.driver().findElement(field("image-upload_input")).sendKeys(fake.toString());
        waiting(browser.driver()).until(d -> "This file is not a PNG, JPEG, GIF or WebP image."
                .equals(d.findElement(field("image-error")).getText()));
    }

    /**
     * What a new team stumbled on (issue 11, points 12 and 22), in Spanish: the list is not cut and names the
     * strategies; a schedule row's days look on or off, as checkboxes (ADM-04); times and dates have pickers; the
     * tabs of a refused save say how many problems they hold; the image is chosen before the first save (ADV-13);
     * a campaign without members says so (ADM-11).
     */
    void aNewTeamsFirstCampaign() throws IOException {
        try (Browser browser = administrator("books-admin", "es")) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            // ADM-07: every cell of the list shows its whole text, and the list stays beside the form.
            waiting(driver).until(d -> listed(browser).contains(NAME));
            assertEquals(List.of(), js.executeScript("return Array.from(document.querySelectorAll('#campaigns th, #campaigns td'))"
                    + ".filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim());"), "cut cells");
            assertTrue((Boolean) js.executeScript("return document.getElementById('list').getBoundingClientRect().right"
                    + " <= document.getElementById('campaign').getBoundingClientRect().left;"), "the list does not run under the form");
            List<String> strategies = driver.findElements(By.cssSelector("#campaigns tbody tr td:nth-child(2)")).stream()
                    .map(e -> e.getText().trim()).toList();
            assertTrue(strategies.contains("Sonar a todos, varios"), "the strategy by its name: " + strategies);
            for (String code : List.of("incall", "nocall", "interaction", "ringall", "ringallmultiple", "nopause")) {
                assertFalse(strategies.contains(code), "no strategy code in the list: " + strategies);
            }

            form(browser).click(By.id("new-campaign"));
            tab(browser, "basic");
            // Point 12 (ADM-04): a day on and a day off differ in fill, text colour and a tick; each is a checkbox.
            String days = "[id='campaign:tabs:schedule-rows:0:days']";
            assertEquals("group", browser.find(By.cssSelector(days)).getDomAttribute("role"));
            WebElement monday = dayButton(browser, 0, "Lun");
            WebElement saturday = dayButton(browser, 0, "Sáb");
            assertTrue((Boolean) js.executeScript("return arguments[0].querySelector('input[type=checkbox]').checked;", monday));
            assertFalse((Boolean) js.executeScript("return arguments[0].querySelector('input[type=checkbox]').checked;", saturday));
            assertFalse(monday.getCssValue("background-color").equals(saturday.getCssValue("background-color")), "fill");
            assertFalse(monday.getCssValue("color").equals(saturday.getCssValue("color")), "text colour");
            String tick = "return getComputedStyle(arguments[0].querySelector('.ui-button-text'), '::before').content;";
            assertEquals("\"\u2713\u00a0\"", js.executeScript(tick, monday));
            assertEquals("none", js.executeScript(tick, saturday));
            saturday.click();
            waiting(driver).until(d -> (Boolean) js.executeScript(
                    "return arguments[0].querySelector('input[type=checkbox]').checked;", dayButton(browser, 0, "Sáb")));
            new Actions(driver).moveToElement(browser.find(By.id("campaign-title"))).perform(); // no longer hovered
            waiting(driver).until(d -> dayButton(browser, 0, "Sáb").getCssValue("background-color")
                    .equals(dayButton(browser, 0, "Lun").getCssValue("background-color")));
            assertEquals("\"\u2713\u00a0\"", js.executeScript(tick, dayButton(browser, 0, "Sáb")), "now on, with its tick");

            // Point 22: time and date pickers, each with its visible label.
            assertEquals("time", browser.find(field("schedule-rows:0:from")).getDomAttribute("type"));
            assertEquals("Desde (HH:mm)", browser.text(By.cssSelector("label[for='campaign:tabs:schedule-rows:0:from']")));
            addRow(browser, "add-exception", "exception-rows", 1);
            assertEquals("date", browser.find(field("exception-rows:0:date")).getDomAttribute("type"));
            assertEquals("time", browser.find(field("exception-rows:0:to")).getDomAttribute("type"));

            // Point 22 (ADV-13): the image before the first save.
            tab(browser, "widget");
            Path logo = Files.createTempDirectory("webchat-images").resolve("cartel.png");
            ImageIO.write(new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
            driver.findElement(field("image-upload_input")).sendKeys(logo.toString());
            assertEquals("cartel.png se guarda al guardar la campaña.", browser.text(field("image-pending")));

            // Point 22: a refused save marks the tabs that hold its problems, with how many.
            type(browser, "color", "azul");
            tab(browser, "advanced");
            type(browser, "maxChats", "-1");
            tab(browser, "basic");
            type(browser, "name", "Carteles");
            type(browser, "exception-rows:0:date", "2026-12-31");
            type(browser, "schedule-rows:0:from", "18:00");
            type(browser, "schedule-rows:0:to", "09:00");
            save(browser);
            assertEquals("La campaña no se guardó: 3 campos necesitan su atención.", notice(browser));
            assertEquals(List.of("Básico (1 por corregir)", "Mensajes", "Avanzado (1 por corregir)", "Widget (1 por corregir)"),
                    tabTitles(browser));
            assertEquals(3, driver.findElements(By.cssSelector("#campaign\\:tabs li.wc-tab-invalid")).size());

            type(browser, "schedule-rows:0:from", "09:00");
            type(browser, "schedule-rows:0:to", "18:00");
            tab(browser, "advanced");
            type(browser, "maxChats", "20");
            tab(browser, "widget");
            type(browser, "color", "#224488");
            save(browser);
            form(browser).noticeSays("Se guardó la campaña Carteles.");
            assertEquals(List.of("Básico", "Mensajes", "Avanzado", "Widget"), tabTitles(browser));
            tab(browser, "widget");
            waiting(driver).until(d -> {
                List<WebElement> preview = d.findElements(field("image-preview"));
                return !preview.isEmpty() && "48".equals(preview.get(0).getDomProperty("naturalWidth"));
            });

            // Point 22 (ADM-11): a saved campaign nobody attends says so, with the way to the members page.
            assertEquals("Ningún agente es miembro de esta campaña: sus clientes esperan y nadie les responde.",
                    browser.text(By.cssSelector("[id='campaign:no-members'] span")));
            WebElement members = browser.find(By.cssSelector("[id='campaign:no-members'] a"));
            assertEquals("Añadir miembros", members.getText().trim());
            assertTrue(members.getDomProperty("href").endsWith("/admin/members.xhtml"), members.getDomProperty("href"));
        }
    }

    private static WebElement dayButton(Browser browser, int row, String label) {
        return browser.driver().findElements(By.cssSelector("[id='campaign:tabs:schedule-rows:" + row + ":days'] .ui-button")).stream()
                .filter(e -> label.equals(e.getText().replaceAll("[\\u2713\\u00a0]", "").trim())).findFirst().orElseThrow();
    }

    private static List<String> tabTitles(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='campaign:tabs'] > .ui-tabs-nav > li > a")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    void anotherGroupDoesNotSeeIt() {
        try (Browser browser = administrator("music-admin", "en")) {
            assertFalse(listed(browser).contains(NAME), "ADM-02: another security group's campaign");
            assertTrue(listed(browser).isEmpty(), "the music group has no campaigns: " + listed(browser));
        }
    }

    /** In Spanish: every refusal in the administrator's language. */
    void badValuesAreRefused() {
        try (Browser browser = administrator("books-admin", "es")) {
            browser.find(By.id("new-campaign")).click();
            tab(browser, "basic");
            type(browser, "name", "Broken");
            addRow(browser, "add-schedule", "schedule-rows", 2);
            days(browser, 1, List.of("Vie", "Sáb"));
            type(browser, "schedule-rows:1:from", "17:00");
            type(browser, "schedule-rows:1:to", "20:00");
            tab(browser, "advanced");
            type(browser, "maxChats", "-1");
            tab(browser, "widget");
            type(browser, "color", "blue");
            addRow(browser, "add-domain", "domain-rows", 1);
            tab(browser, "widget");
            type(browser, "domain-rows:0:origin", "https://shop.example.com/cart");
            save(browser);

            assertEquals("La campaña no se guardó: 4 campos necesitan su atención.", notice(browser));
            assertEquals("Escriba un color como # y seis dígitos hexadecimales, p. ej. #1f6feb.",
                    browser.text(field("color-error")));
            assertEquals("Escriba un sitio como [https://]host[:puerto], sin ruta, p. ej. https://www.ejemplo.com.",
                    rowError(browser, "domain-rows", 0));
            tab(browser, "advanced");
            assertEquals("Escriba un número entero de 0 a 100000.", browser.text(field("maxChats-error")));
            tab(browser, "basic");
            assertEquals("Estas horas se solapan con la fila 1 en un día común.", rowError(browser, "schedule-rows", 1));
            // Nothing typed is lost, and nothing was stored.
            assertEquals("-1", value(browser, "maxChats"));
            assertEquals("https://shop.example.com/cart", value(browser, "domain-rows:0:origin"));
            assertFalse(listed(browser).contains("Broken"));
        }
    }

    private static String rowError(Browser browser, String list, int row) {
        return form(browser).rowError(list, row);
    }

    /** Live (issue 6): a saved change applies to the next customer, without a restart. */
    void aNewWelcomeReachesTheWidget() {
        String welcome = "Welcome to the new season of books!";
        try (Browser browser = administrator("books-admin", "en")) {
            open(browser, "Live books");
            tab(browser, "messages");
            tab(browser, "lang-en");
            type(browser, "languages:WELCOME-en", welcome);
            save(browser);
            assertEquals("The campaign Live books was saved.", notice(browser));
        }
        try (Browser customer = Browser.open(base, "en")) {
            customer.go("widget/chat?campaign=" + CampaignAdminBrowserIT.LIVE);
            customer.find(By.id("wc-name")).sendKeys("Nora");
            customer.find(By.id("wc-start")).click();
            waiting(customer.driver()).until(d -> welcome.equals(d.findElement(By.cssSelector("#wc-messages li.wc-welcome .wc-text")).getText()));
        }
    }

    /**
     * ADM-08: the code shown by Generate code, taken with its Copy button from the clipboard and pasted into a page
     * of an allowed domain, opens a chat there.
     */
    void theGeneratedCodeWorksOnAHostPage() throws Exception {
        String code;
        try (Browser browser = administrator("books-admin", "en")) {
            open(browser, "Live books");
            String origin = base.getProtocol() + "://" + base.getAuthority();
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            browser.find(By.id("campaign:generate-code")).click();
            String shown = browser.find(By.id("snippet")).getDomProperty("value");
            browser.find(By.id("campaign:copy-code")).click();
            waiting(browser.driver()).until(ExpectedConditions.visibilityOfElementLocated(By.id("copied")));
            code = (String) browser.driver().executeAsyncScript(
                    "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('unreadable: ' + e));");
            assertEquals(shown, code, "Copy puts the code shown on the clipboard");
        }
        assertTrue(code.contains("/widget/loader.js") && code.contains("campaign:" + CampaignAdminBrowserIT.LIVE), code);
        try (HostPages shop = HostPages.serve("127.0.0.2", CampaignAdminBrowserIT.HOST_PORT, code);
             Browser customer = Browser.open(base, "en")) {
            customer.driver().get(shop.origin() + "/");
            customer.find(By.id("webchat-launcher")).click();
            customer.driver().switchTo().frame(customer.find(By.id("webchat-frame")));
            customer.find(By.id("wc-name")).sendKeys("Olga");
            customer.find(By.id("wc-start")).click();
            waiting(customer.driver()).until(d -> !d.findElements(By.cssSelector("#wc-messages li.wc-welcome")).isEmpty());
        }
    }

    /** ADM-11: several campaigns and several agents at once; only the group's own agents are offered. */
    void membersAcrossCampaigns() {
        try (Browser browser = administrator("books-admin", "en")) {
            browser.find(By.id("nav-members")).click();
            browser.find(By.id("members:add"));
            List<String> offered = browser.driver().findElements(By.cssSelector("[id='members:agents'] li"))
                    .stream().map(e -> e.getText().trim()).toList();
            assertTrue(offered.stream().noneMatch(a -> a.startsWith("Mia Music")), "another group's agent: " + offered);
            pick(browser, "campaigns", "Books east", "Books west");
            pick(browser, "agents", "Ana Books (ana-books)", "Bea Books (bea-books)");
            browser.find(By.id("members:add")).click();
            assertEquals("4 memberships added.", notice(browser));
            waiting(browser.driver()).until(d -> members(browser, "Books east").equals(List.of("Ana Books", "Bea Books")));
            assertEquals(List.of("Ana Books", "Bea Books"), members(browser, "Books west"));

            pick(browser, "campaigns", "Books east", "Books west");
            pick(browser, "agents", "Ana Books (ana-books)");
            browser.find(By.id("members:remove")).click();
            waiting(browser.driver()).until(d -> members(browser, "Books east").equals(List.of("Bea Books")));
            assertEquals(List.of("Bea Books"), members(browser, "Books west"));

            // A penalty out of its range is refused beside it; a good one is kept.
            WebElement penalty = penaltyOf(browser, "Books east", "Bea Books");
            penalty.clear();
            penalty.sendKeys("150");
            browser.find(By.id("members:save-penalties")).click();
            waiting(browser.driver()).until(d -> errorOf(browser, "Books east", "Bea Books").equals("Write a whole number from 0 to 100."));
            penalty = penaltyOf(browser, "Books east", "Bea Books");
            assertEquals("150", penalty.getDomProperty("value"), "nothing typed is lost");
            penalty.clear();
            penalty.sendKeys("40");
            browser.find(By.id("members:save-penalties")).click();
            waiting(browser.driver()).until(d -> "40".equals(penaltyOf(browser, "Books east", "Bea Books").getDomProperty("value"))
                    && errorOf(browser, "Books east", "Bea Books").isEmpty());
        }
    }

    /** Ticks the items of a PrimeFaces many-select, by their labels, after clearing what was ticked. */
    private static void pick(Browser browser, String id, String... labels) {
        String root = "[id='members:" + id + "']";
        for (WebElement item : browser.driver().findElements(By.cssSelector(root + " li.ui-state-highlight"))) {
            item.click();
        }
        for (String label : labels) {
            browser.driver().findElement(By.xpath("//*[@id='members:" + id + "']//li[normalize-space()='" + label + "']")).click();
        }
    }

    private static By row(String campaign) {
        return By.xpath("//*[@id='members:table']//tr[td[contains(@class,'wc-members-campaign') and normalize-space()='"
                + campaign + "']]");
    }

    private static List<String> members(Browser browser, String campaign) {
        return browser.driver().findElement(row(campaign)).findElements(By.cssSelector(".wc-member-name"))
                .stream().map(e -> e.getText().trim()).toList();
    }

    private static WebElement member(Browser browser, String campaign, String agent) {
        return browser.driver().findElement(row(campaign)).findElement(By.cssSelector(".wc-member[data-agent='" + agent + "']"));
    }

    private static WebElement penaltyOf(Browser browser, String campaign, String agent) {
        return member(browser, campaign, agent).findElement(By.tagName("input"));
    }

    private static String errorOf(Browser browser, String campaign, String agent) {
        List<WebElement> errors = member(browser, campaign, agent).findElements(By.cssSelector(".wc-field-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText().trim();
    }

    /** ADM-07: a campaign that never served anybody is deleted; one with history is archived and leaves the list. */
    void removingDeletesOrArchives() {
        try (Browser browser = administrator("books-admin", "en")) {
            browser.find(By.id("new-campaign")).click();
            tab(browser, "basic");
            type(browser, "name", "Pop-up store");
            save(browser);
            waiting(browser.driver()).until(d -> listed(browser).contains("Pop-up store"));
            remove(browser);
            form(browser).noticeSays("The campaign Pop-up store was deleted.");
            waiting(browser.driver()).until(d -> !listed(browser).contains("Pop-up store"));

            open(browser, "Live books"); // customers chatted in it in the tests before
            remove(browser);
            form(browser).noticeSays("The campaign Live books has history, so it was archived: it takes no more customers"
                    + " and its history stays.");
            waiting(browser.driver()).until(d -> !listed(browser).contains("Live books"));
        }
    }

    private static void remove(Browser browser) {
        form(browser).click(By.id("campaign:remove"));
        form(browser).click(By.id("campaign:confirm-yes"));
    }
}
