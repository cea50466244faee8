package org.webchat.agent;

/** What asking the administration to delete something came to. */
public enum Removal {
    /** Gone, with nothing that pointed at it. */
    DELETED,
    /** It has history, so it was disabled instead: it leaves daily use and its history keeps it. */
    DISABLED,
    /** A campaign with history, archived instead (ADM-07): it leaves the lists and takes no more customers. */
    ARCHIVED,
    /** Still used by what cannot lose it; nothing changed. */
    IN_USE,
    /** An administrator asked to delete themselves; nothing changed. */
    SELF,
    /** It does not exist, or the administrator may not see it. */
    NOT_FOUND;

    /** Whether the request was carried out (deleted, disabled or archived). */
    public boolean done() {
        return this == DELETED || this == DISABLED || this == ARCHIVED;
    }

    /** Whether it is out of the lists now, so that nothing is left to edit. */
    public boolean gone() {
        return this == DELETED || this == ARCHIVED || this == NOT_FOUND;
    }
}
