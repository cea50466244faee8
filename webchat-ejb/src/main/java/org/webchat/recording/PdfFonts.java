package org.webchat.recording;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontSet;
import net.sf.jasperreports.engine.fonts.SimpleFontSetFamily;
import net.sf.jasperreports.extensions.ExtensionsRegistry;
import net.sf.jasperreports.extensions.ExtensionsRegistryFactory;

/**
 * The font Recordings' PDFs print with (REC-02, REC-03), registered with JasperReports by
 * jasperreports_extension.properties: the font set "Webchat Sans". DejaVu Sans (jasperreports-fonts) prints Latin
 * with every accent, Greek, Cyrillic, Arabic and Hebrew; what it has no glyphs for (Chinese, Japanese, Korean...)
 * prints with fallback font files, in their order: {@code webchat.pdf.fallback-fonts} (or
 * {@code WEBCHAT_PDF_FALLBACK_FONTS}), files separated as in a path, else Debian's fonts-droid-fallback (Chinese,
 * Japanese) and fonts-nanum (Korean) where installed (README, "Configuration"). Every font is embedded.
 */
public class PdfFonts implements ExtensionsRegistryFactory {

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    /** The font set the templates name. */
    public static final String SET = "Webchat Sans";
    static final String PRIMARY = "DejaVu Sans";
    /** Debian's fonts for the scripts DejaVu lacks, used when installed and nothing else is configured. */
    static final List<String> DEBIAN_FALLBACKS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    /** Debian's fonts-noto-core: one Noto Sans per script (Thai, Devanagari, Tamil, Khmer, Ethiopic...). */
    static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    /** Debian's fonts-symbola, last: emoji and symbols, in black and white as a PDF prints them. */
    static final String SYMBOLA = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf";

    @Override
    public ExtensionsRegistry createRegistry(String id, JRPropertiesMap properties) {
        return new ExtensionsRegistry() {
            // Made at the first use: a font family reads its file through JasperReports' repository, which reads the
            // extensions, this one among them, so it cannot be made while they are being read.
            private volatile List<FontFamily> families;
            private volatile List<FontSet> sets;

            @Override
            @SuppressWarnings("unchecked")
            public <T> List<T> getExtensions(Class<T> type) {
                if (type != FontFamily.class && type != FontSet.class) {
                    return null;
                }
                if (sets == null) {
                    make();
                }
                return type == FontFamily.class ? (List<T>) families : (List<T>) sets;
            }

            private synchronized void make() {
                if (sets != null) {
                    return;
                }
                List<FontFamily> made = new ArrayList<>();
                SimpleFontSet set = new SimpleFontSet();
                set.setName(SET);
                SimpleFontSetFamily primary = new SimpleFontSetFamily();
                primary.setFamilyName(PRIMARY);
                primary.setPrimary(true);
                set.addFamily(primary);
                List<Path> fallbacks = fallbackFonts();
                for (int i = 0; i < fallbacks.size(); i++) {
                    String file = fallbacks.get(i).toString();
                    SimpleFontFamily family = new SimpleFontFamily();
                    family.setName("Webchat Fallback " + (i + 1));
                    family.setNormal(file);
                    family.setBold(file);
                    family.setPdfEncoding("Identity-H");
                    family.setPdfEmbedded(true);
                    made.add(family);
                    SimpleFontSetFamily member = new SimpleFontSetFamily();
                    member.setFamilyName(family.getName());
                    set.addFamily(member);
                }
                LOG.info(() -> fallbacks.isEmpty() ? "PDFs print with DejaVu Sans alone: no fallback font for the"
                        + " scripts it lacks (WEBCHAT_PDF_FALLBACK_FONTS, README \"Configuration\")"
                        : "PDFs print what DejaVu Sans lacks with " + fallbacks.size() + " fallback fonts, from "
                                + fallbacks.get(0) + " to " + fallbacks.get(fallbacks.size() - 1));
                families = made;
                sets = List.of(set);
            }
        };
    }

    /** The fallback font files configured, else Debian's that are installed; only those that can be read. */
    static List<Path> fallbackFonts() {
        String configured = System.getProperty("webchat.pdf.fallback-fonts",
                Optional.ofNullable(System.getenv("WEBCHAT_PDF_FALLBACK_FONTS")).orElse(""));
        List<String> files = configured.isBlank() ? debianFallbacks()
                : Arrays.stream(configured.split(File.pathSeparator)).map(String::strip).toList();
        return files.stream().filter(f -> !f.isEmpty()).map(Path::of).filter(Files::isReadable).toList();
    }

    /**
     * Chinese and Japanese, Korean, then the regular Noto Sans of every script fonts-noto-core has (its "UI" variants
     * only repeat them; Tibetan is in Noto Serif only), then Symbola.
     */
    private static List<String> debianFallbacks() {
        List<String> files = new ArrayList<>(DEBIAN_FALLBACKS);
        try (Stream<Path> noto = Files.list(NOTO)) {
            noto.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("NotoSans\\w+-Regular\\.ttf|NotoSerifTibetan-Regular\\.ttf")
                            && !name.endsWith("UI-Regular.ttf"))
                    .sorted().forEach(name -> files.add(NOTO.resolve(name).toString()));
        } catch (IOException notInstalled) {
            // fonts-noto-core is not installed: those scripts print blank, as the log at the first PDF says
        }
        files.add(SYMBOLA);
        return files;
    }
}
