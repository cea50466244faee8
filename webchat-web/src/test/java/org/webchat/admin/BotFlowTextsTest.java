package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BOT-01: every reason a bot's flow is refused for (FlowRefused's codes, and the administration's own) is worded in
 * each language of the consoles, and names the step it is about when it has one.
 */
class BotFlowTextsTest {

    private static final String[] CODES = {"not-json", "no-steps", "bad-step", "bad-id", "bad-type", "bad-field",
            "bad-text", "text-too-long", "too-many-steps", "duplicate-id", "dangling-target", "never-ends",
            "loop-without-question", "text-required", "bad-variable", "too-many-options", "option-label-required",
            "option-value-required", "bad-attempts", "bad-pattern", "case-required", "bad-case", "case-value-required",
            "bad-url", "bad-timeout", "one-target", "campaign-outside-group", "agent-outside-group", "builtin-variable", "bad-check",
            "too-large"};

    /** The codes about the flow as a whole, whose words name no step. */
    private static final java.util.Set<String> WHOLE = java.util.Set.of("not-json", "no-steps", "bad-step", "bad-id",
            "too-many-steps", "duplicate-id", "too-large");

    @ParameterizedTest
    @ValueSource(strings = {"", "_es", "_pt"})
    void everyCodeIsWordedAndNamesItsStep(String suffix) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = BotFlowTextsTest.class.getResourceAsStream("/org/webchat/i18n/messages" + suffix + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String code : CODES) {
            String text = bundle.getProperty("admin.bots.flow." + code);
            assertFalse(text == null || text.isBlank(), code + " in messages" + suffix);
            if (!WHOLE.contains(code)) {
                assertTrue(text.contains("{0}"), code + " names its step in messages" + suffix);
            }
        }
    }
}
