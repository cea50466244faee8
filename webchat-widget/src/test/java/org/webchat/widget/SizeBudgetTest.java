package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget's size budget (issue 4, WID-10): the loader at most 6 KB gzipped, the iframe app (script and style) at
 * most 40 KB gzipped, as the server sends them. The app is native modules: every module the page loads counts,
 * found by following the imports from app.js (so a new module cannot slip past the budget). A call's code, which
 * the app imports with {@code import()} at the first call, has a budget of its own. The sizes are printed for the
 * README's figures.
 */
class SizeBudgetTest {

    private static final String ROOT = "/META-INF/resources/widget/";
    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:import|export)\\b[^'\";]*?from\\s*'([^']+)'|^\\s*import\\s*'([^']+)'",
            Pattern.MULTILINE);

    private static byte[] read(String file) throws IOException {
        try (InputStream in = SizeBudgetTest.class.getResourceAsStream(ROOT + file)) {
            assertTrue(in != null, file + " is packaged");
            return in.readAllBytes();
        }
    }

    private static int gzipped(String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(read(file));
        }
        return out.size();
    }

    /** app.js and every module it imports, directly or not, as paths under widget/. */
    static Set<String> appModules() throws IOException {
        return modulesFrom("app.js");
    }

    /** {@code start} and every module it imports statically, directly or not (an {@code import()} is not followed). */
    static Set<String> modulesFrom(String start) throws IOException {
        Set<String> modules = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(start));
        URI base = URI.create("https://server/widget/");
        while (!todo.isEmpty()) {
            String module = todo.pop();
            if (!modules.add(module)) {
                continue;
            }
            Matcher imports = IMPORT.matcher(new String(read(module), StandardCharsets.UTF_8));
            while (imports.find()) {
                String spec = imports.group(1) != null ? imports.group(1) : imports.group(2);
                String path = base.resolve(module).resolve(spec).getPath();
                assertTrue(path.startsWith("/widget/"), module + " imports " + spec + " from outside the widget");
                todo.push(path.substring("/widget/".length()));
            }
        }
        return modules;
    }

    @Test
    void theLoaderStaysWithinSixKilobytesGzipped() throws IOException {
        int loader = gzipped("loader.js");
        System.out.println("[WID-10] loader.js gzipped: " + loader + " bytes");
        assertTrue(loader <= 6 * 1024, "loader.js is " + loader + " bytes gzipped");
    }

    @Test
    void theAppStaysWithinFortyKilobytesGzipped() throws IOException {
        Set<String> modules = appModules();
        assertTrue(modules.size() > 10 && modules.contains("shared.js") && modules.contains("app/socket.js"),
                "the import graph is followed: " + modules);
        int script = 0;
        for (String module : modules) {
            script += gzipped(module);
        }
        int style = gzipped("app.css");
        System.out.println("[WID-10] the app's " + modules.size() + " modules + app.css gzipped: " + script + " + "
                + style + " = " + (script + style) + " bytes");
        assertTrue(script + style <= 40 * 1024, "the app is " + (script + style) + " bytes gzipped");
    }

    /**
     * Code the app imports with {@code import()} only when it needs it: {@code start}, with what it imports that the
     * first load does not carry, and its style sheet; none of it in the first load. Returns its modules and prints
     * their gzipped size (script + style) beside {@code label}, asserting it within {@code budget} bytes.
     */
    private static Set<String> onDemand(String label, String start, String style, int budget) throws IOException {
        Set<String> app = appModules();
        Set<String> code = modulesFrom(start);
        assertTrue(!app.contains(start), "the page's first load carries no " + start + ": " + app);
        code.removeAll(app);
        int script = 0;
        for (String module : code) {
            script += gzipped(module);
        }
        int css = gzipped(style);
        System.out.println(label + " " + code.size() + " modules + " + style + ", loaded on demand, gzipped: " + script
                + " + " + css + " = " + (script + css) + " bytes");
        assertTrue(script + css <= budget, start + " and its own code are " + (script + css) + " bytes gzipped");
        return code;
    }

    /**
     * Issue 14 (WID-07): a call's code (app/call.js with peer.js, its texts and call.css) is loaded with the first
     * call only, so the chat's first load does not carry it; on its own it stays within 12 KB gzipped.
     */
    @Test
    void theCallCodeLoadsOnlyWithACallAndStaysWithinTwelveKilobytesGzipped() throws IOException {
        Set<String> call = onDemand("[WID-07] a call's", "app/call.js", "call.css", 12 * 1024);
        assertTrue(call.contains("peer.js") && call.contains("app/call-texts.js"), "the call's modules are followed: " + call);
    }

    /**
     * Issue 15 (BOT-01, BOT-02): a bot's code (app/bot.js with its texts and bot.css) is loaded with the first bot
     * line or bot state only, so that a chat without bots does not carry it; on its own it stays within 4 KB gzipped.
     */
    @Test
    void theBotCodeLoadsOnlyWithABotAndStaysWithinFourKilobytesGzipped() throws IOException {
        Set<String> bot = onDemand("[BOT-01] a bot's", "app/bot.js", "bot.css", 4 * 1024);
        assertTrue(bot.contains("app/bot-texts.js"), "the bot's modules are followed: " + bot);
    }
}
