package org.webchat.bench;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bare relay the load benchmark measures the product against: the same WildFly's sockets with nothing behind
 * them. The two sockets opened at {@code /bench/relay/{pair}} are a pair; each text frame goes to the other socket
 * as it came, and a frame with a client id is answered {@code ack {clientId, seq}} at once: no parsing, no storing,
 * no routing. It sends as the product's sockets do (one frame at a time per session, blocking). Only in the
 * benchmark's deployment (a test class), never in the product.
 */
@ServerEndpoint("/bench/relay/{pair}")
public class BareRelay {

    private static final Map<String, Session[]> PAIRS = new ConcurrentHashMap<>();
    private static final String CLIENT_ID = "\"clientId\":\"";

    private long seq;

    @OnOpen
    public void open(Session session, @PathParam("pair") String pair) {
        session.setMaxIdleTimeout(0);
        PAIRS.merge(pair, new Session[] {session, null}, (first, second) -> new Session[] {first[0], session});
    }

    @OnMessage
    public void frame(Session session, String text, @PathParam("pair") String pair) {
        Session[] both = PAIRS.get(pair);
        if (both != null) {
            send(both[0] == session ? both[1] : both[0], text);
        }
        int at = text.indexOf(CLIENT_ID);
        if (at >= 0) {
            int from = at + CLIENT_ID.length();
            send(session, "{\"type\":\"ack\",\"clientId\":\"" + text.substring(from, text.indexOf('"', from))
                    + "\",\"seq\":" + ++seq + "}");
        }
    }

    @OnClose
    public void close(@PathParam("pair") String pair) {
        PAIRS.remove(pair);
    }

    private static void send(Session session, String frame) {
        if (session == null) {
            return;
        }
        synchronized (session) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendText(frame);
                }
            } catch (IOException | IllegalStateException gone) {
                // the other side went away: a relay drops what it cannot deliver
            }
        }
    }
}
