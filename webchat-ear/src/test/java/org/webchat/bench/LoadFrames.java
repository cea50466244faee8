package org.webchat.bench;

/**
 * The little of the chat protocol (org.webchat.chat's package-info) the load reads, without a JSON parser (the
 * server writes {@code type} first, and the load's client ids and codes need no escapes), and the phase that listens
 * now: a customer's {@code ack} and {@code error}, an agent's {@code message} with a client id (the customer's).
 * The bare relay answers in the same frames.
 */
final class LoadFrames {

    /** What a phase hears. */
    interface Listener {
        void acked(String clientId, long at);

        void delivered(String clientId, long at);

        void refused(String clientId, String code);
    }

    private static final Listener NOBODY = new Listener() {
        @Override
        public void acked(String clientId, long at) {
        }

        @Override
        public void delivered(String clientId, long at) {
        }

        @Override
        public void refused(String clientId, String code) {
        }
    };

    private volatile Listener listener = NOBODY;

    void listen(Listener phase) {
        listener = phase;
    }

    void stop() {
        listener = NOBODY;
    }

    /** A frame on a customer's socket. */
    void customer(String frame) {
        if (isType(frame, "ack")) {
            listener.acked(field(frame, "clientId"), System.nanoTime());
        } else if (isType(frame, "error")) {
            listener.refused(field(frame, "clientId"), field(frame, "code"));
        }
    }

    /** A frame on an agent's socket: a message with a client id is a customer's (the agents send none). */
    void agent(String frame) {
        if (isType(frame, "message")) {
            String clientId = field(frame, "clientId");
            if (clientId != null) {
                listener.delivered(clientId, System.nanoTime());
            }
        }
    }

    static boolean isType(String frame, String type) {
        return frame.startsWith("{\"type\":\"" + type + "\"");
    }

    /** A string field's value, or null. */
    static String field(String frame, String name) {
        String key = "\"" + name + "\":\"";
        int at = frame.indexOf(key);
        if (at < 0) {
            return null;
        }
        int from = at + key.length();
        return frame.substring(from, frame.indexOf('"', from));
    }

    /** The customer's message frame. */
    static String message(String clientId, String text) {
        return "{\"type\":\"message\",\"clientId\":\"" + clientId + "\",\"text\":\"" + text + "\"}";
    }

    /** A new customer's hello to {@code campaign}. */
    static String hello(long campaign, String name) {
        return "{\"type\":\"hello\",\"v\":1,\"campaign\":" + campaign + ",\"name\":\"" + name + "\"}";
    }
}
