package org.webchat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.webchat.interaction.EndReason;
import org.webchat.interaction.SenderKind;

/** REC-03: a conversation's PDF, read back, holds its lines in order with names and times, accents intact. */
class ConversationReportTest {

    static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** A 1x1 lossy WebP. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static Conversation conversation() {
        RecordingRow row = new RecordingRow(42, "Ventas España", "Agente Núñez", "Joã Çedilha", "joa@example.com",
                T0, T0, T0.plusSeconds(75), T0.plusSeconds(600), EndReason.CUSTOMER, false, false, 4, 2,
                new BigDecimal("83.33"), "+34 600", "Muy útil, gracias");
        List<Conversation.Line> lines = List.of(
                new Conversation.Line(1, T0, SenderKind.SYSTEM, null, "Bienvenido a la atención", null, false),
                new Conversation.Line(2, T0.plusSeconds(80), SenderKind.CUSTOMER, "Joã Çedilha",
                        "¿Dónde está mi pedido? Ação, coração, Привет, مرحبا, 你好, こんにちは, 안녕 <b>not bold</b>", null, false),
                new Conversation.Line(3, T0.plusSeconds(90), SenderKind.AGENT, "Agente Núñez", "Aquí tiene la foto",
                        new Conversation.File(7, "file", "foto.png", "image/png", 1234), false),
                new Conversation.Line(4, T0.plusSeconds(95), SenderKind.SUPERVISOR, "Supervisora", "ofrécele envío",
                        null, true),
                new Conversation.Line(5, T0.plusSeconds(99), SenderKind.CUSTOMER, "Joã Çedilha", null,
                        new Conversation.File(8, "file", "factura.xlsx", "application/vnd.ms-excel", 2048), false),
                new Conversation.Line(6, T0.plusSeconds(100), SenderKind.CUSTOMER, "Joã Çedilha",
                        "สวัสดีครับ ขอบคุณมาก", null, false),
                new Conversation.Line(7, T0.plusSeconds(101), SenderKind.CUSTOMER, "Joã Çedilha",
                        "नमस्ते, धन्यवाद हिन्दी", null, false),
                new Conversation.Line(8, T0.plusSeconds(102), SenderKind.CUSTOMER, "Joã Çedilha",
                        "வணக்கம் ሰላም សួស្តី 😀 👍", null, false));
        List<Conversation.Grade> grades = List.of(
                new Conversation.Grade(1, "Ana Pérez", T0.plusSeconds(3600), new BigDecimal("66.67"), "Correcto",
                        List.of(new Conversation.Answer(1, "¿Saludó?", 1, 3, 1, 4))),
                new Conversation.Grade(2, "Beto", T0.plusSeconds(7200), new BigDecimal("100.00"), null,
                        List.of(new Conversation.Answer(1, "¿Saludó?", 1, 4, 1, 4))));
        return new Conversation(row, "es", "https://shop.example/", lines, List.of(), grades, null, List.of());
    }

    @Test
    void aBotsLinesPrintUnderItsNameItsNoteIsMarkedAndWhatItCollectedAndTheSurveysAnswersFollow() throws IOException {
        RecordingRow row = new RecordingRow(43, "Sales", "Agent Ann", "Vera", "vera@example.com", T0, T0.plusSeconds(20),
                T0.plusSeconds(25), T0.plusSeconds(300), EndReason.AGENT, false, false, null, 0, null, null, null);
        List<Conversation.Line> lines = List.of(
                new Conversation.Line(1, T0, SenderKind.BOT, "Demo assistant", "What about?", null, false),
                new Conversation.Line(2, T0.plusSeconds(5), SenderKind.CUSTOMER, "Vera", "Billing", null, false),
                new Conversation.Line(3, T0.plusSeconds(6), SenderKind.BOT, "Demo assistant", "Topic billing", null, true),
                new Conversation.Line(4, T0.plusSeconds(7), SenderKind.BOT, null, "The bot was deleted", null, false),
                new Conversation.Line(5, T0.plusSeconds(30), SenderKind.AGENT, "Agent Ann", "Hello Vera", null, false));
        List<Conversation.Variable> variables = List.of(new Conversation.Variable(false, "topic", "billing"),
                new Conversation.Variable(false, "mail", "vera@example.com"), new Conversation.Variable(true, "score", "5"));
        Conversation conversation = new Conversation(row, "en", null, lines, List.of(), List.of(), null, variables);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ConversationReport.pdf(List.of(ConversationReport.fill(conversation, Locale.ENGLISH, ZoneId.of("UTC"),
                id -> Optional.empty())), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int asked = text.indexOf("14:00:00 Demo assistant What about?");
            int note = text.indexOf("14:00:06 Demo assistant (note for the agent) Topic billing");
            int nameless = text.indexOf("14:00:07 Bot The bot was deleted");
            int agent = text.indexOf("14:00:30 Agent Ann Hello Vera");
            assertTrue(asked >= 0 && asked < note && note < nameless && nameless < agent, text);
            int collected = text.indexOf("Collected by the bot • topic: billing • mail: vera@example.com");
            int survey = text.indexOf("Survey answers • score: 5");
            assertTrue(agent < collected && collected < survey, text);
        }
    }

    @Test
    void aConversationPrintsEveryLineInOrderWithNamesTimesAccentsAndScores() throws IOException {
        List<String> fallbacks = PdfFonts.fallbackFonts().stream().map(f -> f.getFileName().toString()).toList();
        assertTrue(fallbacks.containsAll(List.of("DroidSansFallbackFull.ttf", "NanumGothic.ttf",
                "NotoSansThai-Regular.ttf", "NotoSansDevanagari-Regular.ttf", "Symbola_hint.ttf")),
                "the PDFs' fallback fonts for the scripts DejaVu lacks: sudo apt-get install fonts-droid-fallback"
                        + " fonts-nanum fonts-noto-core fonts-symbola, or set WEBCHAT_PDF_FALLBACK_FONTS (README)");
        Map<Long, byte[]> files = Map.of(7L, png(2400, 1200));
        var print = ConversationReport.fill(conversation(), Locale.forLanguageTag("es"), MADRID,
                id -> Optional.ofNullable(files.get(id)).flatMap(b -> ConversationImages.forPrint("image/png", b)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ConversationReport.pdf(List.of(print), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Conversación 42"), text);
            assertTrue(text.contains("Valoración del cliente: 4 / 5"), text);
            assertTrue(text.contains("Media de los supervisores: 83,33"), text);
            int welcome = text.indexOf("15:00:00 Webchat Bienvenido a la atención");
            int question = text.indexOf("15:01:20 Joã Çedilha ¿Dónde está mi pedido? Ação, coração, Привет, مرحبا, 你好, こんにちは, 안녕 <b>not bold</b>");
            int photo = text.indexOf("15:01:30 Agente Núñez Aquí tiene la foto");
            int whisper = text.indexOf("Supervisora (susurro al agente) ofrécele envío");
            int file = text.indexOf("Archivo: factura.xlsx (2 KB)");
            assertTrue(welcome >= 0 && welcome < question && question < photo && photo < whisper && whisper < file,
                    text);
            // Thai, and Indic scripts shaped by JasperReports' glyph renderer, read back as the customer wrote them
            int thai = text.indexOf("สวัสดีครับ ขอบคุณมาก");
            int hindi = text.indexOf("नमस्ते, धन्यवाद हिन्दी");
            int others = text.indexOf("வணக்கம் ሰላም សួស្តី 😀 👍");
            assertTrue(file < thai && thai < hindi && hindi < others, text);
            assertTrue(text.contains("Ana Pérez") && text.contains("66,67 de 100") && text.contains("Muy útil"), text);
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertTrue(image.getWidth() <= ConversationImages.MAX_SIDE, "a picture is printed shrunk");
                    }
                }
            }
            assertEquals(1, images, "the picture is embedded, the spreadsheet only named");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    if (font.isStandard14()) {
                        continue; // the page's anchor: no text, no glyph
                    }
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.containsAll(List.of("DejaVuSans", "DroidSansFallback", "NanumGothic",
                    "NotoSansThai-Regular", "NotoSansDevanagari-Regular", "NotoSansTamil-Regular",
                    "NotoSansEthiopic-Regular", "NotoSansKhmer-Regular", "Symbola")),
                    "DejaVu, and the fallbacks for Chinese and Japanese, Korean, Thai, the Indic scripts, Ethiopic,"
                            + " Khmer and emoji: " + fonts);
            assertTrue(document.getDocumentCatalog().getPages().getCount() >= 1);
        }
    }

    @Test
    void picturesOfEveryShownFormatPrintAndOthersDoNot() throws IOException {
        assertTrue(ConversationImages.forPrint("image/png", png(10, 10)).isPresent());
        assertTrue(ConversationImages.forPrint("image/webp", WEBP).isPresent(), "WebP through TwelveMonkeys");
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(5, 5, BufferedImage.TYPE_BYTE_INDEXED), "gif", gif);
        assertTrue(ConversationImages.forPrint("image/gif", gif.toByteArray()).isPresent());
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        assertTrue(ConversationImages.forPrint("image/jpeg", jpeg.toByteArray()).isPresent());
        assertTrue(ConversationImages.forPrint("image/png", "not a picture".getBytes()).isEmpty());
        assertTrue(ConversationImages.forPrint("image/svg+xml", "<svg/>".getBytes()).isEmpty());
    }
}
