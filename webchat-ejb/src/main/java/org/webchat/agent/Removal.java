package org.webchat.agent;

/** What asking the administration to delete something came to. */
public enum Removal {
    /** Gone, with nothing that pointed at it. */
    DELETED,
    /** It has history, so it was disabled instead: it leaves daily use and its history keeps it. */
    DISABLED,
    /** Still used by what cannot lose it; nothing changed. */
    IN_USE,
    /** An administrator asked to delete themselves; nothing changed. */
    SELF,
    /** It does not exist, or the administrator may not see it. */
    NOT_FOUND;

    /** Whether the request was carried out (deleted or disabled). */
    public boolean done() {
        return this == DELETED || this == DISABLED;
    }
}
