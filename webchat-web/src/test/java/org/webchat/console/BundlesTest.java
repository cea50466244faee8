package org.webchat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every console text exists in es, en and pt, and none is left empty. */
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
}
