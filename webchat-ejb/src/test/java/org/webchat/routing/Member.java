package org.webchat.routing;

import java.time.Instant;

/** Builds an {@link AgentSnapshot} for tests: by default logged in, free, penalty 0, never served. */
final class Member {

    private final long id;
    private boolean loggedIn = true;
    private boolean onBreak;
    private boolean onCall;
    private boolean busy;
    private int active;
    private int offers;
    private int penalty;
    private Instant lastAssignedAt;
    private Instant freeSince;
    private int completedToday;

    private Member(long id) {
        this.id = id;
    }

    static Member agent(long id) {
        return new Member(id);
    }

    /** A logged-in agent with nothing to do. */
    static AgentSnapshot free(long id) {
        return agent(id).build();
    }

    Member loggedOut() {
        loggedIn = false;
        return this;
    }

    Member onBreak() {
        onBreak = true;
        return this;
    }

    Member onCall() {
        onCall = true;
        return this;
    }

    Member busy() {
        busy = true;
        return this;
    }

    Member active(int count) {
        active = count;
        return this;
    }

    Member offers(int count) {
        offers = count;
        return this;
    }

    Member penalty(int value) {
        penalty = value;
        return this;
    }

    Member lastAssignedAt(Instant at) {
        lastAssignedAt = at;
        return this;
    }

    Member freeSince(Instant at) {
        freeSince = at;
        return this;
    }

    Member completedToday(int count) {
        completedToday = count;
        return this;
    }

    AgentSnapshot build() {
        return new AgentSnapshot(id, loggedIn, onBreak, onCall, busy, active, offers, penalty,
                lastAssignedAt, freeSince, completedToday);
    }
}
