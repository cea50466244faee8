package org.webchat.recording;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.renderers.SimpleDataRenderer;
import org.webchat.interaction.SenderKind;

/**
 * A conversation printed with the template {@code conversation.jrxml} (REC-03): its facts, the customer's rating and
 * the supervisors' average at the top right (REC-05), every line with its time and writer (a bot's name set apart, its
 * notes for the agent marked), pictures embedded and other files named, then what the bots collected and the survey's
 * answers (issue 15, point 5), the comment, the grades and the agent's answers; in the user's language and time zone. Pictures
 * are read one at a time as the report reaches them, never all at once.
 */
public final class ConversationReport {

    /** A fact's value is cut here, so that it stays on its line, beside its label. */
    static final int FACT_WIDTH = 42;

    private static JasperReport template;

    private ConversationReport() {
    }

    /** The template, loaded once: the build compiled it (CompileTemplates), so the server compiles no Java. */
    static synchronized JasperReport template() {
        if (template == null) {
            try (InputStream source = ConversationReport.class.getResourceAsStream("conversation.jasper")) {
                template = (JasperReport) JRLoader.loadObject(source);
            } catch (JRException | java.io.IOException e) {
                throw new IllegalStateException("the compiled conversation template does not load", e);
            }
        }
        return template;
    }

    /**
     * The conversation filled in: {@code pictures} gives a picture's printable bytes by file id (empty when it cannot
     * be shown, and then it is named like any other file).
     */
    public static JasperPrint fill(Conversation conversation, Locale locale, ZoneId zone,
                                   LongFunction<Optional<byte[]>> pictures) {
        RecordingTexts texts = new RecordingTexts(locale);
        RecordingRow row = conversation.row();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", texts.text("report.title", String.valueOf(row.id())));
        parameters.put("SCORES", scores(conversation, texts));
        parameters.put("FACTS", facts(
                texts.text("report.customer"), row.customer(), texts.text("report.email"), row.email(),
                texts.text("report.phone"), conversation.phone(), texts.text("report.campaign"), row.campaign(),
                texts.text("report.agent"), row.agent(), texts.text("report.language"), conversation.language(),
                texts.text("report.began"), RecordingTexts.time(row.created(), zone),
                texts.text("report.taken"), RecordingTexts.time(row.started(), zone),
                texts.text("report.ended"), RecordingTexts.time(row.ended(), zone),
                texts.text("report.wait"), RecordingTexts.length(row.waited()),
                texts.text("report.duration"), RecordingTexts.length(row.duration()),
                texts.text("report.end"), texts.endReason(row)));
        parameters.put("BOT", variables(conversation, texts));
        parameters.put("QUALITY", quality(conversation, texts, zone));
        parameters.put("FOOTER", texts.text("report.generated",
                RecordingTexts.time(Clock.systemUTC().instant(), zone), zone.getId()));
        parameters.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, locale);
        try {
            return JasperFillManager.fillReport(template(), parameters,
                    new Lines(conversation.lines(), texts, zone, pictures));
        } catch (JRException e) {
            throw new IllegalStateException("conversation " + row.id() + " could not be printed", e);
        }
    }

    /** Writes printed conversations as one PDF. */
    public static void pdf(List<JasperPrint> prints, OutputStream out) {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new UncheckedIOException(new java.io.IOException("the PDF could not be written", e));
        }
    }

    private static String scores(Conversation conversation, RecordingTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("report.rating") + ": " + Optional.ofNullable(conversation.row().rating())
                .map(r -> r + " / 5").orElse(texts.text("report.none")));
        lines.add(texts.text("report.average") + ": " + Optional.ofNullable(conversation.average())
                .map(a -> texts.text("report.averageValue", a)).orElse(texts.text("report.none")));
        return String.join("\n", lines);
    }

    /** Labels and values, each on one line: a value too long for its place is cut with an ellipsis. */
    private static List<String> facts(String... labelsAndValues) {
        List<String> facts = new ArrayList<>();
        for (String value : labelsAndValues) {
            String text = value == null ? "" : value.replaceAll("\\s+", " ").strip();
            facts.add(text.length() > FACT_WIDTH ? text.substring(0, FACT_WIDTH - 1) + "…" : text);
        }
        return facts;
    }

    /** What the start bot collected and the end bot's survey answers, a heading and a line each; null when none. */
    static String variables(Conversation conversation, RecordingTexts texts) {
        StringBuilder text = new StringBuilder();
        variables(text, texts.text("report.collected"), conversation.collected());
        variables(text, texts.text("report.survey"), conversation.surveyAnswers());
        return text.isEmpty() ? null : text.toString().strip();
    }

    private static void variables(StringBuilder text, String heading, List<Conversation.Variable> variables) {
        if (variables.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        variables.forEach(v -> text.append("• ").append(v.name()).append(": ").append(v.value()).append('\n'));
        text.append('\n');
    }

    /** The comment, the supervisors' grades and the agent's answers, each question with its answer on its scale. */
    private static String quality(Conversation conversation, RecordingTexts texts, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        if (conversation.comment() != null) {
            text.append(texts.text("report.comment")).append(": ").append(conversation.comment()).append("\n\n");
        }
        grades(text, texts.text("report.grades"), conversation.grades(), texts, zone);
        grades(text, texts.text("report.agentAnswers"), conversation.agentAnswers(), texts, zone);
        return text.isEmpty() ? null : text.toString().strip();
    }

    private static void grades(StringBuilder text, String heading, List<Conversation.Grade> grades,
                               RecordingTexts texts, ZoneId zone) {
        if (grades.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        for (Conversation.Grade grade : grades) {
            text.append("• ").append(grade.evaluator()).append(" · ").append(RecordingTexts.time(grade.at(), zone))
                    .append(" · ").append(texts.text("report.score", grade.score())).append('\n');
            for (Conversation.Answer answer : grade.answers()) {
                text.append("    ").append(answer.question()).append(": ").append(answer.value()).append(" (")
                        .append(answer.scaleMin()).append('–').append(answer.scaleMax()).append(")\n");
            }
            if (grade.comment() != null) {
                text.append("    ").append(grade.comment()).append('\n');
            }
        }
        text.append('\n');
    }

    /** The lines as the template's rows; a picture is read when its row is printed. */
    private static final class Lines implements JRDataSource {

        private final Iterator<Conversation.Line> lines;
        private final RecordingTexts texts;
        private final ZoneId zone;
        private final LongFunction<Optional<byte[]>> pictures;
        private Conversation.Line current;
        private byte[] picture;

        Lines(List<Conversation.Line> lines, RecordingTexts texts, ZoneId zone,
              LongFunction<Optional<byte[]>> pictures) {
            this.lines = lines.iterator();
            this.texts = texts;
            this.zone = zone;
            this.pictures = pictures;
        }

        @Override
        public boolean next() {
            if (!lines.hasNext()) {
                return false;
            }
            current = lines.next();
            Conversation.File file = current.file();
            picture = file != null && file.isImage() ? pictures.apply(file.id()).orElse(null) : null;
            return true;
        }

        @Override
        public Object getFieldValue(JRField field) {
            Conversation.File file = current.file();
            return switch (field.getName()) {
                case "time" -> RecordingTexts.time(current.at(), zone);
                case "name" -> name();
                case "bot" -> current.kind() == SenderKind.BOT;
                case "text" -> current.text();
                case "file" -> file == null || picture != null ? null
                        : texts.text("report.file") + ": " + file.name() + " (" + size(file.size()) + ")";
                case "image" -> picture == null ? null : SimpleDataRenderer.getInstance(picture);
                default -> null;
            };
        }

        private String name() {
            String name = current.name() != null && current.kind() != SenderKind.SYSTEM ? current.name()
                    : texts.text(current.kind() == SenderKind.BOT ? "report.bot" : "report.system");
            String aside = current.isWhisper() ? "report.whisper" : current.isBotNote() ? "report.botNote" : null;
            return aside == null ? name : name + " (" + texts.text(aside) + ")";
        }

        private static String size(long bytes) {
            return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }
}
