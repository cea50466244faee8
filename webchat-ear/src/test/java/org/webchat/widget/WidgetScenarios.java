package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.it.Browser;
import org.webchat.it.ConsoleSession;
import org.webchat.it.HostPages;
import org.webchat.it.SocketClient;

/**
 * The customer widget in a real Chromium (issue 4, WID-01..10): embedded by its generated code in a company's
 * page on another origin, chatting with an agent driven through the agent socket; a reload, a dropped network,
 * a host page that is not allowed, the three languages, out of hours and the rating.
 */
/**
 * The browser side of {@link WidgetBrowserIT}, kept apart so that the test class itself names no Selenium type:
 * it is loaded in the server too, where Selenium is not.
 */
final class WidgetScenarios {

    static final long SHOP = WidgetBrowserIT.SHOP;
    static final long CLOSED = WidgetBrowserIT.CLOSED;
    static final int HOST_PORT = WidgetBrowserIT.HOST_PORT;

    private final URL base;

    WidgetScenarios(URL base) {
        this.base = base;
    }

    /** The code the administration gives a web developer, as the example page (ADM-09) runs it. */
    private String embedCode(long campaign) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("widget/example?campaign=" + campaign)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher script = Pattern.compile("<script nonce=\"[^\"]+\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(script.find(), "the example page embeds the widget: " + page);
        return "<script>" + script.group(1) + "</script>";
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }

    private static FluentWait<WebDriver> waiting(WebDriver driver) {
        // On a time-out, what the widget showed says which side stalled.
        return Browser.within(driver, 20).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the page showed: " + shown(driver));
    }

    private static String shown(WebDriver driver) {
        try {
            return String.valueOf(((JavascriptExecutor) driver).executeScript(
                    "return document.body ? document.body.innerText.slice(0, 2000) : ''"));
        } catch (RuntimeException unreadable) {
            return "(unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static void openPanel(Browser browser) {
        browser.find(By.id("webchat-launcher")).click();
        WebElement frame = browser.find(By.id("webchat-frame"));
        browser.driver().switchTo().frame(frame);
    }

    private static Predicate<JsonObject> message(long interaction, Predicate<JsonObject> also) {
        return f -> "message".equals(f.getString("type", "")) && f.getJsonNumber("interaction").longValue() == interaction
                && also.test(f);
    }

    private static void type(WebDriver driver, String text) {
        WebElement box = driver.findElement(By.id("wc-text"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private static List<String> messages(WebDriver driver) {
        return driver.findElements(By.cssSelector("#wc-messages li.wc-msg .wc-text")).stream().map(WebElement::getText).toList();
    }

    void aCustomerOnTheShopsSiteChatsWithEmojiAFileAndAnAudioMessageAndAReloadKeepsTheHistory() throws Exception {
        try (HostPages shop = HostPages.serve("127.0.0.2", HOST_PORT, embedCode(SHOP));
             SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "shop-0", "shop-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            WebDriver driver = browser.driver();
            driver.get(shop.origin() + "/products");
            WebElement launcher = browser.find(By.id("webchat-launcher"));
            assertEquals("rgba(11, 122, 62, 1)", launcher.getCssValue("background-color"), "ADV-06: the campaign colour");
            Object launcherMs = browser.driver().executeScript("return window.Webchat.timings && window.Webchat.timings.launcherMs");
            System.out.println("[WID-10] loader start to launcher shown: " + launcherMs + " ms");

            openPanel(browser);
            browser.find(By.id("wc-start")).click();
            assertFalse(browser.text(By.id("wc-name-error")).isBlank(), "WID-02: the name is required");
            driver.findElement(By.id("wc-name")).sendKeys("Lucía");
            driver.findElement(By.id("wc-email")).sendKeys("lucia-at-example");
            driver.findElement(By.id("wc-start")).click();
            assertFalse(browser.text(By.id("wc-email-error")).isBlank(), "ADV-11: a valid e-mail is required");
            driver.findElement(By.id("wc-email")).clear();
            driver.findElement(By.id("wc-email")).sendKeys("lucia@example.com");
            driver.findElement(By.id("wc-start")).click();

            long interaction = agent.await("assigned").getJsonNumber("interaction").longValue();
            waiting(driver).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent shop 0"));
            waiting(driver).until(d -> messages(d).contains("Hi, this is the shop. How can I help?"));

            browser.find(By.id("wc-emoji")).click();
            WebElement emoji = browser.find(By.cssSelector("#wc-emoji-panel .wc-emoji"));
            String emojiText = emoji.getText();
            emoji.click();
            type(driver, " I want to change my order");
            JsonObject received = agent.await(message(interaction, f -> f.getString("from").equals("customer")), "the customer's text");
            assertEquals(emojiText + " I want to change my order", received.getString("text"), "WID-06: text with an emoji");
            waiting(driver).until(d -> d.findElements(By.cssSelector("li.wc-from-customer[data-state='stored']")).size() == 1);

            agent.send("{\"type\":\"message\",\"interaction\":" + interaction + ",\"clientId\":\"a-1\",\"text\":\"Sure, <b>which</b> one?\"}");
            waiting(driver).until(d -> messages(d).contains("Sure, <b>which</b> one?"));
            assertTrue(driver.findElements(By.cssSelector("#wc-messages b")).isEmpty(), "agent text is never markup");

            Path invoice = Files.createTempDirectory("webchat-upload").resolve("invoice.pdf");
            byte[] pdf = "%PDF-1.4\n% a tiny invoice\n".getBytes(StandardCharsets.US_ASCII);
            Files.write(invoice, pdf);
            driver.findElement(By.id("wc-file")).sendKeys(invoice.toString());
            JsonObject file = agent.await(message(interaction, f -> f.containsKey("attachment")), "the file").getJsonObject("attachment");
            assertEquals("invoice.pdf", file.getString("name"));
            byte[] downloaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(file.getString("url").substring(1))))
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            assertArrayEquals(pdf, downloaded, "the agent downloads exactly what the customer sent");

            browser.find(By.id("wc-record")).click();
            Thread.sleep(1500);
            browser.find(By.id("wc-record-stop")).click();
            JsonObject audio = agent.await(message(interaction, f -> f.containsKey("attachment")
                    && "audio".equals(f.getJsonObject("attachment").getString("kind"))), "the audio message").getJsonObject("attachment");
            assertTrue(audio.getJsonNumber("size").longValue() > 0, "Chromium's fake microphone recorded something");
            waiting(driver).until(d -> !d.findElements(By.cssSelector("#wc-messages audio")).isEmpty());

            // WID-09: a reload resumes the same chat with its history.
            int shown = driver.findElements(By.cssSelector("#wc-messages li.wc-msg")).size();
            driver.switchTo().defaultContent();
            driver.navigate().refresh();
            openPanel(browser);
            waiting(driver).until(d -> d.findElements(By.cssSelector("#wc-messages li.wc-msg")).size() == shown);
            assertTrue(messages(driver).contains("Sure, <b>which</b> one?"));

            // WID-08: the agent ends; the customer rates the chat.
            agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
            browser.find(By.cssSelector("#wc-rating .wc-star[data-rating='4']")).click();
            browser.find(By.id("wc-rate")).click();
            browser.find(By.id("wc-rated"));
        }
    }

    /**
     * A customer opens the direct link (WID-10) with the pre-filled form, an agent takes the chat, then the browser's
     * network goes down; the chat's interaction.
     */
    private static long chatThenNetworkDown(Browser browser, SocketClient agent, String name) throws Exception {
        browser.go("widget/chat?campaign=" + SHOP + "&name=" + name + "&email=" + name.toLowerCase() + "%40example.com");
        browser.find(By.id("wc-start")).click();
        long interaction = agent.await("assigned").getJsonNumber("interaction").longValue();
        WebDriver driver = browser.driver();
        waiting(driver).until(d -> !d.findElement(By.id("wc-agent-name")).getText().isBlank());
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver().setNetworkConditions(offline);
        waiting(driver).until(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("wc-offline"));
        return interaction;
    }

    void messagesWrittenWhileTheNetworkIsDownArriveOnceWhenItComesBack() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "shop-0", "shop-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            long interaction = chatThenNetworkDown(browser, agent, "Otto");
            WebDriver driver = browser.driver();
            type(driver, "Written without network");
            type(driver, "And a second line");
            Thread.sleep(1000);
            assertTrue(agent.pending(message(interaction, f -> "customer".equals(f.getString("from")))).isEmpty(),
                    "nothing travels while the network is down");
            browser.driver().deleteNetworkConditions();
            browser.driver().executeScript("window.dispatchEvent(new Event('online'))");

            assertEquals("Written without network", agent.await(message(interaction, f -> "customer".equals(f.getString("from"))),
                    "the first waiting message").getString("text"));
            assertEquals("And a second line", agent.await(message(interaction, f -> "customer".equals(f.getString("from"))),
                    "the second waiting message").getString("text"));
            waiting(driver).until(d -> d.findElements(By.cssSelector("li.wc-from-customer[data-state='stored']")).size() == 2);
            Thread.sleep(1500);
            assertTrue(agent.pending(message(interaction, f -> "customer".equals(f.getString("from")))).isEmpty(),
                    "WID-09: each waiting message arrived exactly once");
            agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
        }
    }

    /**
     * Issue 11, point 3 (WID-09): a message written while the network is down, in a chat the agent ended meanwhile,
     * gets a definite answer when the network is back (the chat has ended): it shows as not sent, saying why, and it
     * is never sent again, also not after a reload.
     */
    void aMessageForAChatThatEndedMeanwhileShowsAsNotSentAndIsNotResent() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "shop-0", "shop-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            long interaction = chatThenNetworkDown(browser, agent, "Nora");
            WebDriver driver = browser.driver();
            type(driver, "Are you still there?");
            agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
            agent.await(f -> "ended".equals(f.getString("type", "")), "the end");
            browser.driver().deleteNetworkConditions();
            browser.driver().executeScript("window.dispatchEvent(new Event('online'))");

            assertEquals("Not sent: this chat has ended.", waiting(driver).until(d -> d.findElements(
                    By.cssSelector("li.wc-from-customer .wc-why")).stream().map(e -> e.getText()).filter(t -> !t.isBlank())
                    .findFirst().orElse(null)));
            browser.driver().navigate().refresh();
            Thread.sleep(3000);
            assertTrue(agent.pending(message(interaction, f -> "customer".equals(f.getString("from")))).isEmpty(),
                    "the refused message never reached the agent, and a reload does not send it again");
            assertEquals(0L, ((Number) browser.driver().executeScript("return Object.keys(localStorage).filter(k =>"
                    + " (localStorage.getItem(k) || '').includes('Are you still there?')).length")).longValue(),
                    "it left the widget's outbox");
        }
    }

    void aSiteOutsideTheAllowedDomainsGetsNoChat() throws Exception {
        try (HostPages stranger = HostPages.serve("127.0.0.3", HOST_PORT, embedCode(SHOP));
             Browser browser = Browser.open(base, "en")) {
            browser.driver().get(stranger.origin() + "/");
            browser.find(By.tagName("h1"));
            Thread.sleep(3000);
            assertFalse(browser.isPresent(By.id("webchat-launcher")), "ADV-15: no launcher on a site not allowed");
            browser.go("widget/chat?campaign=" + SHOP + "&host=" + stranger.origin());
            assertEquals("The chat of this campaign cannot be used on this site.", browser.text(By.id("wc-refusal")));
        }
    }

    /** ADM-09: the server itself is not among the campaign's allowed domains, and its example page needs not be. */
    void theCampaignsExamplePageOnTheServerItselfOpensTheChat() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "shop-0", "shop-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            browser.go("widget/example?campaign=" + SHOP);
            openPanel(browser);
            browser.find(By.id("wc-name")).sendKeys("Elena");
            browser.driver().findElement(By.id("wc-email")).sendKeys("elena@example.com");
            browser.driver().findElement(By.id("wc-start")).click();
            JsonObject assigned = agent.await("assigned");
            long interaction = assigned.getJsonNumber("interaction").longValue();
            assertTrue(assigned.toString().contains("/widget/example?campaign=" + SHOP),
                    "AGT-09: the agent sees the example page, as the loader reported it: " + assigned);
            waiting(browser.driver()).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent shop 0"));
            agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
        }
    }

    /** Records the host page's long tasks from its first script on: each as "name duration". */
    private static final String LONG_TASKS = String.join("\n",
            "window.webchatLongTasks = [];",
            "new PerformanceObserver((list) => {",
            "  for (const e of list.getEntries()) {",
            "    window.webchatLongTasks.push(e.name + ' ' + Math.round(e.duration));",
            "  }",
            "}).observe({ type: 'longtask' });");

    /**
     * WID-10, issue 11 point 20: the chat's iframe waits for the visitor. On the example page, of the chat's own
     * site (so that an iframe there would run on the page's main thread), nothing of the chat loads before the
     * first click and no long task comes from a frame; the click opens a working chat.
     */
    void theChatFrameWaitsForTheVisitorsFirstClick() throws Exception {
        try (Browser browser = Browser.open(base, "en")) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LONG_TASKS));
            browser.go("widget/example?campaign=" + SHOP);
            browser.find(By.id("webchat-launcher"));
            Thread.sleep(3000); // the page loads, the browser goes idle: the chat must still not start
            assertFalse(browser.isPresent(By.id("webchat-frame")), "no chat iframe before the visitor reaches for it");
            @SuppressWarnings("unchecked")
            List<String> longTasks = (List<String>) driver.executeScript("return window.webchatLongTasks;");
            System.out.println("[WID-10] the example page's long tasks before the first click: " + longTasks);
            assertTrue(longTasks.stream().noneMatch(task -> task.contains("descendant")),
                    "no long task of a frame on the host page before the first click: " + longTasks);
            openPanel(browser);
            browser.find(By.id("wc-name"));
        }
    }

    /**
     * WID-10, issue 11 point 20: while a chat is under way, the next page of the site loads the chat at once, so
     * that the launcher's badge and preview tell of the agent's message without a click.
     */
    void aChatUnderWayKeepsTheBadgeAndThePreviewOnTheSitesNextPage() throws Exception {
        try (HostPages shop = HostPages.serve("127.0.0.2", HOST_PORT, embedCode(SHOP));
             SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "shop-0", "shop-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            WebDriver driver = browser.driver();
            driver.get(shop.origin() + "/shoes");
            openPanel(browser);
            browser.find(By.id("wc-name")).sendKeys("Nora");
            driver.findElement(By.id("wc-email")).sendKeys("nora@example.com");
            driver.findElement(By.id("wc-start")).click();
            long interaction = agent.await("assigned").getJsonNumber("interaction").longValue();
            waiting(driver).until(d -> d.findElement(By.id("wc-agent-name")).getText().contains("Agent shop 0"));
            // The agent's automatic message (MSG-04) is seen here; had the page changed before it came, it would
            // rightly count as unread on the next.
            waiting(driver).until(d -> messages(d).contains("Hi, this is the shop. How can I help?"));

            driver.switchTo().defaultContent();
            driver.get(shop.origin() + "/socks");
            browser.find(By.id("webchat-launcher"));
            waiting(driver).until(d -> !d.findElements(By.id("webchat-frame")).isEmpty());
            // Loaded without a click, the chat resumes (its panel closed, so read from its page, not as shown).
            driver.switchTo().frame(driver.findElement(By.id("webchat-frame")));
            waiting(driver).until(d -> "Connected with an agent".equals(((ChromeDriver) d).executeScript(
                    "return document.getElementById('wc-status').textContent;")));
            driver.switchTo().defaultContent();
            agent.send("{\"type\":\"message\",\"interaction\":" + interaction + ",\"clientId\":\"b-1\",\"text\":\"Size 38?\"}");
            assertEquals("1", browser.text(By.id("webchat-badge")), "the unread badge");
            assertEquals("Size 38?", browser.text(By.id("webchat-preview")), "the preview");
            agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
        }
    }

    /**
     * Issue 11, point 20 on a phone's screen (WID-05, WID-06, WID-08): text boxes of 16 px (iOS zooms into smaller
     * ones) and buttons of 44 px; the emoji picker sits above the composer without covering the thread and
     * closes after a pick; a file's error does not stay into the rating view; when the rating panel opens, the
     * newest message stays in sight.
     */
    void onAPhoneThePickerTheErrorsAndTheRatingStayOutOfTheThreadsWay() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "shop-0", "shop-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 700,
                    "deviceScaleFactor", 2, "mobile", true));
            browser.go("widget/chat?campaign=" + SHOP + "&name=Pia&email=pia%40example.com");
            browser.find(By.id("wc-start")).click();
            long interaction = agent.await("assigned").getJsonNumber("interaction").longValue();
            waiting(driver).until(d -> messages(d).contains("Hi, this is the shop. How can I help?"));

            assertEquals("16px", driver.findElement(By.id("wc-text")).getCssValue("font-size"), "no zoom on focus");
            for (String button : List.of("wc-emoji", "wc-attach", "wc-record", "wc-end", "wc-send")) {
                Rectangle r = driver.findElement(By.id(button)).getRect();
                assertTrue(r.getWidth() >= 44 && r.getHeight() >= 44, button + " is " + r.getDimension());
            }

            browser.find(By.id("wc-emoji")).click();
            WebElement panel = browser.find(By.id("wc-emoji-panel"));
            Rectangle thread = driver.findElement(By.id("wc-messages")).getRect();
            assertTrue(panel.getRect().getY() >= thread.getY() + thread.getHeight(),
                    "the picker is below the thread, not over it: " + panel.getRect().getY() + " < "
                    + (thread.getY() + thread.getHeight()));
            browser.find(By.cssSelector("#wc-emoji-panel .wc-emoji")).click();
            waiting(driver).until(d -> !d.findElement(By.id("wc-emoji-panel")).isDisplayed());
            assertEquals("wc-text", driver.switchTo().activeElement().getAttribute("id"), "back to the text after a pick");

            Path tool = Files.createTempDirectory("webchat-upload").resolve("tool.exe");
            Files.write(tool, new byte[] {0x4d, 0x5a});
            driver.findElement(By.id("wc-file")).sendKeys(tool.toString());
            assertEquals("This kind of file cannot be sent.", browser.text(By.id("wc-notice")));

            for (int i = 1; i <= 12; i++) {
                agent.send("{\"type\":\"message\",\"interaction\":" + interaction + ",\"clientId\":\"p-" + i
                        + "\",\"text\":\"Line " + i + "\"}");
            }
            waiting(driver).until(d -> messages(d).contains("Line 12"));
            agent.send("{\"type\":\"end\",\"interaction\":" + interaction + "}");
            browser.find(By.id("wc-rating"));
            assertEquals("", driver.findElement(By.id("wc-notice")).getText(), "the file's error is gone with the chat");
            waiting(driver).until(d -> (Boolean) driver.executeScript(String.join("\n",
                    "const list = document.getElementById('wc-messages').getBoundingClientRect();",
                    "const last = document.querySelector('#wc-messages li:last-child').getBoundingClientRect();",
                    "return last.top >= list.top - 1 && last.bottom <= list.bottom + 1;")));
            Rectangle star = driver.findElement(By.cssSelector("#wc-rating .wc-star")).getRect();
            assertTrue(star.getWidth() >= 44 && star.getHeight() >= 44, "a star is " + star.getDimension());
        }
    }

    void theWidgetSpeaksTheBrowsersLanguage() throws Exception {
        for (String language : List.of("es", "en", "pt")) {
            try (Browser browser = Browser.open(base, language)) {
                browser.go("widget/chat?campaign=" + SHOP);
                browser.find(By.id("wc-start")).click();
                String error = browser.text(By.id("wc-name-error"));
                assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
                assertEquals(switch (language) {
                    case "es" -> "Escribe tu nombre.";
                    case "pt" -> "Informe seu nome.";
                    default -> "Please enter your name.";
                }, error, "the name's validation message in " + language);
            }
        }
    }

    /**
     * WID-03, WID-04, MSG-02, MSG-05; issue 11, point 15: the closed campaign says so before anything is filled in,
     * and its form leaves a message (required) instead of promising an agent; the header is never left connecting.
     */
    void outOfHoursTheCustomerLeavesAMessage() throws Exception {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("widget/chat?campaign=" + CLOSED + "&name=Nora&email=nora%40example.com");
            assertEquals("We are closed now: leave us a message.", browser.text(By.id("wc-intro")),
                    "the out-of-hours text up front, not 'an agent will be with you shortly'");
            assertEquals("Leave us a message", browser.text(By.cssSelector("label[for='wc-first-message']")));
            assertEquals("Send message", browser.text(By.id("wc-start")));
            browser.find(By.id("wc-start")).click();
            assertEquals("Please write a message.", browser.text(By.id("wc-first-message-error")), "the message is what is left");
            browser.find(By.id("wc-first-message")).sendKeys("Please call me tomorrow morning");
            browser.find(By.id("wc-start")).click();
            browser.find(By.id("wc-offline-sent"));
            assertEquals("", browser.driver().findElement(By.id("wc-status")).getText(), "the header is not left on Connecting…");
        }
    }

    /**
     * ADV-04, MSG-03, WID-03; issue 11, point 15: a full queue shows as full when the widget opens, and "Try again"
     * asks the server again: once the queue has room, the form is there.
     */
    void aFullQueueShowsUpFrontAndTryAgainFindsRoomLater() throws Exception {
        try (Browser first = Browser.open(base, "en"); Browser second = Browser.open(base, "en")) {
            first.go("widget/chat?campaign=" + WidgetBrowserIT.FULL + "&name=Olga&email=olga%40example.com");
            first.find(By.id("wc-start")).click();
            waiting(first.driver()).until(d -> d.findElement(By.id("wc-status")).getText().contains("queue")
                    || d.findElement(By.id("wc-status")).getText().contains("Waiting"));

            second.go("widget/chat?campaign=" + WidgetBrowserIT.FULL);
            assertTrue(second.text(By.id("wc-unavailable")).contains("Every agent is busy, please come back soon."),
                    "the campaign's Unavailable text before any form");
            assertFalse(second.driver().findElement(By.id("wc-prechat")).isDisplayed(), "no form to fill in for nothing");

            first.find(By.id("wc-end")).click();
            first.find(By.id("wc-end-yes")).click();
            first.find(By.id("wc-new"));
            second.find(By.id("wc-retry")).click();
            second.find(By.id("wc-start"));
            assertEquals("Tell us who you are and an agent will be with you shortly.", second.text(By.id("wc-intro")));
        }
    }

    void aDisabledCampaignSaysTheChatIsUnavailable() throws Exception {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("widget/chat?campaign=" + WidgetBrowserIT.PAUSED);
            assertFalse(browser.text(By.id("wc-unavailable")).isBlank(), "ADV-09: a clear unavailable state");
            assertFalse(browser.isPresent(By.id("wc-start")) && browser.driver().findElement(By.id("wc-start")).isDisplayed(),
                    "no form to start a chat");
        }
    }
}
