package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget's size budget (issue 4): the loader at most 6 KB gzipped, the iframe app (script and style) at
 * most 40 KB gzipped (app.js, shared.js, app.css), as the server sends them. The sizes are printed for the README's figures.
 */
class SizeBudgetTest {

    private static final String ROOT = "/META-INF/resources/widget/";

    private static int gzipped(String file) throws IOException {
        try (InputStream in = SizeBudgetTest.class.getResourceAsStream(ROOT + file)) {
            assertTrue(in != null, file + " is packaged");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }) {
                in.transferTo(gzip);
            }
            return out.size();
        }
    }

    @Test
    void theLoaderStaysWithinSixKilobytesGzipped() throws IOException {
        int loader = gzipped("loader.js");
        System.out.println("[WID-10] loader.js gzipped: " + loader + " bytes");
        assertTrue(loader <= 6 * 1024, "loader.js is " + loader + " bytes gzipped");
    }

    @Test
    void theAppStaysWithinFortyKilobytesGzipped() throws IOException {
        int script = gzipped("app.js") + gzipped("shared.js");
        int style = gzipped("app.css");
        System.out.println("[WID-10] app.js + shared.js + app.css gzipped: " + script + " + " + style + " = "
                + (script + style) + " bytes");
        assertTrue(script + style <= 40 * 1024, "the app is " + (script + style) + " bytes gzipped");
    }
}
