package org.webchat.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core's rules (WCAG 2.x A and AA and best practices) on the page a browser shows now, and fails listing
 * every critical or serious violation by rule, impact and the selectors of the elements at fault (issue 11, point 21).
 */
public final class Accessibility {

    private static final List<String> BLOCKING = List.of("critical", "serious");

    /** How many CSS transitions and animations that come to an end still run on the page. */
    private static final String MOVING = "return document.getAnimations().filter(a => a.playState === 'running'"
            + " && a.effect && a.effect.getComputedTiming().endTime !== Infinity).length;";

    private Accessibility() {
    }

    /**
     * Every violation axe finds on the current page, iframes included, once the page is still: a button still fading
     * back from its disabled or hover look just after a click has a contrast no one reads.
     */
    public static List<Rule> violations(WebDriver driver) {
        awaitStill(driver);
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations();
    }

    /**
     * Waits until no transition or animation that comes to an end ran at four looks in a row (a third of a second):
     * one that a class change is just starting, e.g. when an Ajax request re-enables its button, shows up meanwhile.
     */
    private static void awaitStill(WebDriver driver) {
        int[] stillLooks = {0};
        Browser.within(driver, 10).until(d -> {
            stillLooks[0] = moving(d) == 0 ? stillLooks[0] + 1 : 0;
            return stillLooks[0] >= 4;
        });
    }

    private static long moving(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(MOVING)).longValue();
    }

    /**
     * Fails when the current page has a critical or serious violation, listing each of them; prints the count of
     * violations by impact either way, so a run shows where the page stands.
     */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        String blocking = seriousViolations(driver, page);
        if (!blocking.isEmpty()) {
            fail(blocking);
        }
    }

    /**
     * The current page's critical and serious violations, described (empty when there are none); prints the count
     * of violations by impact either way.
     */
    public static String seriousViolations(WebDriver driver, String page) {
        List<Rule> violations = violations(driver);
        System.out.println("axe " + page + ": " + counts(violations) + describe(violations));
        List<Rule> blocking = violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        return blocking.isEmpty() ? ""
                : "\n" + page + " has " + blocking.size() + " critical or serious accessibility violations:" + describe(blocking);
    }

    /** The number of violated rules by impact, e.g. {@code {critical=1, serious=2}}. */
    public static Map<String, Long> counts(List<Rule> violations) {
        return violations.stream().collect(Collectors.groupingBy(Rule::getImpact, TreeMap::new, Collectors.counting()));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "\n  " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + "): "
                        + rule.getHelp() + "\n    " + rule.getNodes().stream().map(Accessibility::target)
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining());
    }

    private static String target(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : " · " + node.getFailureSummary().replace('\n', ' ');
        return String.valueOf(node.getTarget()) + summary;
    }
}
