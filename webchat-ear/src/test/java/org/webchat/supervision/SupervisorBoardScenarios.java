package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.agent.WorkspaceScenarios;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;
import org.webchat.it.SocketClient;

/** The browser side of {@link SupervisionBrowserIT}: a supervisor's board, two agents and a customer. */
final class SupervisorBoardScenarios {

    private static final By WAITING_ROWS = By.cssSelector("#sup-waiting-body tr");
    private final URL base;

    SupervisorBoardScenarios(URL base) {
        this.base = base;
    }

    private static FluentWait<WebDriver> within(WebDriver driver, int seconds) {
        return Browser.within(driver, seconds).ignoring(StaleElementReferenceException.class);
    }

    private static By agentRow(String login) {
        return By.cssSelector("#sup-agents-body tr[data-login='" + login + "']");
    }

    /** The attribute of the element, read again when the board redrew it in between. */
    private static String attribute(WebDriver driver, By by, String name) {
        return within(driver, 5).until(d -> d.findElement(by).getAttribute(name));
    }

    private static String text(WebDriver driver, By by) {
        return within(driver, 5).until(d -> d.findElement(by).getText());
    }

    /** Whether the element has the attribute, read again when the board redrew it in between. */
    private static boolean has(WebDriver driver, By by, String name) {
        return within(driver, 5).until(d -> Optional.ofNullable(d.findElement(by).getAttribute(name))).isPresent();
    }

    private static void colourBecomes(WebDriver driver, By band, String colour, int seconds) {
        within(driver, seconds).until(d -> colour.equals(d.findElement(band).getAttribute("data-colour")));
        assertTrue(attribute(driver, band, "textContent").contains(colour.equals("RED") ? "Past the threshold" : colour.equals("YELLOW")
                ? "Warning" : "On target"), "not colour alone: " + colour + " says so in words");
    }

    private static long sum(WebDriver driver, String widgetVar) {
        Object total = ((JavascriptExecutor) driver).executeScript("const w = PrimeFaces.widgets[arguments[0]];"
                + " return w && w.chart ? w.chart.data.datasets[0].data.reduce((a, b) => a + (b || 0), 0) : -1;", widgetVar);
        return ((Number) total).longValue();
    }

    /** The campaign's bot figures as the board shows them now (talking, resolved, handed off, handled); null: none. */
    private static String botFigures(WebDriver driver) {
        List<WebElement> cells = driver.findElements(By.cssSelector(
                "#sup-bots-body tr[data-campaign='" + SupervisionBrowserIT.BOTS + "'] td"));
        return cells.size() == 4 ? cells.stream().map(WebElement::getText).collect(Collectors.joining(" ")) : null;
    }

    private static void botFiguresBecome(WebDriver driver, String expected, String why) {
        try {
            within(driver, 15).until(d -> expected.equals(botFigures(d)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, botFigures(driver), why);
        }
    }

    private static String hello(String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + SupervisionBrowserIT.BOTS + ",\"name\":\"" + name
                + "\",\"language\":\"en\"}";
    }

    private static Predicate<JsonObject> state(String state) {
        return f -> ("state".equals(f.getString("type", "")) || "welcome".equals(f.getString("type", "")))
                && state.equals(f.getString("state", ""));
    }

    private static final Predicate<JsonObject> QUESTION = f -> "message".equals(f.getString("type", ""))
            && SupervisionBrowserIT.BOT_QUESTION.equals(f.getString("text", ""));

    /**
     * Issue 15, point 5: the board shows the campaign's start bot's chats, live: one it talks in, then the one it
     * resolved (its flow ended it), then one it handed to a person (the customer asked for one).
     */
    void theBotsChatsCountLive() throws Exception {
        try (Browser supervisor = Browser.open(base, "en")) {
            WebDriver board = supervisor.driver();
            board.manage().window().setSize(new Dimension(1366, 768));
            supervisor.signIn(SupervisionBrowserIT.BOTS_SUPERVISOR, SupervisionBrowserIT.BOTS_PASSWORD)
                    .go("supervisor/index.xhtml");
            within(board, 20).until(d -> "connected".equals(d.findElement(By.id("sup-connection")).getAttribute("data-state")));
            botFiguresBecome(board, "0 0 0 0", "a campaign with a bot shows its figures before its first chat");
            assertEquals("Bots today", text(board, By.id("sup-bots-title")));

            try (SocketClient resolved = SocketClient.customer(base)) {
                resolved.send(hello("Rita"));
                resolved.await(state("BOT"), "the bot's welcome");
                resolved.await(QUESTION, "the bot's question");
                botFiguresBecome(board, "1 0 0 0", "the bot talks in one chat");
                resolved.send("{\"type\":\"message\",\"clientId\":\"r-1\",\"text\":\"No\"}");
                resolved.await(state("ENDED"), "the bot's flow ends the chat");
                botFiguresBecome(board, "0 1 0 1", "resolved by the bot, live");
            }
            try (SocketClient handedOff = SocketClient.customer(base)) {
                handedOff.send(hello("Hugo"));
                handedOff.await(QUESTION, "the bot's question");
                handedOff.send("{\"type\":\"person\"}");
                handedOff.await(state("QUEUED"), "a person, asked for");
                botFiguresBecome(board, "0 1 1 2", "handed off by the bot, live");
            }
            Accessibility.assertNoSeriousViolations(board, "the supervision board with a bot's figures");
        }
    }

    void aCustomerWaitsIsTakenAndAnAgentIdles() throws Exception {
        try (Browser supervisor = Browser.open(base, "en")) {
            WebDriver board = supervisor.driver();
            board.manage().window().setSize(new Dimension(1366, 768));
            supervisor.signIn(SupervisionBrowserIT.LIVE_SUPERVISOR, SupervisionBrowserIT.LIVE_PASSWORD)
                    .go("supervisor/index.xhtml");
            within(board, 20).until(d -> "connected".equals(d.findElement(By.id("sup-connection")).getAttribute("data-state")));
            within(board, 10).until(d -> d.findElements(By.cssSelector("#sup-agents-body tr[data-state='DISCONNECTED']")).size() == 2);
            assertEquals("Live board", text(board, By.cssSelector("#sup-figures-body tr[data-campaign] th")));

            try (Browser customer = WorkspaceScenarios.customer(base, "Wendy", SupervisionBrowserIT.LIVE)) {
                long started = System.nanoTime();
                within(board, 20).until(d -> d.findElements(WAITING_ROWS).stream().anyMatch(r -> r.getText().contains("Wendy")));
                System.out.println("The waiting customer showed on the board " + (System.nanoTime() - started) / 1_000_000
                        + " ms after the widget's start");
                By wait = By.cssSelector("#sup-waiting-body tr .sup-band");
                colourBecomes(board, wait, "YELLOW", 15);
                String before = text(board, By.cssSelector("#sup-waiting-body tr .sup-value"));
                within(board, 5).until(d -> !before.equals(d.findElement(By.cssSelector("#sup-waiting-body tr .sup-value")).getText()));
                assertTrue(text(board, WAITING_ROWS).contains("wendy@example.com"), "SUP-10: e-mail");
                colourBecomes(board, wait, "RED", 15);
                assertEquals("RED", attribute(board, By.cssSelector("#sup-figures-body tr[data-campaign] td:nth-of-type(2) .sup-band"),
                        "data-colour"), "the longest wait too");

                try (Browser agent = WorkspaceScenarios.workspace(base, "live-0", SupervisionBrowserIT.LIVE_PASSWORD)) {
                    By chat = By.cssSelector("#sup-agents-body tr[data-login='live-0'] .sup-chats .sup-band");
                    within(board, 15).until(d -> !d.findElements(chat).isEmpty());
                    assertNotEquals("RED", attribute(board, chat, "data-colour"), "a new chat is not red yet");
                    colourBecomes(board, chat, "YELLOW", 20);
                    assertTrue(board.findElements(WAITING_ROWS).isEmpty(), "taken: nobody waits");
                    assertEquals("BUSY", attribute(board, agentRow("live-0"), "data-state"));
                    assertTrue(text(board, agentRow("live-0")).contains("1 of 1"), "SUP-06: active n of its cap");

                    // The other agent signs in now, so that its idle clock runs while the chat passes its red band.
                    String password = SupervisionBrowserIT.LIVE_PASSWORD;
                    try (Browser idle = WorkspaceScenarios.workspace(base, "live-1", password)) {
                        within(board, 10).until(d -> "FREE".equals(d.findElement(agentRow("live-1")).getAttribute("data-state")));
                        By alert = By.cssSelector("#sup-agents-body tr[data-login='live-1'] .sup-alert");
                        assertTrue(has(board, alert, "hidden"), "no alert before the third band");

                        colourBecomes(board, chat, "RED", 20);
                        assertEquals(1, board.findElements(By.cssSelector(
                                "#sup-agents-body tr[data-login='live-0'] td:nth-of-type(2) [role='img']")).size(),
                                "SUP-02: one web chat logo");

                        within(board, 40).until(d -> d.findElement(alert).isDisplayed());
                        assertTrue(text(board, alert).contains("Idle too long"));

                        assertTrue(sum(board, "supChartInteractions") >= 1, "the chart shows today's interactions");
                        assertEquals(2, sum(board, "supChartAgents"), "the agents by state");
                        assertTrue(attribute(board, By.id("sup-chart-agents-summary"), "textContent").contains("Busy: 1"),
                                "the charts say it in words too");
                        Object overflow = ((JavascriptExecutor) board).executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                        assertEquals(0L, ((Number) overflow).longValue(), "usable at 1366x768: no sideways scrolling");
                        // What a person sees at 1366x768, kept for a look after the run.
                        java.nio.file.Files.write(java.nio.file.Path.of("target/supervision-board.png"),
                                ((org.openqa.selenium.TakesScreenshot) board).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                        Accessibility.assertNoSeriousViolations(board, "the supervision board with a chat and an idle agent");
                    }
                }
            }
        }
    }
}
