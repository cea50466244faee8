package org.webchat.supervision;

import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;

/**
 * Whom a supervisor may act on (issue 12, point 7; ADM-02): only an enabled supervisor acts, only on the agents of its
 * own security group and in the chats of its group's campaigns. Anything else is refused by its id, whether it exists
 * or not.
 */
public final class SupervisionScope {

    private SupervisionScope() {
    }

    /** Whether the user may supervise at all: enabled, with the SUPERVISOR role. */
    public static boolean isSupervisor(User user) {
        return user != null && user.isEnabled() && user.hasRole(Role.SUPERVISOR);
    }

    /** Whether the supervisor reaches the agent: a user with the AGENT role of the supervisor's group. */
    public static boolean reaches(User supervisor, User agent) {
        return isSupervisor(supervisor) && agent != null && agent.hasRole(Role.AGENT)
                && SecurityGroup.same(supervisor.getSecurityGroup(), agent.getSecurityGroup());
    }

    /** Whether the supervisor reaches the chats of the campaign: one of the supervisor's group. */
    public static boolean reaches(User supervisor, Campaign campaign) {
        return isSupervisor(supervisor) && campaign != null
                && SecurityGroup.same(supervisor.getSecurityGroup(), campaign.getSecurityGroup());
    }
}
