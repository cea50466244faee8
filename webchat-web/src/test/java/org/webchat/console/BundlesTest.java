package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every console text exists in es, en and pt, none is left empty, and a page shows none with MessageFormat's quotes. */
class BundlesTest {

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/webchat/i18n/messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_es", "_pt"})
    void everyEnglishKeyIsTranslated(String suffix) throws IOException {
        Properties english = load("");
        Properties other = load(suffix);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                "messages" + suffix + " must have exactly the keys of messages.properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_es", "_pt"})
    void noTextIsEmpty(String suffix) throws IOException {
        Properties bundle = load(suffix);
        for (String key : bundle.stringPropertyNames()) {
            assertFalse(bundle.getProperty(key).isBlank(), key + " is empty in messages" + suffix);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_es", "_pt"})
    void theLoginTextsAreReallyTranslated(String suffix) throws IOException {
        Properties english = load("");
        Properties other = load(suffix);
        for (String key : new String[] {"login.title", "login.failed", "login.locked", "error.403.text", "menu.logout"}) {
            assertNotEquals(english.getProperty(key), other.getProperty(key), key + " in messages" + suffix);
        }
    }

    private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern FORMATTED = Pattern.compile("<h:outputFormat[^>]*?value=\"#\\{msg\\['([A-Za-z0-9_.]+)'\\]\\}\"");

    /**
     * A text a page shows as it is, #{msg['key']}, writes an apostrophe once: a doubled one ('') is MessageFormat's
     * escape, undone only for texts formatted with their arguments (h:outputFormat, or in Java), and would show as
     * two apostrophes ("Customer''s rating" in a Recordings conversation).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "_es", "_pt"})
    void aTextShownAsItIsHasNoDoubledApostrophe(String suffix) throws IOException {
        Set<String> shown = new HashSet<>();
        Set<String> formatted = new HashSet<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        for (Path page : pages) {
            String source = Files.readString(page);
            for (Matcher m = KEY.matcher(source); m.find(); ) {
                shown.add(m.group(1));
            }
            for (Matcher m = FORMATTED.matcher(source); m.find(); ) {
                formatted.add(m.group(1));
            }
        }
        shown.removeAll(formatted);
        Properties bundle = load(suffix);
        List<String> doubled = shown.stream().filter(k -> bundle.getProperty(k, "").contains("''")).sorted().toList();
        assertEquals(List.of(), doubled, "texts shown as they are, with '' in messages" + suffix);
    }
}
