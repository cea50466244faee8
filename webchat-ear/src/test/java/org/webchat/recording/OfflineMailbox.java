package org.webchat.recording;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The test SMTP server (GreenMail) that the tests' WildFly mails offline messages to (arquillian.xml:
 * 127.0.0.1:it.smtp.port), started and stopped by {@link RecordingSearchIT}'s client-side steps. Never loaded in
 * the server: the in-server test classes do not carry GreenMail.
 */
final class OfflineMailbox {

    private static GreenMail server;

    private OfflineMailbox() {
    }

    static void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("it.smtp.port", "3100"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    static void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received, once at least {@code count} came, waiting up to {@code wait}; fewer when they did not. */
    static List<MimeMessage> received(int count, Duration wait) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        while (server.getReceivedMessages().length < count && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        return Arrays.asList(server.getReceivedMessages());
    }
}
