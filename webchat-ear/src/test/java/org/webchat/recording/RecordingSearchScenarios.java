package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;

/** The browser side of {@link RecordingSearchBrowserIT}: a supervisor on the recordings page. */
final class RecordingSearchScenarios {

    private static final By COUNT = By.cssSelector("[id='results:table:count']");
    private final URL base;

    RecordingSearchScenarios(URL base) {
        this.base = base;
    }

    private static List<String> column(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector("[id='results:table_data'] " + css)).stream()
                .map(WebElement::getText).toList();
    }

    /** Waits until the column reads {@code expected}, top to bottom, read again while Ajax redraws the table. */
    private static void columnBecomes(WebDriver driver, String css, List<String> expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> expected.equals(column(d, css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, column(driver, css));
        }
    }

    void filterByEmailThenSortByCustomer() {
        try (Browser supervisor = Browser.open(base, "en")) {
            WebDriver page = supervisor.driver();
            supervisor.signIn(RecordingSearchBrowserIT.SUPERVISOR, RecordingSearchBrowserIT.PASSWORD);
            // A user in São Paulo (UTC-3) sees the times in its own zone, once the page learnt it.
            supervisor.driver().executeCdpCommand("Emulation.setTimezoneOverride",
                    Map.of("timezoneId", "America/Sao_Paulo"));
            supervisor.go("recordings/index.xhtml");
            new WebDriverWait(page, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(COUNT).getText().endsWith("America/Sao_Paulo"));
            assertTrue(supervisor.text(COUNT).startsWith("5 conversations"), supervisor.text(COUNT));
            assertEquals("Yann Young", column(page, ".wc-customer").get(0), "newest first");
            assertEquals("2026-02-01 06:40:00", column(page, "td:first-child").get(0), "09:40 UTC in São Paulo");

            supervisor.find(By.id("search:email")).sendKeys("ACME");
            supervisor.find(By.id("search:run")).click();
            columnBecomes(page, ".wc-email", List.of("yann@acme.example", "xena@acme.example", "vera@acme.example"));
            assertTrue(supervisor.text(COUNT).startsWith("3 conversations"), supervisor.text(COUNT));
            assertEquals("Xena <b>Xu</b>", column(page, ".wc-customer").get(1), "the customer's text, never markup");

            // An end before the start is refused beside the end date; the search as typed and the last results stay.
            supervisor.find(By.id("search:from_input")).sendKeys("2026-03-11");
            supervisor.find(By.id("search:to_input")).sendKeys("2026-03-10");
            supervisor.find(By.id("search:run")).click();
            assertEquals("The end must come after the start.", supervisor.text(By.id("search:to-error")));
            assertEquals("ACME", supervisor.find(By.id("search:email")).getDomProperty("value"));
            assertEquals(3, column(page, ".wc-email").size(), "the last accepted search's results");

            supervisor.find(By.xpath("//th[.//span[contains(@class, 'ui-column-title') and text() = 'Customer']]"))
                    .click();
            columnBecomes(page, ".wc-customer", List.of("Vera Vance", "Xena <b>Xu</b>", "Yann Young"));
            Accessibility.assertNoSeriousViolations(page, "recordings/index.xhtml with a refused search");
        }
    }

    /** Signs {@code login} in, and opens the only conversation its Recordings find, that of {@code customer}. */
    private static void openTheOnlyConversation(Browser supervisor, String login, String customer) {
        supervisor.signIn(login, RecordingSearchBrowserIT.PASSWORD);
        supervisor.go("recordings/index.xhtml");
        columnBecomes(supervisor.driver(), ".wc-customer", List.of(customer));
        supervisor.find(By.cssSelector("[id='results:table_data'] tr td:nth-child(4)")).click();
    }

    void readGradeAndDownload() {
        try (Browser supervisor = Browser.open(base, "en")) {
            WebDriver page = supervisor.driver();
            openTheOnlyConversation(supervisor, RecordingSearchBrowserIT.GRADER, "Ñandú Pérez");

            // REC-05: the customer's rating and the supervisors' average at the top right.
            assertEquals("5 / 5", supervisor.text(By.id("conversation:rating")));
            assertEquals("60", supervisor.text(By.id("conversation:average-value")));
            assertEquals("Great help", supervisor.text(By.id("conversation:comment")));
            List<String> lines = page.findElements(By.cssSelector("#transcript > li")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(0).contains("Ñandú Pérez") && lines.get(0).contains("Hola, <i>¿me ayuda?</i>"),
                    "the customer's text, as text: " + lines);
            assertTrue(lines.get(1).contains("Agent recb 0") && lines.get(1).contains("Here is your receipt"));
            WebElement picture = supervisor.find(By.cssSelector("#transcript img[alt='receipt.png']"));
            Browser.within(page, 15).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].naturalWidth", picture)).intValue() == 60);

            // REC-04: the star opens the model; the supervisor answers, saves, and the average counts it.
            supervisor.find(By.id("conversation:grade")).click();
            WebElement answer = supervisor.find(By.cssSelector("[id='grade'] input[id$=':answer_input']"));
            answer.clear();
            answer.sendKeys("8");
            supervisor.find(By.id("grade:comment")).sendKeys("Friendly and quick");
            supervisor.find(By.id("grade:save")).click();
            Browser.within(page, 15).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("conversation:average-value")).getText().equals("70"));
            assertTrue(supervisor.text(By.id("grades")).contains("Friendly and quick"));
            assertEquals("Edit my grade", supervisor.text(By.id("conversation:grade")));
            columnBecomes(page, "td:last-child", List.of("70 (2 supervisors)"));

            // REC-03: the PDF downloads in the signed-in session.
            String pdf = page.findElement(By.id("conversation:pdf")).getAttribute("href");
            Object answerOfPdf = ((JavascriptExecutor) page).executeAsyncScript("const done = arguments[1];"
                    + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                    + ".catch(e => done(String(e)));", pdf);
            assertEquals("200 application/pdf", answerOfPdf);

            // REC-02: the search exported as PDF by the batch job; the socket says when it is done, and it downloads.
            supervisor.find(By.id("exports:pdf")).click();
            WebElement download = Browser.within(page, 60).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("#export-list a[id$=':download']")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(supervisor.text(By.cssSelector("#export-list .wc-export-text")).startsWith("1 of 1"));
            Object answerOfExport = ((JavascriptExecutor) page).executeAsyncScript("const done = arguments[1];"
                    + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                    + ".catch(e => done(String(e)));", download.getAttribute("href"));
            assertEquals("200 application/pdf", answerOfExport);
            Accessibility.assertNoSeriousViolations(page, "recordings/index.xhtml with a conversation open");
        }
    }

    void readABotsConversation() {
        try (Browser supervisor = Browser.open(base, "en")) {
            WebDriver page = supervisor.driver();
            openTheOnlyConversation(supervisor, RecordingSearchBrowserIT.BOT_SUPERVISOR, "Vera Bot");

            List<WebElement> lines = Browser.within(page, 15).until(d -> {
                List<WebElement> shown = d.findElements(By.cssSelector("#transcript > li"));
                return shown.size() == 4 ? shown : null;
            });
            assertEquals(BotConversation.BOT_NAME, lines.get(0).findElement(By.cssSelector(".wc-line-name")).getText(),
                    "the bot's line under the name its customer read");
            assertEquals(BotConversation.QUESTION, lines.get(0).findElement(By.cssSelector(".wc-line-text")).getText());
            assertTrue(lines.get(0).getAttribute("class").contains("wc-line-bot"), "set apart from the people's");
            assertEquals("Billing, <b>please</b>", lines.get(1).findElement(By.cssSelector(".wc-line-text")).getText(),
                    "the customer's text, as text");
            assertEquals(BotConversation.BOT_NAME + " (note for the agent)",
                    lines.get(2).findElement(By.cssSelector(".wc-line-name")).getText());
            assertTrue(lines.get(2).getAttribute("class").contains("wc-line-note"));
            assertEquals(BotConversation.NOTE, lines.get(2).findElement(By.cssSelector(".wc-line-text")).getText());

            List<String> collected = page.findElements(By.cssSelector("#bot-variables dt")).stream()
                    .map(dt -> dt.getText() + ": " + dt.findElement(By.xpath("following-sibling::dd[1]")).getText())
                    .toList();
            assertEquals(BotConversation.COLLECTED, collected, "what the bot collected, in order");
            assertEquals(BotConversation.SURVEY, supervisor.text(By.cssSelector("#survey-answers dt")) + ": "
                    + supervisor.text(By.cssSelector("#survey-answers dd")));
            Accessibility.assertNoSeriousViolations(page, "recordings/index.xhtml with a bot's conversation open");
        }
    }

    /**
     * Picks {@code choice} (YES, NO) in the Seen filter and runs the search. Set on the menu's own select, which the
     * form posts: the menu's overlay panel, under a loaded machine, sometimes took no click.
     */
    private static void searchSeen(Browser supervisor, String choice) {
        supervisor.driver().executeScript("const select = document.getElementById('search:seen_input');"
                + " select.value = arguments[0]; select.dispatchEvent(new Event('change'));", choice);
        click(supervisor, By.id("search:run"));
    }

    /**
     * Clicks the element once it shows, found again when an Ajax update replaced it meanwhile, and clicked again
     * while a closing menu's panel still covers it.
     */
    private static void click(Browser supervisor, By by) {
        Browser.within(supervisor.driver(), 15).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).until(d -> {
                    supervisor.find(by).click();
                    return true;
                });
    }

    private static By toggle(String customer, boolean seen) {
        return By.cssSelector("button[aria-label=\"Mark " + customer + "'s offline message as "
                + (seen ? "seen" : "unseen again") + "\"]");
    }

    /** Waits until the focus is on the button labelled {@code label}, or ({@code label} null) on the count. */
    private static void focusBecomes(WebDriver page, String label, String why) {
        String script = "const e = document.activeElement; return e.getAttribute('aria-label') || e.className;";
        try {
            Browser.within(page, 5).until(d -> {
                Object focused = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(script);
                return label == null ? String.valueOf(focused).contains("wc-count") : label.equals(focused);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(label == null ? "wc-count" : label,
                    ((org.openqa.selenium.JavascriptExecutor) page).executeScript(script), why);
        }
    }

    void markSeenThenUnseen() {
        try (Browser supervisor = Browser.open(base, "en")) {
            WebDriver page = supervisor.driver();
            supervisor.signIn(RecordingSearchBrowserIT.SEEN_SUPERVISOR, RecordingSearchBrowserIT.PASSWORD);
            supervisor.go("recordings/index.xhtml");
            columnBecomes(page, ".wc-customer", List.of("Pia Park", "Omar Ortiz", "Nina North"));
            // The page searches once more in the browser's time zone when it differs from the server's: after that.
            Object zone = supervisor.driver().executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
            new WebDriverWait(page, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(COUNT).getText().endsWith(" " + zone));
            searchSeen(supervisor, "NO");
            columnBecomes(page, ".wc-customer", List.of("Omar Ortiz", "Nina North"));

            // A click marks Omar's seen: it leaves the unseen ones, and the count follows.
            click(supervisor, toggle("Omar Ortiz", true));
            columnBecomes(page, ".wc-customer", List.of("Nina North"));
            focusBecomes(page, "Mark Nina North's offline message as seen", "the focus stays in place: the next row's");
            new WebDriverWait(page, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(COUNT).getText().startsWith("One conversation"));

            // Under the Seen filter: who saw it and when; there the keyboard marks it unseen again.
            searchSeen(supervisor, "YES");
            columnBecomes(page, ".wc-customer", List.of("Pia Park", "Omar Ortiz"));
            By omarSeenBy = By.xpath("//tr[.//span[text() = 'Omar Ortiz']]//*[contains(@class, 'wc-seen-by')]");
            assertTrue(supervisor.text(omarSeenBy).startsWith("Seen by Supervisor recs-sup at "),
                    supervisor.text(omarSeenBy));
            Accessibility.assertNoSeriousViolations(page, "recordings/index.xhtml with a seen offline message");
            supervisor.find(toggle("Omar Ortiz", false)).sendKeys(Keys.ENTER);
            columnBecomes(page, ".wc-customer", List.of("Pia Park"));
            focusBecomes(page, null, "no row left in that place: the count");
            searchSeen(supervisor, "NO");
            columnBecomes(page, ".wc-customer", List.of("Omar Ortiz", "Nina North"));
        }
    }
}
