package org.webchat.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.webchat.widget.Snippet;

/**
 * The WordPress plugin of a campaign (ADM-10): a zip with one folder, {@code webchat-<slug>/}, holding the plugin
 * (its settings, pre-set to the server and the campaign, and the loader on every page, as the embed code of
 * {@link Snippet} does), its {@code uninstall.php} and its WordPress.org {@code readme.txt}. The files come from the
 * templates beside this class; what the campaign's name puts into them is made safe for where it goes.
 */
public final class WordPressPlugin {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final int MAX_SLUG = 50;

    private WordPressPlugin() {
    }

    /** The zip of the plugin for the campaign, whose server is {@code server} (an origin, as {@link Snippet} takes). */
    public static byte[] zip(String server, long campaignId, String campaignName) {
        Snippet.requireOrigin(server);
        String slug = slug(campaignId, campaignName);
        String name = oneLine(campaignName);
        if (name.isEmpty()) {
            name = "Campaign " + campaignId;
        }
        Map<String, String> values = Map.of("name", name, "name_php", phpString(name), "slug", slug,
                "id", Long.toString(campaignId), "server", server, "server_php", phpString(server),
                "loader_path_php", phpString(Snippet.LOADER_PATH), "queue_php", phpString(Snippet.QUEUE));
        String folder = "webchat-" + slug + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(folder + "webchat-" + slug + ".php", fill("plugin.php.template", values));
        files.put(folder + "uninstall.php", fill("uninstall.php.template", values));
        files.put(folder + "readme.txt", fill("readme.txt.template", values));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(folder));
            zip.closeEntry();
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The name of the zip's file: {@code webchat-<slug>.zip}. */
    public static String fileName(long campaignId, String campaignName) {
        return "webchat-" + slug(campaignId, campaignName) + ".zip";
    }

    /**
     * The campaign's name in lowercase ASCII letters, digits and hyphens (accents dropped, at most 50 characters),
     * or {@code campaign-<id>} when nothing of it is left.
     */
    static String slug(long campaignId, String campaignName) {
        String slug = Normalizer.normalize(Objects.requireNonNullElse(campaignName, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_SLUG) {
            slug = trimHyphens(slug.substring(0, MAX_SLUG));
        }
        return slug.isEmpty() ? "campaign-" + campaignId : slug;
    }

    private static String trimHyphens(String text) {
        return text.replaceAll("^-+|-+$", "");
    }

    /**
     * The name on one line that cannot end a PHP comment nor be cut by WordPress's reading of the plugin's header:
     * line breaks, control characters and runs of spaces become one space, {@code * /} and {@code ? >} get a space inside.
     */
    static String oneLine(String name) {
        return Objects.requireNonNullElse(name, "").replaceAll("[\\p{Cc}\\p{Z}]+", " ").strip()
                .replace("*/", "* /").replace("?>", "? >");
    }

    /** The inside of a PHP single-quoted string that holds {@code text}. */
    static String phpString(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'");
    }

    /** The template with each {@code {{key}}} replaced by its value, in one pass (a value is never read again). */
    private static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(read(template));
        return placeholder.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for " + match.group() + " in " + template);
            }
            return Matcher.quoteReplacement(value);
        });
    }

    private static String read(String template) {
        try (InputStream in = WordPressPlugin.class.getResourceAsStream("wordpress/" + template)) {
            if (in == null) {
                throw new IllegalStateException("No template " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
