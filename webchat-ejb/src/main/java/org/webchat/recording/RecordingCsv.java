package org.webchat.recording;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A search of Recordings as CSV (REC-02): one row per conversation, newest first, written as a
 * {@link RecordingCursor} reads them, never the whole result at once. RFC 4180 quoting comes from Commons CSV; what this adds is that a
 * cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * first) is neutralised with a leading apostrophe, since customers write what they like.
 */
public final class RecordingCsv {

    /** The rows written between two flushes: a chunk of the search. */
    static final int CHUNK = RecordingSearch.MAX_PAGE;

    private RecordingCsv() {
    }

    /** Writes the header and every conversation {@code login} finds with {@code criteria}; the number written. */
    public static long write(RecordingSearch search, String login, RecordingCriteria criteria, Locale locale,
                             Writer out) throws IOException {
        RecordingTexts texts = new RecordingTexts(locale);
        ZoneId zone = criteria.zone();
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord(List.of("id", texts.text("report.campaign"), texts.text("report.agent"),
                        texts.text("report.customer"), texts.text("report.email"), texts.text("report.phone"),
                        texts.text("report.began"), texts.text("report.taken"), texts.text("report.ended"),
                        texts.text("report.wait"), texts.text("report.duration"), texts.text("report.end"),
                        texts.text("report.rating"), texts.text("report.comment"), texts.text("report.average"))
                .stream().map(RecordingCsv::neutralise).toList());
        long written = 0;
        RecordingCursor cursor = new RecordingCursor(search, login, criteria, null);
        for (RecordingRow row = cursor.next(); row != null; row = cursor.next()) {
            csv.printRecord(List.of(String.valueOf(row.id()), cell(row.campaign()), cell(row.agent()),
                            cell(row.customer()), cell(row.email()), cell(row.phone()),
                            RecordingTexts.time(row.created(), zone), RecordingTexts.time(row.started(), zone),
                            RecordingTexts.time(row.ended(), zone), RecordingTexts.length(row.waited()),
                            RecordingTexts.length(row.duration()), texts.endReason(row),
                            row.rating() == null ? "" : row.rating().toString(), cell(row.comment()),
                            Optional.ofNullable(row.average()).map(a -> a.toPlainString()).orElse(""))
                    .stream().map(RecordingCsv::neutralise).toList());
            if (++written % CHUNK == 0) {
                csv.flush();
            }
        }
        csv.flush();
        return written;
    }

    private static String cell(String text) {
        return text == null ? "" : text;
    }

    /** A cell a spreadsheet would take for a formula, made plain text; any other cell as it is. */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
