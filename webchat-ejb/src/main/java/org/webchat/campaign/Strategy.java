package org.webchat.campaign;

import java.util.Locale;

/**
 * How queued interactions of a campaign are handed to agents (ADM-04, STR-01..05). The routing
 * engine implements each one; {@link #code()} is the name the product shows.
 */
public enum Strategy {
    /** STR-01: only to an agent with nothing else; the agent is then busy for everything. */
    INCALL,
    /** STR-02: calls allowed; up to Max interactions per agent at once. */
    NOCALL,
    /** STR-03: one active interaction at a time; calls allowed. */
    INTERACTION,
    /** STR-04: offered to every eligible member; the agent chooses; one at a time. */
    RINGALL,
    /** STR-04: as {@link #RINGALL}, any number at once. */
    RINGALLMULTIPLE,
    /** STR-05: to any member not on a break, several at once. */
    NOPAUSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy of a code such as "nocall" (any case). */
    public static Strategy fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
