package org.webchat.agent;

/** What a user may do in the product; every screen checks one of these (ADM-01). */
public enum Role {
    ADMIN,
    SUPERVISOR,
    AGENT
}
