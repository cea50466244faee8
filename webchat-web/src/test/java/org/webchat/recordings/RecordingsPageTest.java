package org.webchat.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.webchat.recording.RecordingSort;

/** The recordings page (REC-01): each column it lets the user sort names a column the search sorts on. */
class RecordingsPageTest {

    @Test
    void everySortableColumnOfThePageIsOneTheSearchSortsOn() throws IOException {
        String page = Files.readString(Path.of("src/main/webapp/recordings/index.xhtml"));
        Matcher fields = Pattern.compile("<p:column [^>]*field=\"([^\"]*)\"").matcher(page);
        List<String> sortable = new ArrayList<>();
        while (fields.find()) {
            sortable.add(fields.group(1));
        }
        assertEquals(8, sortable.size(), "the sortable columns: " + sortable);
        for (String field : sortable) {
            assertTrue(RecordingSort.of(field).isPresent(), field + " would silently sort newest first");
        }
        Matcher unsortable = Pattern.compile("<p:column (?![^>]*field=)[^>]*>").matcher(page);
        while (unsortable.find()) {
            assertTrue(unsortable.group().contains("sortable=\"false\""), "no field, no sort: " + unsortable.group());
        }
    }

    @Test
    void waitsAndDurationsReadAsMinutesAndSecondsOrHours() {
        RecordingsPage page = new RecordingsPage();
        assertEquals("0:30", page.length(Optional.of(Duration.ofSeconds(30))));
        assertEquals("4:30", page.length(Optional.of(Duration.ofSeconds(270))));
        assertEquals("1:02:03", page.length(Optional.of(Duration.ofSeconds(3723))));
        assertEquals("", page.length(Optional.empty()));
    }
}
