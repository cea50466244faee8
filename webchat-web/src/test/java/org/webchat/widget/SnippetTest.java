package org.webchat.widget;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ADM-08 / WID-10: the embed code names the server and the campaign and loads the loader asynchronously. */
class SnippetTest {

    @Test
    void theCodeLoadsTheLoaderAsynchronouslyAndInitsTheCampaign() {
        String code = Snippet.of("https://chat.example.com", 42);
        assertTrue(code.startsWith("<script>") && code.endsWith("</script>"));
        assertTrue(code.contains("s.async=true"));
        assertTrue(code.contains("'https://chat.example.com'") && code.contains("u+'/widget/loader.js'"));
        assertTrue(code.contains("Webchat('init',{server:'https://chat.example.com',campaign:42})"));
    }

    @Test
    void onlyAnOriginIsAServer() {
        assertThrows(IllegalArgumentException.class, () -> Snippet.of("https://x.com/'+alert(1)+'", 1));
        assertThrows(IllegalArgumentException.class, () -> Snippet.of("javascript:alert(1)", 1));
    }
}
