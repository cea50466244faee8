package org.webchat.it;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium through the system chromedriver (nothing is downloaded),
 * with a profile of its own that is deleted on close. Without Chromium the browser tests fail, saying how
 * to install it: they never skip.
 *
 * <p>Only the HTTP cache (and the compiled scripts' cache) outlives a browser: a browser that starts takes the cache
 * of one that closed, used by one browser at a time, so that each test does not fetch and compile the consoles'
 * scripts and styles again. Cookies and storage are the new profile's, empty.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getenv().getOrDefault("WEBCHAT_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("WEBCHAT_CHROMEDRIVER", "/usr/bin/chromedriver");

    /** How often a wait looks again. */
    private static final Duration POLL = Duration.ofMillis(100);

    /** The caches of closed browsers, free for the next to start; deleted when the tests end. */
    private static final Deque<Path> FREE_CACHES = new ConcurrentLinkedDeque<>();
    private static final Set<Path> CACHES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CACHES.forEach(Browser::deleteTree),
                "browser-caches-deleted"));
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final Path cache;
    private final URL base;

    private Browser(URL base, String language) throws IOException {
        requireInstalled(CHROMIUM);
        requireInstalled(CHROMEDRIVER);
        this.base = base;
        this.profile = Files.createTempDirectory("webchat-chromium-");
        Path free = FREE_CACHES.poll();
        this.cache = free != null ? free : Files.createTempDirectory("webchat-chromium-cache-");
        CACHES.add(cache);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE 127.0.0.2, EXCLUDE 127.0.0.3,"
                        + " EXCLUDE localhost",
                // Chromium's fake microphone and camera, granted without a prompt: audio messages can be recorded.
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--lang=" + language,
                "--user-data-dir=" + profile, "--disk-cache-dir=" + cache);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A new browser on the application at {@code base}, asking for pages in {@code language}. */
    public static Browser open(URL base, String language) {
        try {
            return new Browser(base, language);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile directory", e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the application by its path, e.g. {@code login.xhtml}. */
    public Browser go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
        return this;
    }

    /**
     * A wait of up to {@code seconds} that looks again every {@link #POLL}: Selenium's default half second would add a
     * quarter of a second, on average, to each of the browser tests' many waits.
     */
    public static WebDriverWait within(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), POLL);
    }

    /** Waits (up to 15 s) until the element shows and returns it. */
    public WebElement find(By by) {
        return within(driver, 15).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The text of the element once it shows, read again when the page replaced it meanwhile. */
    public String text(By by) {
        return within(driver, 15).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /** The error message a Faces page shows (p:messages). */
    public String errorMessage() {
        return text(By.cssSelector(".ui-messages-error .ui-messages-error-summary"));
    }

    /** Signs in through the login page with the given login and password. */
    public Browser signIn(String login, String password) {
        if (driver.findElements(By.id("login:username")).isEmpty()) {
            go("login.xhtml");
        }
        find(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(password);
        return submit(By.id("login:submit"));
    }

    /**
     * Clicks a button that posts its whole page (no Ajax) and waits for the page that answers: until then the old
     * page, with its old messages, is still there to be read.
     */
    public Browser submit(By button) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(button).click();
        within(driver, 15).until(d -> gone(html));
        find(By.tagName("body"));
        return this;
    }

    /**
     * Whether an element's page was replaced. Chromium says so as a stale element, or, while the new page is
     * still being built, as a node that "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException other) {
            if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw other;
        }
    }

    /** Clicks the language switch of the current page and waits for the page in that language. */
    public Browser switchLanguage(String code) {
        WebElement link = find(By.cssSelector("a[data-lang='" + code + "']"));
        link.click();
        // The page is replaced meanwhile: an element read from the old page is stale, so read again.
        within(driver, 15).ignoring(StaleElementReferenceException.class).until(d ->
                code.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        return this;
    }

    private static void requireInstalled(String path) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver, and " + path
                    + " is missing. Install them with: sudo apt-get install chromium chromium-driver"
                    + " (or set WEBCHAT_CHROMIUM and WEBCHAT_CHROMEDRIVER to their paths)");
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
            FREE_CACHES.push(cache); // its Chromium has ended: no two browsers ever write one cache
        } finally {
            deleteTree(profile); // a leftover temporary profile would be harmless
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // gone already, or left in the temporary directory
        }
    }
}
