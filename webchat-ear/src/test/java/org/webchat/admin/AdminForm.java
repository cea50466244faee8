package org.webchat.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.webchat.it.Browser;

/**
 * A form of the administration's pages in the browser (client side only): its PrimeFaces fields by their ids
 * under the form's prefix ({@code campaign:tabs:}, {@code user:}, {@code settings:model:}...), the problem shown
 * beside a field or a row, and the page's notices.
 */
final class AdminForm {

    private final Browser browser;
    private final String prefix;

    AdminForm(Browser browser, String prefix) {
        this.browser = browser;
        this.prefix = prefix;
    }

    static FluentWait<WebDriver> waiting(WebDriver driver) {
        return Browser.within(driver, 20).ignoring(StaleElementReferenceException.class);
    }

    /** Clicks, again if another select's panel was still fading out over the element. */
    void click(By by) {
        browser.find(by);
        waiting(browser.driver()).ignoring(ElementClickInterceptedException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    By field(String id) {
        return By.id(prefix + id);
    }

    /**
     * Types a value; a time or date field (a native picker whose segments follow the browser's locale) gets it as
     * its picker would set it, with the input and change events a pick fires.
     */
    void type(String id, String value) {
        WebElement input = browser.find(field(id));
        String type = input.getDomAttribute("type");
        if ("time".equals(type) || "date".equals(type)) {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
            return;
        }
        input.clear();
        input.sendKeys(value);
    }

    String value(String id) {
        return browser.driver().findElement(field(id)).getDomProperty("value");
    }

    /**
     * Picks an option of a PrimeFaces select by its label, typing into its filter first when it has one. Tries
     * again until the select shows the label with its panel closed: a click may land while an Ajax update of the
     * form is still replacing the select, or while its panel is still sliding open.
     */
    void choose(String id, String label) {
        By panel = field(id + "_panel");
        settled(browser.driver());
        waiting(browser.driver()).ignoring(ElementClickInterceptedException.class).ignoring(NoSuchElementException.class)
                .ignoring(ElementNotInteractableException.class).until(d -> {
                    boolean open = !d.findElements(panel).isEmpty() && d.findElement(panel).isDisplayed();
                    if (label.equals(d.findElement(field(id + "_label")).getText().trim())) {
                        if (!open) {
                            return true;
                        }
                        d.findElement(field(id + "_focus")).sendKeys(Keys.ESCAPE);
                        return false;
                    }
                    if (!open) {
                        d.findElement(field(id)).click();
                    }
                    if (!d.findElements(field(id + "_filter")).isEmpty()) {
                        WebElement filter = d.findElement(field(id + "_filter"));
                        filter.clear();
                        filter.sendKeys(label);
                    }
                    d.findElement(By.cssSelector("[id='" + prefix + id + "_panel'] [data-label='" + label + "']")).click();
                    return false;
                });
    }

    /** Waits until the page has no PrimeFaces Ajax request under way. */
    static void settled(WebDriver driver) {
        waiting(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The value chosen in a PrimeFaces select. */
    String chosen(String id) {
        return value(id + "_input");
    }

    /** Ticks or clears a PrimeFaces checkbox. */
    void check(String id, boolean on) {
        if (checked(id) != on) {
            click(By.cssSelector("[id='" + prefix + id + "'] .ui-chkbox-box"));
            AdminForm.waiting(browser.driver()).until(d -> checked(id) == on);
        }
    }

    boolean checked(String id) {
        return Boolean.parseBoolean(browser.driver().findElement(field(id + "_input")).getDomProperty("checked"));
    }

    /** Adds a row with the button of the list (add-schedule...) and waits until the list has {@code rows}. */
    void addRow(String button, String list, int rows) {
        click(field(button));
        waiting(browser.driver()).until(d -> d.findElements(By.cssSelector("[id^='" + prefix + list + ":'][id$=':remove']")).size() == rows);
    }

    /** What is wrong with a field, as shown beside it. */
    String error(String id) {
        return browser.text(field(id + "-error"));
    }

    /** What is wrong with a row of a list, as shown at its end. */
    String rowError(String list, int row) {
        return browser.driver().findElement(By.xpath("//*[@id='" + prefix + list + ":" + row + ":remove']"
                + "/following-sibling::span[contains(@class,'wc-field-error')]")).getText().trim();
    }

    /** The page's latest notice (growl). */
    String notice() {
        return browser.find(By.cssSelector(".ui-growl-message")).getText();
    }

    /** Waits until the page shows this notice, also when an earlier one still shows. */
    void noticeSays(String text) {
        noticeSays(text, 20);
    }

    /** As {@link #noticeSays(String)}, for what may take longer on a busy server (a batch job's result). */
    void noticeSays(String text, int seconds) {
        Browser.within(browser.driver(), seconds).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                        .anyMatch(e -> text.equals(e.getText().trim())));
    }
}
