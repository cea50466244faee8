package org.webchat.supervision;

import java.util.regex.Pattern;
import org.webchat.routing.AgentPresence;

/**
 * An agent's state on the dashboard (SUP-03): Disconnected, Busy, Free, Free in break, Busy in break; and its icon
 * (SUP-01). {@link #of} is the one place it is computed, from the agent's presence and its active chats.
 */
public enum AgentStatus {
    /** Not in the portal: no workspace open. */
    DISCONNECTED,
    /** Working: attending at least one chat, on a call, or taken whole by an {@code incall} chat (STR-01). */
    BUSY,
    /** In the portal with nothing to do: may take work. */
    FREE,
    /** On a break (or paused by a supervisor) with nothing left to attend. */
    FREE_IN_BREAK,
    /** On a break while still attending chats (or a call) it had before the break. */
    BUSY_IN_BREAK;

    /** The icon of an agent on a call, whatever else it does (SUP-01). */
    public static final String PHONE = "pi pi-phone";
    /** The icon of a break whose type has none of its own (a supervisor's pause). */
    public static final String BREAK = "pi pi-pause";
    /** The icons the dashboard draws: PrimeIcons classes, nothing else reaches a class attribute. */
    private static final Pattern ICON = Pattern.compile("pi pi-[a-z0-9-]{1,40}");

    /**
     * The state of an agent whose presence is {@code presence} (null: never seen since the server started, so not in
     * the portal) and who attends {@code activeChats} chats.
     */
    public static AgentStatus of(AgentPresence.Presence presence, int activeChats) {
        if (presence == null || !presence.loggedIn()) {
            return DISCONNECTED;
        }
        boolean working = activeChats > 0 || presence.onCall() || presence.busy();
        if (presence.onBreak()) {
            return working ? BUSY_IN_BREAK : FREE_IN_BREAK;
        }
        return working ? BUSY : FREE;
    }

    /** Whether the agent is on a break, free or busy. */
    public boolean inBreak() {
        return this == FREE_IN_BREAK || this == BUSY_IN_BREAK;
    }

    /** Whether the agent attends something. */
    public boolean busy() {
        return this == BUSY || this == BUSY_IN_BREAK;
    }

    /**
     * The icon of the state (SUP-01): a phone on a call, the break's own icon on a break ({@code breakIcon}, the pause
     * icon when its type has none), else one for the state.
     */
    public String icon(boolean onCall, String breakIcon) {
        if (onCall && this != DISCONNECTED) {
            return PHONE;
        }
        if (inBreak()) {
            return breakIcon != null && ICON.matcher(breakIcon).matches() ? breakIcon : BREAK;
        }
        return switch (this) {
            case DISCONNECTED -> "pi pi-power-off";
            case FREE -> "pi pi-check-circle";
            default -> "pi pi-comments";
        };
    }
}
