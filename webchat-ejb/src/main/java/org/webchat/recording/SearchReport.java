package org.webchat.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * The summary that opens an export of Recordings (REC-02), from the template {@code summary.jrxml}: the search in
 * words, how many conversations it found, and a row for each, read a chunk at a time as the report fills; filled
 * pages are swapped to a file in {@code work}, so that even a large result never sits whole in memory.
 */
public final class SearchReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static JasperReport template;

    private SearchReport() {
    }

    static synchronized JasperReport template() {
        if (template == null) {
            try (InputStream source = SearchReport.class.getResourceAsStream("summary.jasper")) {
                template = (JasperReport) JRLoader.loadObject(source);
            } catch (JRException | IOException e) {
                throw new IllegalStateException("the compiled summary template does not load", e);
            }
        }
        return template;
    }

    /** Writes the summary of what {@code login} finds with {@code criteria} as a PDF to {@code out}. */
    public static void pdf(RecordingSearch search, String login, RecordingCriteria criteria, Locale locale, Path work,
                           OutputStream out) {
        RecordingTexts texts = new RecordingTexts(locale);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", texts.text("report.summary"));
        parameters.put("SEARCH", describe(search, login, criteria, texts));
        parameters.put("COUNT", texts.text("report.summary.count", search.count(login, criteria)));
        parameters.put("HEADERS", List.of(texts.text("report.began"), texts.text("report.campaign"),
                texts.text("report.agent"), texts.text("report.customer"), texts.text("report.email"),
                texts.text("report.wait"), texts.text("report.duration"), texts.text("report.end"),
                texts.text("report.ratingShort"), texts.text("report.gradeShort")));
        parameters.put("FOOTER", texts.text("report.generated",
                RecordingTexts.time(Clock.systemUTC().instant(), criteria.zone()), criteria.zone().getId()));
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        JRSwapFileVirtualizer virtualizer;
        try {
            virtualizer = new JRSwapFileVirtualizer(50, new JRSwapFile(Files.createDirectories(work).toString(), 8192,
                    64), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        try {
            JasperPrint print = JasperFillManager.fillReport(template(), parameters,
                    new Rows(search, login, criteria, texts));
            ConversationReport.pdf(List.of(print), out);
        } catch (JRException e) {
            throw new IllegalStateException("the summary could not be printed", e);
        } finally {
            virtualizer.cleanup();
        }
    }

    /** The search in words: its dates, parts, campaigns and agents by name, and its choices; "every conversation". */
    static String describe(RecordingSearch search, String login, RecordingCriteria c, RecordingTexts texts) {
        List<String> parts = new ArrayList<>();
        if (c.from() != null) {
            parts.add(texts.text("criteria.from", DATE.format(c.from().atZone(c.zone()))));
        }
        if (c.until() != null) {
            parts.add(texts.text("criteria.to", DATE.format(c.until().atZone(c.zone()).minusDays(1))));
        }
        Optional.ofNullable(c.emailPart()).ifPresent(p -> parts.add(texts.text("criteria.email", p)));
        Optional.ofNullable(c.customerPart()).ifPresent(p -> parts.add(texts.text("criteria.customer", p)));
        if (!c.campaigns().isEmpty()) {
            parts.add(texts.text("criteria.campaigns", names(search.campaigns(login), c.campaigns())));
        }
        if (!c.agents().isEmpty()) {
            parts.add(texts.text("criteria.agents", names(search.agents(login), c.agents())));
        }
        if (c.offlineOnly()) {
            parts.add(texts.text("criteria.offline"));
        }
        Optional.ofNullable(c.seen()).ifPresent(s -> parts.add(texts.text("criteria.seen." + s)));
        Optional.ofNullable(c.rating()).ifPresent(r -> parts.add(texts.text("criteria.rating", r)));
        Optional.ofNullable(c.graded()).ifPresent(g -> parts.add(texts.text("criteria.graded." + g)));
        return parts.isEmpty() ? texts.text("criteria.all") : String.join(" · ", parts);
    }

    private static String names(List<RecordingSearch.Option> options, java.util.Set<Long> ids) {
        return options.stream().filter(o -> ids.contains(o.id())).map(RecordingSearch.Option::name)
                .collect(Collectors.joining(", "));
    }

    /** The rows of the summary, read from the search a chunk at a time while the report fills. */
    private static final class Rows implements JRDataSource {

        private final RecordingCursor cursor;
        private final RecordingCriteria criteria;
        private final RecordingTexts texts;
        private RecordingRow row;

        Rows(RecordingSearch search, String login, RecordingCriteria criteria, RecordingTexts texts) {
            this.cursor = new RecordingCursor(search, login, criteria, null);
            this.criteria = criteria;
            this.texts = texts;
        }

        @Override
        public boolean next() {
            row = cursor.next();
            return row != null;
        }

        @Override
        public Object getFieldValue(JRField field) {
            return switch (field.getName()) {
                case "began" -> RecordingTexts.time(row.created(), criteria.zone());
                case "campaign" -> row.campaign();
                case "agent" -> row.agent();
                case "customer" -> row.customer();
                case "email" -> row.email();
                case "wait" -> RecordingTexts.length(row.waited());
                case "duration" -> RecordingTexts.length(row.duration());
                case "end" -> texts.endReason(row);
                case "rating" -> row.rating() == null ? null : row.rating().toString();
                case "grade" -> row.average() == null ? null : texts.text("report.averageValue", row.average());
                default -> null;
            };
        }
    }
}
