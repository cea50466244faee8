package org.webchat.recording;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;

/**
 * Who reads recordings, and of which security group (ADM-02, REC): an enabled supervisor or administrator with a
 * group reads that group's conversations, archived campaigns included; anyone else, or a user without a group, reads
 * none. Every search, conversation, grade and file of Recordings goes through it, so an id of another group finds
 * nothing.
 */
@Stateless
public class RecordingAccess {

    @Inject
    UserRepository users;

    /** The user {@code login} when it may read recordings. */
    public Optional<User> reader(String login) {
        return users.findByLogin(login == null ? "" : login).filter(User::isEnabled)
                .filter(u -> u.hasRole(Role.SUPERVISOR) || u.hasRole(Role.ADMIN))
                .filter(u -> u.getSecurityGroup() != null);
    }

    /** The security group {@code login} reads; empty when it may read none. */
    public Optional<Long> group(String login) {
        return reader(login).map(u -> u.getSecurityGroup().getId());
    }
}
