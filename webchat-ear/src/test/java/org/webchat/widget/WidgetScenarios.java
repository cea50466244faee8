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
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
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
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
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

    void messagesWrittenWhileTheNetworkIsDownArriveOnceWhenItComesBack() throws Exception {
        try (SocketClient agent = SocketClient.agent(base, ConsoleSession.signIn(base, "shop-0", "shop-pw"));
             Browser browser = Browser.open(base, "en")) {
            agent.await("hello");
            // The direct link (WID-10) with the pre-filled form.
            browser.go("widget/chat?campaign=" + SHOP + "&name=Otto&email=otto%40example.com");
            browser.find(By.id("wc-start")).click();
            long interaction = agent.await("assigned").getJsonNumber("interaction").longValue();
            WebDriver driver = browser.driver();
            waiting(driver).until(d -> !d.findElement(By.id("wc-agent-name")).getText().isBlank());

            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            browser.driver().setNetworkConditions(offline);
            waiting(driver).until(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("wc-offline"));
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

    void outOfHoursTheCustomerLeavesAMessage() throws Exception {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("widget/chat?campaign=" + CLOSED + "&name=Nora&email=nora%40example.com");
            browser.find(By.id("wc-start")).click();
            assertTrue(browser.text(By.id("wc-offline")).contains("We are closed now: leave us a message."));
            browser.find(By.id("wc-offline-text")).sendKeys("Please call me tomorrow morning");
            browser.find(By.id("wc-offline-send")).click();
            browser.find(By.id("wc-offline-sent"));
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
