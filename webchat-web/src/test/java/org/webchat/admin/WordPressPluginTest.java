package org.webchat.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.webchat.widget.Snippet;

/**
 * ADM-10: the plugin's zip, its WordPress header, its settings pre-set to the server and the campaign, the loader
 * as the embed code loads it, and a campaign name that tries to break out of the PHP. That PHP parses is checked
 * by {@code php -l} in WordPressPluginIT (webchat-ear), which fails when PHP is missing.
 */
class WordPressPluginTest {

    private static final String SERVER = "https://chat.example.com";

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** The header comment: from the start of the file to the first end of a comment. */
    private static String header(String php) {
        assertTrue(php.startsWith("<?php\n/**\n"), php);
        return php.substring(0, php.indexOf("*/") + 2);
    }

    /** The value of a PHP constant that is a single-quoted string, read as PHP reads it. */
    private static String phpConstant(String php, String constant) {
        Matcher start = Pattern.compile("\nconst " + constant + " += '").matcher(php);
        assertTrue(start.find(), constant);
        StringBuilder value = new StringBuilder();
        int i = start.end();
        for (; php.charAt(i) != '\''; i++) {
            char c = php.charAt(i);
            if (c == '\\' && (php.charAt(i + 1) == '\\' || php.charAt(i + 1) == '\'')) {
                c = php.charAt(++i);
            }
            value.append(c);
        }
        assertEquals(";\n", php.substring(i + 1, i + 3), "the string ends where its line ends: " + constant);
        return value.toString();
    }

    @Test
    void theZipHoldsOneFolderWithThePluginItsUninstallAndItsReadme() throws IOException {
        Map<String, String> zip = unzip(WordPressPlugin.zip(SERVER, 42, "Atención al Cliente"));
        assertEquals(List.of("webchat-atencion-al-cliente/", "webchat-atencion-al-cliente/webchat-atencion-al-cliente.php",
                "webchat-atencion-al-cliente/uninstall.php", "webchat-atencion-al-cliente/readme.txt"), List.copyOf(zip.keySet()));
        assertEquals("webchat-atencion-al-cliente.zip", WordPressPlugin.fileName(42, "Atención al Cliente"));
    }

    @Test
    void thePluginHasTheWordPressHeader() throws IOException {
        String header = header(unzip(WordPressPlugin.zip(SERVER, 42, "Ventas")).get("webchat-ventas/webchat-ventas.php"));
        for (String line : List.of("Plugin Name:       Webchat – Ventas", "Description:       Adds the Webchat chat of the campaign Ventas",
                "Version:           1.0.0", "Requires at least: 5.8", "Requires PHP:      7.4", "Author:            Webchat",
                "License:           GPL-2.0-or-later", "Text Domain:       webchat-ventas")) {
            assertTrue(header.contains("\n * " + line), line + " in\n" + header);
        }
    }

    @Test
    void theSettingsArePreSetToTheServerAndTheCampaignAndSanitized() throws IOException {
        String php = unzip(WordPressPlugin.zip(SERVER, 42, "Ventas")).get("webchat-ventas/webchat-ventas.php");
        assertTrue(php.contains("\ndefined( 'ABSPATH' ) || exit;\n"));
        assertEquals(SERVER, phpConstant(php, "DEFAULT_SERVER"));
        assertTrue(php.contains("\nconst DEFAULT_CAMPAIGN = 42;\n"));
        assertTrue(php.contains("'sanitize_callback' => __NAMESPACE__ . '\\\\sanitize_server'"));
        assertTrue(php.contains("'sanitize_callback' => __NAMESPACE__ . '\\\\sanitize_campaign'"));
        assertTrue(php.contains("esc_url_raw( trim(") && php.contains("array( 'http', 'https' )"), "only http and https");
        // Issue 11, point 22: a campaign id of -3 is refused, not saved as 3 (absint).
        assertTrue(php.contains("$campaign = campaign_id( $value );"));
        assertFalse(php.contains("absint( "), "no call of absint: it turns -3 into 3");
        assertTrue(php.contains("add_options_page("));
        assertTrue(php.contains("esc_attr( server() )") && php.contains("esc_attr( (string) campaign() )"));
        String uninstall = unzip(WordPressPlugin.zip(SERVER, 42, "Ventas")).get("webchat-ventas/uninstall.php");
        assertTrue(uninstall.contains("defined( 'WP_UNINSTALL_PLUGIN' ) || exit;"));
        assertTrue(uninstall.contains("delete_option( 'webchat_42_server' );") && uninstall.contains("delete_option( 'webchat_42_campaign' );"));
        assertTrue(php.contains("const SERVER_OPTION    = 'webchat_42_server';") && php.contains("const CAMPAIGN_OPTION  = 'webchat_42_campaign';"),
                "the options uninstall deletes");
    }

    @Test
    void theFrontEndLoadsTheLoaderAsTheEmbedCodeDoes() throws IOException {
        String php = unzip(WordPressPlugin.zip(SERVER, 42, "Ventas")).get("webchat-ventas/webchat-ventas.php");
        assertEquals("/widget/loader.js", phpConstant(php, "LOADER_PATH"));
        assertTrue(Snippet.of(SERVER, 42).contains("s.src=u+'" + Snippet.LOADER_PATH + "'"));
        assertEquals(Snippet.QUEUE, phpConstant(php, "QUEUE"));
        assertTrue(Snippet.of(SERVER, 42).contains("(function(w,d,u){" + Snippet.QUEUE));
        assertTrue(php.contains("wp_enqueue_script(\n\t\tHANDLE,\n\t\t$server . LOADER_PATH,"));
        assertTrue(php.contains("'strategy'  => 'async'"));
        // Before WordPress 6.3 (no strategy argument) the async attribute comes from the script_loader_tag filter.
        assertTrue(php.contains("version_compare( get_bloginfo( 'version' ), '6.3', '>=' )"));
        assertTrue(php.contains("add_filter( 'script_loader_tag', __NAMESPACE__ . '\\\\async_loader', 10, 2 );"));
        assertTrue(php.contains("'server'   => $server,\n\t\t\t'campaign' => campaign(),"));
        assertTrue(php.contains("wp_add_inline_script( HANDLE, '(function(w){' . QUEUE . '})(window);' . \"\\n\" . "
                + "'Webchat(\\'init\\',' . $init . ');', 'before' );"));
        assertTrue(php.contains("add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\\\\enqueue_loader' );"));
    }

    @Test
    void theReadmeIsInTheWordPressOrgFormat() throws IOException {
        String readme = unzip(WordPressPlugin.zip(SERVER, 42, "Ventas")).get("webchat-ventas/readme.txt");
        assertTrue(readme.startsWith("=== Webchat – Ventas ===\n"), readme);
        for (String line : List.of("Contributors: ", "Tags: ", "Requires at least: 5.8", "Tested up to: ", "Requires PHP: 7.4",
                "Stable tag: 1.0.0", "License: GPLv2 or later", "== Description ==", "== Installation ==", "== Changelog ==")) {
            assertTrue(readme.contains("\n" + line), line);
        }
        assertTrue(readme.contains("campaign Ventas (id 42) on the server " + SERVER));
    }

    @Test
    void aHostileCampaignNameStaysInsideItsCommentAndItsString() throws IOException {
        String hostile = "Evil */ ?> O'Brien \\' \\\\ \"x\"\r\n<?php system('id'); /* \u2028 end";
        Map<String, String> zip = unzip(WordPressPlugin.zip(SERVER, 7, hostile));
        assertEquals("webchat-evil-o-brien-x-php-system-id-end/", zip.keySet().iterator().next());
        String php = zip.get("webchat-evil-o-brien-x-php-system-id-end/webchat-evil-o-brien-x-php-system-id-end.php");
        String header = header(php);
        assertTrue(php.startsWith(header + "\n\nnamespace Webchat\\Campaign7;\n"), "the header comment ends where it should:\n" + php);
        String nameLine = header.lines().filter(l -> l.startsWith(" * Plugin Name:")).findFirst().orElseThrow();
        assertEquals(" * Plugin Name:       Webchat – Evil * / ? > O'Brien \\' \\\\ \"x\" <?php system('id'); /* end", nameLine);
        assertEquals("Evil * / ? > O'Brien \\' \\\\ \"x\" <?php system('id'); /* end", phpConstant(php, "CAMPAIGN_NAME"));
        assertEquals(1, header.split("\\*/", -1).length - 1, "one end of comment in the header");
        String uninstall = zip.get("webchat-evil-o-brien-x-php-system-id-end/uninstall.php");
        assertTrue(uninstall.contains(" * Deletes the settings of Webchat – Evil * / ? > O'Brien"));
        assertEquals(1, uninstall.substring(0, uninstall.indexOf("defined(")).split("\\*/", -1).length - 1);
        String readme = zip.get("webchat-evil-o-brien-x-php-system-id-end/readme.txt");
        assertTrue(readme.startsWith("=== Webchat – Evil * / ? > O'Brien \\' \\\\ \"x\" <?php system('id'); /* end ===\n"));
    }

    @Test
    void aNameWithNothingForTheSlugFallsBackToTheCampaignsId() throws IOException {
        assertEquals("campaign-9", WordPressPlugin.slug(9, "日本語 !!"));
        assertEquals("webchat-campaign-9.zip", WordPressPlugin.fileName(9, "日本語 !!"));
        assertTrue(unzip(WordPressPlugin.zip(SERVER, 9, "日本語 !!")).containsKey("webchat-campaign-9/webchat-campaign-9.php"));
        assertEquals("a".repeat(50), WordPressPlugin.slug(1, "A".repeat(80)));
        assertEquals("ventas-norte", WordPressPlugin.slug(1, "  --Ventas   NORTE--  "));
        assertFalse(WordPressPlugin.slug(1, "x".repeat(49) + " y").endsWith("-"));
    }

    @Test
    void onlyAnOriginIsAServer() {
        assertThrows(IllegalArgumentException.class, () -> WordPressPlugin.zip("https://x.com/'; phpinfo(); '", 1, "A"));
        assertThrows(IllegalArgumentException.class, () -> WordPressPlugin.zip("javascript:alert(1)", 1, "A"));
    }
}
