package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The texts Recordings prints (REC-02, REC-03): the same keys in es, en and pt, each a valid pattern. */
class RecordingTextsTest {

    private static Properties load(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RecordingTextsTest.class.getResourceAsStream("texts" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyLanguageHasEveryTextAndEachIsAPattern() throws IOException {
        Properties english = load("");
        for (String suffix : new String[] {"_es", "_pt"}) {
            Properties other = load(suffix);
            assertEquals(english.stringPropertyNames(), other.stringPropertyNames(), suffix);
            other.stringPropertyNames().forEach(key -> new MessageFormat(other.getProperty(key)));
        }
    }

    @Test
    void progressWaitsAndDurationsReadAsPeopleSayThem() {
        RecordingTexts es = new RecordingTexts(Locale.forLanguageTag("es"));
        assertEquals("1.200 de 5.000 · quedan unos 3 minutos", es.text("export.progress", 1200, 5000, 3));
        assertEquals("5.000 de 5.000", es.text("export.progress", 5000, 5000, -1));
        assertEquals("5.000 de 5.000 · uniéndolas en un solo PDF", es.text("export.progress", 5000, 5000, -2));
        assertEquals("5,000 of 5,000 · joining them into one PDF",
                new RecordingTexts(Locale.ENGLISH).text("export.progress", 5000, 5000, -2));
        assertEquals("5.000 de 5.000 · juntando-as num só PDF",
                new RecordingTexts(Locale.forLanguageTag("pt")).text("export.progress", 5000, 5000, -2));
        assertEquals("10 of 20 · less than a minute left",
                new RecordingTexts(Locale.ENGLISH).text("export.progress", 10, 20, 0));
        assertEquals("1:05", RecordingTexts.length(Optional.of(Duration.ofSeconds(65))));
        assertEquals("1:00:05", RecordingTexts.length(Optional.of(Duration.ofSeconds(3605))));
        assertEquals("", RecordingTexts.length(Optional.empty()));
    }
}
