package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.webchat.it.Accessibility;
import org.webchat.it.Browser;
import org.webchat.it.ConsoleSession;

/**
 * The browser side of {@link WorkspaceBrowserIT}: an agent in the workspace and a customer in the widget. Other
 * browser tests open them through the public helpers.
 */
public final class WorkspaceScenarios {

    private final URL base;

    WorkspaceScenarios(URL base) {
        this.base = base;
    }

    /** Waits up to 20 s, looking again when the workspace redrew its lists in between (they are redrawn live). */
    public static FluentWait<WebDriver> waiting(WebDriver driver) {
        return Browser.within(driver, 20).ignoring(StaleElementReferenceException.class);
    }

    private static Browser workspace(URL base) {
        return workspace(base, "work-0");
    }

    static Browser workspace(URL base, String login) {
        return workspace(base, login, "work-pw");
    }

    /** The workspace of {@code login}, signed in and connected. */
    public static Browser workspace(URL base, String login, String password) {
        return open(Browser.open(base, "en").signIn(login, password));
    }

    private static Browser open(Browser agent) {
        agent.go("agent/index.xhtml");
        waiting(agent.driver()).until(d -> "connected".equals(d.findElement(By.id("ws-connection")).getAttribute("data-state")));
        return agent;
    }

    private static Browser customer(URL base, String name) {
        return customer(base, name, WorkspaceBrowserIT.WORK);
    }

    /** A customer named {@code name} who has just started a chat in the widget of {@code campaign}. */
    public static Browser customer(URL base, String name, long campaign) {
        Browser customer = Browser.open(base, "en");
        customer.go("widget/chat?campaign=" + campaign + "&name=" + name + "&email=" + name.toLowerCase()
                + "%40example.com");
        customer.find(By.id("wc-start")).click();
        return customer;
    }

    /**
     * Lets the test hear the workspace's alerts: notifications are granted to the application, every browser
     * notification and every tone is counted in {@code window.webchatAlerts}, and the test decides whether the
     * page counts as hidden (a notification is shown only when the agent is looking elsewhere).
     */
    private static final String ALERT_SPY = String.join("\n",
            "window.webchatAlerts = { tones: 0, notifications: [], hidden: false };",
            "(() => {",
            "  const Real = window.Notification;",
            "  function Spy(title, options) {",
            "    window.webchatAlerts.notifications.push(title + ' | ' + ((options && options.body) || ''));",
            "    return { close() {} };",
            "  }",
            "  Object.defineProperty(Spy, 'permission', { get: () => Real.permission });",
            "  Spy.requestPermission = () => Real.requestPermission();",
            "  window.Notification = Spy;",
            "  const oscillator = AudioContext.prototype.createOscillator;",
            "  AudioContext.prototype.createOscillator = function () {",
            "    window.webchatAlerts.tones++;",
            "    return oscillator.apply(this, arguments);",
            "  };",
            "  Object.defineProperty(Document.prototype, 'hidden', { configurable: true,",
            "    get: () => window.webchatAlerts.hidden });",
            "})();");

    private Browser workspaceListeningForAlerts(String login) throws Exception {
        return workspaceListeningForAlerts(base, login, "work-pw");
    }

    /** The workspace of {@code login} with its alerts counted in {@code window.webchatAlerts} (see ALERT_SPY). */
    static Browser workspaceListeningForAlerts(URL base, String login, String password) throws Exception {
        // Signed in over HTTP and handed the session cookie, never typing in this browser: a click or key on the
        // login page could count as the agent's first gesture for the workspace too.
        String[] session = ConsoleSession.signIn(base, login, password).split("=", 2);
        Browser agent = Browser.open(base, "en").go("login.xhtml");
        agent.driver().manage().addCookie(new Cookie(session[0], session[1], "/"));
        ChromeDriver driver = agent.driver();
        driver.executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort(),
                "permissions", List.of("notifications")));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ALERT_SPY));
        return open(agent);
    }

    /** Clicks the element, found again if the workspace redrew it in between. */
    static void click(WebDriver driver, By by) {
        waiting(driver).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Chooses a state by its label, the list found again if the workspace redrew it in between. */
    private static void choose(WebDriver driver, String state) {
        waiting(driver).until(d -> {
            new Select(d.findElement(By.id("ws-state"))).selectByVisibleText(state);
            return true;
        });
    }

    static List<String> texts(WebDriver driver, String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getText()).toList();
    }

    void aChatFromStartToWrapUp() throws Exception {
        try (Browser agent = workspaceListeningForAlerts("work-0")) {
            ChromeDriver ws = agent.driver();
            // Browsers let a page sound only after the user's first gesture: until then the workspace says so and
            // offers one click for sound and notifications (issue 11, point 16; AGT-01). Then the agent looks at
            // another tab.
            assertEquals("Sound and notifications are off: the first chat would arrive in silence.",
                    agent.text(By.id("ws-alerts-text")));
            assertTrue(ws.findElement(By.id("ws-alerts-prompt")).isDisplayed(), "the prompt shows before any click");
            click(ws, By.id("ws-alerts-enable"));
            waiting(ws).until(d -> !d.findElement(By.id("ws-alerts-prompt")).isDisplayed());
            assertEquals("true", ws.findElement(By.id("ws-notify")).getAttribute("aria-pressed"),
                    "browser notifications are on");
            ws.executeScript("window.webchatAlerts.hidden = true;");
            try (Browser customer = customer(base, "Carla")) {
                aChatFromStartToWrapUp(agent, customer);
            }
        }
    }

    private void aChatFromStartToWrapUp(Browser agent, Browser customer) throws Exception {
        ChromeDriver ws = agent.driver();
        ChromeDriver widget = customer.driver();
        // AGT-01: the chat arrives live, without a reload, with a sound and a browser notification.
        agent.find(By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
        waiting(ws).until(d -> ((Number) ws.executeScript("return window.webchatAlerts.tones;")).intValue() > 0);
        waiting(ws).until(d -> String.valueOf(ws.executeScript("return window.webchatAlerts.notifications;"))
                .contains("Carla"));
        ws.executeScript("window.webchatAlerts.hidden = false;");
        click(ws, By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
        assertEquals("Carla", agent.text(By.id("ws-customer")));
        assertTrue(agent.text(By.id("ws-waited")).length() > 0, "AGT-03: how long the customer waited");

        customer.find(By.id("wc-text")).sendKeys("Hello, where is my order?", Keys.ENTER);
        waiting(ws).until(d -> texts(d, "#ws-messages li.ws-from-customer .ws-text").contains("Hello, where is my order?"));

        // MSG-07, ADV-16 (issue 11, point 13): "/" at the start of the text lists the shortcuts, each with one
        // slash, also the one an administrator wrote as "/bye"; typing after the slash filters them.
        WebElement text = ws.findElement(By.id("ws-text"));
        text.sendKeys("/");
        agent.find(By.cssSelector("#ws-canned-panel .ws-canned"));
        waiting(ws).until(d -> texts(d, "#ws-canned-panel .ws-canned-shortcut").size() == 2);
        assertEquals(List.of("/bye", "/status"), texts(ws, "#ws-canned-panel .ws-canned-shortcut").stream().sorted().toList());
        text.sendKeys("by");
        waiting(ws).until(d -> texts(d, "#ws-canned-panel .ws-canned-shortcut").equals(List.of("/bye")));
        text.sendKeys(Keys.ESCAPE);
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        click(ws, By.id("ws-canned"));
        agent.find(By.cssSelector("#ws-canned-panel .ws-canned[data-shortcut='status']"));
        click(ws, By.cssSelector("#ws-canned-panel .ws-canned[data-shortcut='status']"));
        click(ws, By.id("ws-emoji"));
        String emoji = agent.find(By.cssSelector("#ws-emoji-panel .ws-emoji")).getText();
        click(ws, By.cssSelector("#ws-emoji-panel .ws-emoji"));
        ws.findElement(By.id("ws-text")).sendKeys(Keys.ENTER);
        waiting(widget).until(d -> texts(d, "#wc-messages li.wc-from-agent .wc-text").stream()
                .anyMatch(t -> t.startsWith("Your order is on its way.") && t.contains(emoji)));

        Path guide = Files.createTempDirectory("webchat-agent").resolve("guide.pdf");
        Files.write(guide, "%PDF-1.4 tracking guide".getBytes(StandardCharsets.US_ASCII));
        ws.findElement(By.id("ws-file")).sendKeys(guide.toString());
        By guideLink = By.xpath("//*[@id='wc-messages']//a[contains(@class,'wc-file') and contains(.,'guide.pdf')]");
        customer.find(guideLink);
        // The customer downloads it and gets the very bytes the agent sent.
        Path downloads = Files.createTempDirectory("webchat-downloads");
        widget.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        click(widget, guideLink);
        Path downloaded = downloads.resolve("guide.pdf");
        waiting(widget).until(d -> Files.isRegularFile(downloaded));
        waiting(widget).until(d -> Arrays.equals(read(guide), read(downloaded)));

        customer.find(By.id("wc-text")).sendKeys("Thank you!", Keys.ENTER);
        waiting(ws).until(d -> texts(d, "#ws-messages li.ws-from-customer .ws-text").contains("Thank you!"));
        // Both sides show the same conversation, message by message, in the same order.
        List<String> seenByAgent = conversation(ws, "ws");
        assertEquals(seenByAgent, conversation(widget, "wc"));
        assertEquals(List.of("customer: Hello, where is my order?", "agent: Your order is on its way." + emoji,
                "agent: guide.pdf", "customer: Thank you!"), seenByAgent.stream().map(m -> m.split(" ", 2)[1])
                .filter(m -> !m.startsWith("system:") && !m.contains("orders team")).toList());

        // AGT-05: the agent records an audio message (Chromium's fake microphone) and the customer can play it.
        click(ws, By.id("ws-record"));
        agent.find(By.id("ws-record-stop"));
        Thread.sleep(1500);
        click(ws, By.id("ws-record-stop"));
        waiting(widget).until(d -> !d.findElements(By.cssSelector("#wc-messages li.wc-from-agent audio")).isEmpty());
        waiting(ws).until(d -> !d.findElements(By.cssSelector("#ws-messages li.ws-from-agent audio")).isEmpty());

        click(ws, By.id("ws-more"));
        agent.find(By.id("ws-end"));
        click(ws, By.id("ws-end"));
        agent.find(By.id("ws-end-yes"));
        click(ws, By.id("ws-end-yes"));
        agent.find(By.cssSelector("#ws-quality label[for='ws-q-0-3']"));
        click(ws, By.cssSelector("#ws-quality label[for='ws-q-0-3']"));
        click(ws, By.id("ws-quality-send"));
        agent.find(By.id("ws-quality-done"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            return new byte[0]; // still being written
        }
    }

    /**
     * Each message on one side as "seq sender: text", a file by its name: the workspace's classes start with
     * {@code ws-} and the widget's with {@code wc-}, the rest is alike.
     */
    @SuppressWarnings("unchecked")
    private static List<String> conversation(ChromeDriver driver, String prefix) {
        return (List<String>) driver.executeScript(String.join("\n",
                "const p = arguments[0];",
                "return [...document.querySelectorAll('#' + p + '-messages li.' + p + '-msg[data-seq]')].map(li => {",
                "  const from = [...li.classList].find(c => c.startsWith(p + '-from-')).slice(p.length + 6);",
                "  const text = li.querySelector('.' + p + '-text');",
                "  const file = li.querySelector('a[download]');",
                "  return li.dataset.seq + ' ' + from + ': '",
                "      + (text ? text.textContent : file ? file.getAttribute('download') : '');",
                "});"), prefix);
    }

    void aBreakHoldsNewChatsBack() throws Exception {
        try (Browser agent = workspace(base)) {
            WebDriver ws = agent.driver();
            agent.find(By.id("ws-state"));
            choose(ws, "Lunch");
            waiting(ws).until(d -> d.findElement(By.id("ws-state")).getAttribute("value").startsWith("break:"));
            try (Browser customer = customer(base, "Bruno")) {
                Thread.sleep(4000); // longer than the engine's sweep
                assertTrue(texts(ws, "#ws-inbox li.ws-chat .ws-customer-name").stream().noneMatch("Bruno"::equals),
                        "STR: an agent on a break receives nothing new");
                choose(ws, "Available");
                waiting(ws).until(d -> texts(d, "#ws-inbox li.ws-chat .ws-customer-name").contains("Bruno"));
            }
        }
    }

    void historyTransferAndAnotherAgentsConversation() throws Exception {
        try (Browser first = workspace(base); Browser customer = customer(base, "Carla")) {
            WebDriver ws = first.driver();
            // Bruno, from the break scenario, is still in the inbox: open Carla's new chat by her name.
            By carla = By.xpath("//*[@id='ws-inbox']//li[contains(@class,'ws-chat') and not(contains(@class,'ws-ended'))]"
                    + "[.//*[contains(@class,'ws-customer-name') and normalize-space()='Carla']]//button[contains(@class,'ws-open')]");
            first.find(carla);
            click(ws, carla);
            String interaction = ws.findElement(By.cssSelector("#ws-inbox li.ws-chat.ws-selected")).getAttribute("data-interaction");

            // AGT-06: Carla wrote before (the first scenario): her earlier chat is one click away.
            click(ws, By.id("ws-more"));
            click(ws, By.id("ws-more-history"));
            waiting(ws).until(d -> !d.findElements(By.cssSelector("#ws-history .ws-history-item")).isEmpty());

            try (Browser second = workspace(base, "work-1")) {
                WebDriver ws2 = second.driver();
                click(ws, By.id("ws-more"));
                click(ws, By.id("ws-more-transfer"));
                first.find(By.cssSelector("#ws-transfer .ws-target-agent"));
                click(ws, By.cssSelector("#ws-transfer .ws-target-agent"));
                click(ws, By.id("ws-transfer-send"));
                // AGT-08: the second agent is offered the chat and takes it.
                second.find(By.cssSelector("#ws-inbox li.ws-offer.ws-transfer .ws-accept"));
                click(ws2, By.cssSelector("#ws-inbox li.ws-offer.ws-transfer .ws-accept"));
                waiting(ws2).until(d -> d.findElements(By.cssSelector("#ws-inbox li.ws-chat:not(.ws-ended)")).stream()
                        .anyMatch(li -> interaction.equals(li.getAttribute("data-interaction"))));
                waiting(customer.driver()).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent work 1"));

                // The chat is the second agent's now: its address is a 403 for the first.
                HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(base.toString().replaceAll("/$", "") + "/agent/api/interactions/" + interaction))
                        .header("Cookie", ConsoleSession.signIn(base, "work-0", "work-pw")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(403, refused.statusCode(), refused.body());
                HttpResponse<String> own = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(base.toString().replaceAll("/$", "") + "/agent/api/interactions/" + interaction))
                        .header("Cookie", ConsoleSession.signIn(base, "work-1", "work-pw")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, own.statusCode(), "its agent opens it");
            }
        }
    }

    void aRingallOfferTakenFromTheInbox() throws Exception {
        try (Browser first = workspace(base, "bell-0"); Browser second = workspace(base, "bell-1");
                Browser customer = customer(base, "Dora", WorkspaceBrowserIT.RING)) {
            // STR-04: the offer rings in both inboxes; the second agent takes it from there.
            By offer = By.xpath("//*[@id='ws-inbox']//li[contains(@class,'ws-offer') and not(contains(@class,'ws-transfer'))]"
                    + "[.//*[contains(@class,'ws-customer-name') and normalize-space()='Dora']]");
            first.find(offer);
            second.find(offer);
            click(second.driver(), new ByChained(offer, By.cssSelector(".ws-accept")));
            waiting(second.driver()).until(d -> texts(d, "#ws-inbox li.ws-chat:not(.ws-ended) .ws-customer-name").contains("Dora"));
            waiting(customer.driver()).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent bell 1"));
            // The other agent's offer is withdrawn, and the chat is not in that inbox.
            waiting(first.driver()).until(d -> d.findElements(offer).isEmpty());
            assertTrue(texts(first.driver(), "#ws-inbox li.ws-chat .ws-customer-name").stream().noneMatch("Dora"::equals));
        }
    }

    /**
     * axe-core finds nothing critical or serious in the workspace and the widget through a chat (issue 11, point 21):
     * the workspace without and with a chat and after its end, the widget's launcher, pre-chat form, chat and rating.
     * A campaign and an agent of its own, so that no chat another test left behind is in its inbox.
     */
    void everyStateOfAChatIsAccessible() {
        List<String> found = new ArrayList<>();
        try (Browser agent = workspace(base, "axe-0"); Browser customer = Browser.open(base, "en")) {
            found.add(Accessibility.seriousViolations(agent.driver(), "workspace without a chat"));
            long campaign = WorkspaceBrowserIT.ACCESSIBLE;
            customer.go("widget/example?campaign=" + campaign).find(By.id("webchat-launcher"));
            found.add(Accessibility.seriousViolations(customer.driver(), "widget launcher on the example page"));
            customer.go("widget/chat?campaign=" + campaign).find(By.id("wc-start"));
            found.add(Accessibility.seriousViolations(customer.driver(), "widget pre-chat form"));
            customer.go("widget/chat?campaign=" + campaign + "&name=Axel&email=axel%40example.com");
            customer.find(By.id("wc-start")).click();
            found.add(Accessibility.seriousViolations(customer.driver(), "widget after start"));

            click(agent.driver(), By.cssSelector("#ws-inbox li.ws-chat .ws-open"));
            customer.find(By.id("wc-text")).sendKeys("Hello, where is my order?", Keys.ENTER);
            waiting(agent.driver()).until(d -> !d.findElements(By.cssSelector("#ws-messages li.ws-from-customer")).isEmpty());
            found.add(Accessibility.seriousViolations(agent.driver(), "workspace with a chat"));
            found.add(Accessibility.seriousViolations(customer.driver(), "widget in a chat"));

            agent.find(By.id("ws-more")).click();
            agent.find(By.id("ws-end")).click();
            agent.find(By.id("ws-end-yes")).click();
            waiting(customer.driver()).until(d -> d.findElements(By.cssSelector(".wc-star")).stream().anyMatch(WebElement::isDisplayed));
            found.add(Accessibility.seriousViolations(agent.driver(), "workspace after the end"));
            found.add(Accessibility.seriousViolations(customer.driver(), "widget rating"));
        }
        assertEquals("", String.join("", found));
    }
}
