package org.webchat.widget;

import java.util.Objects;

/**
 * The embed code of a campaign (ADM-08, WID-10): a small inline script that queues calls, loads the loader
 * asynchronously from the server, and the init call naming the server and the campaign. Host pages paste it
 * as it is; the example page (ADM-09) runs the very same code.
 */
public final class Snippet {

    /** Where the loader is, under the server's origin. */
    public static final String LOADER_PATH = "/widget/loader.js";

    /**
     * The queue that stands in for the loader until it arrives, written for a function of {@code w} (the window):
     * calls made before the loader runs are kept in {@code Webchat.q}, and the loader plays them.
     */
    public static final String QUEUE = "w.Webchat=w.Webchat||function(){(w.Webchat.q=w.Webchat.q||[]).push(arguments)};";

    private Snippet() {
    }

    /** The code for the campaign, served by {@code server} (an origin such as https://chat.example.com). */
    public static String of(String server, long campaignId) {
        requireOrigin(server);
        return "<script>(function(w,d,u){" + QUEUE + "\n"
                + "var s=d.createElement('script');s.async=true;s.src=u+'" + LOADER_PATH + "';d.head.appendChild(s)})"
                + "(window,document,'" + server + "');\n"
                + "Webchat('init',{server:'" + server + "',campaign:" + campaignId + "});</script>";
    }

    /** {@code server} when it is an origin (http or https, a host name or address, maybe a port); else refused. */
    public static String requireOrigin(String server) {
        Objects.requireNonNull(server, "server");
        if (!server.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            throw new IllegalArgumentException("the server is an origin, scheme://host[:port]: " + server);
        }
        return server;
    }
}
