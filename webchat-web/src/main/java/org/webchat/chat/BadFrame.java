package org.webchat.chat;

/**
 * A frame the server refuses, with a stable code a client can act on and a reason in plain words.
 * It is answered with an error frame; the session goes on unless it keeps sending bad frames.
 */
public class BadFrame extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    public BadFrame(String code, String reason) {
        super(reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
