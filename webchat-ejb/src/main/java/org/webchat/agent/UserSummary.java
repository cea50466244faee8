package org.webchat.agent;

import java.time.Instant;
import java.util.List;

/** One row of the administration's list of users: who, their roles, and whether they may sign in now. */
public record UserSummary(long id, String name, String login, List<Role> roles, boolean enabled, boolean locked) {

    static UserSummary of(User user, Instant now) {
        return new UserSummary(user.getId(), user.getName(), user.getLogin(),
                user.getRoles().stream().sorted().toList(), user.isEnabled(), user.isLocked(now));
    }
}
