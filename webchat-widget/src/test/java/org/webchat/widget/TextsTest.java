package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text of the widget exists in es, en and pt (the product's rule), the call's texts (issue 14) and the bot's (issue 15) too. */
class TextsTest {

    private static final Pattern LANGUAGE = Pattern.compile("^ {2}(en|es|pt): \\{(.*?)^ {2}\\},", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("(?:^|[{,])\\s*'?([A-Za-z][\\w-]*)'?:\\s*'", Pattern.MULTILINE);

    private static String read(String file) throws IOException {
        try (InputStream in = TextsTest.class.getResourceAsStream("/META-INF/resources/widget/" + file)) {
            assertTrue(in != null, file + " is packaged");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({"app/texts.js, 20", "app/call-texts.js, 20", "app/bot-texts.js, 4"})
    void everyTextIsInTheThreeLanguages(String file, int atLeast) throws IOException {
        Matcher language = LANGUAGE.matcher(read(file));
        Set<String> english = null;
        int languages = 0;
        while (language.find()) {
            Set<String> keys = new TreeSet<>();
            Matcher key = KEY.matcher(language.group(2));
            while (key.find()) {
                keys.add(key.group(1));
            }
            if (english == null) {
                english = keys;
            } else {
                assertEquals(english, keys, file + ": the texts of " + language.group(1) + " are those of en");
            }
            languages++;
        }
        assertEquals(3, languages, file + " has en, es and pt");
        assertTrue(english.size() >= atLeast, file + "'s keys are read: " + english);
    }
}
