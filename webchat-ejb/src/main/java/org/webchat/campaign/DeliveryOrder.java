package org.webchat.campaign;

import java.util.Locale;

/** The order among eligible agents, on top of the strategy (STR-06). */
public enum DeliveryOrder {
    /** Round robin that remembers the last agent served. */
    RRMEMORY,
    /** Random, weighted by the member's penalty 0-100: a higher penalty gets fewer. */
    WRANDOM,
    /** The agent idle longest. */
    LEASTRECENT,
    /** The agent with the fewest interactions completed today. */
    FEWESTCALLS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order of a code such as "wrandom" (any case). */
    public static DeliveryOrder fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
