package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every error the agent socket answers with is shown to the agent in its own language (issue 5, point 7): the
 * workspace has a {@code workspace.error.<code>} text for each code, and {@code BundlesTest} checks that every text
 * exists in es, en and pt. The codes are read from the socket's source, so a new code without a text fails here.
 */
class AgentErrorTextsTest {

    /** Codes the workspace handles without a notice: it resends, or drops a chat that is not the agent's. */
    private static final Set<String> SILENT = Set.of("retry", "not-yours");

    private static final Pattern CODE = Pattern.compile("(?:Frames\\.error\\(|add\\(\"code\",\\s*(?:[^\"]*\\?\\s*)?)\"([a-z-]+)\"");

    @Test
    void everyCodeOfTheAgentSocketHasAText() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/webchat/chat/AgentSocket.java"));
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(source);
        while (m.find()) {
            codes.add(m.group(1));
        }
        for (Matcher alternative = Pattern.compile(":\\s*\"([a-z]+-[a-z-]+)\"\\)").matcher(source); alternative.find(); ) {
            codes.add(alternative.group(1)); // the second branch of a conditional code
        }
        assertTrue(codes.containsAll(Set.of("offer-gone", "cannot-take", "transfer-pending", "no-target", "bad-evaluation")),
                "the codes were read from the source: " + codes);
        Properties english = new Properties();
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/org/webchat/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            english.load(in);
        }
        codes.removeAll(SILENT);
        for (String code : codes) {
            assertFalse(english.getProperty("workspace.error." + code, "").isBlank(), "no text for the error " + code);
        }
        assertFalse(english.getProperty("workspace.error.refused", "").isBlank(), "a bad frame's text");
    }
}
