package org.webchat.call;

/** The two sides of a call: the chat's customer and its agent. */
public enum CallSide {
    CUSTOMER,
    AGENT;

    public CallSide other() {
        return this == CUSTOMER ? AGENT : CUSTOMER;
    }
}
