package org.webchat.widget;

import java.util.Objects;

/**
 * The embed code of a campaign (ADM-08, WID-10): a small inline script that queues calls, loads the loader
 * asynchronously from the server, and the init call naming the server and the campaign. Host pages paste it
 * as it is; the example page (ADM-09) runs the very same code.
 */
public final class Snippet {

    private Snippet() {
    }

    /** The code for the campaign, served by {@code server} (an origin such as https://chat.example.com). */
    public static String of(String server, long campaignId) {
        Objects.requireNonNull(server, "server");
        if (!server.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            throw new IllegalArgumentException("the server is an origin, scheme://host[:port]: " + server);
        }
        return "<script>(function(w,d,u){w.Webchat=w.Webchat||function(){(w.Webchat.q=w.Webchat.q||[]).push(arguments)};\n"
                + "var s=d.createElement('script');s.async=true;s.src=u+'/widget/loader.js';d.head.appendChild(s)})"
                + "(window,document,'" + server + "');\n"
                + "Webchat('init',{server:'" + server + "',campaign:" + campaignId + "});</script>";
    }
}
