package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** REC-02: the CSV's cells that a spreadsheet would run are neutralised, and quoting survives any text. */
class RecordingCsvTest {

    @Test
    void cellsThatStartLikeAFormulaBecomePlainText() {
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", RecordingCsv.neutralise("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("'+34 600 000", RecordingCsv.neutralise("+34 600 000"));
        assertEquals("'-2+3", RecordingCsv.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", RecordingCsv.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", RecordingCsv.neutralise("\t=1"));
        assertEquals("'\r=1", RecordingCsv.neutralise("\r=1"));
        assertEquals("Ann = Bob", RecordingCsv.neutralise("Ann = Bob"), "only the first character counts");
        assertEquals("", RecordingCsv.neutralise(""));
        assertEquals("83.33", RecordingCsv.neutralise("83.33"));
    }

    @Test
    void commasQuotesAndLineBreaksReadBackAsWritten() throws Exception {
        String awkward = "Hola, \"amigo\"\nsegunda línea; ação";
        StringWriter out = new StringWriter();
        new CSVPrinter(out, CSVFormat.RFC4180).printRecord(List.of(RecordingCsv.neutralise(awkward), "x"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(awkward, records.get(0).get(0));
        assertEquals("x", records.get(0).get(1));
    }
}
