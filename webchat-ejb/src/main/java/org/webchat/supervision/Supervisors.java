package org.webchat.supervision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.Role;
import org.webchat.agent.User;
import org.webchat.agent.UserRepository;
import org.webchat.campaign.CampaignRepository;

/**
 * Who may watch what on the supervision dashboard (ADM-02, issue 12 point 7): an enabled user with the SUPERVISOR
 * role watches the campaigns of its own security group, and through them their agents; nothing else, whatever id it
 * names.
 */
@Stateless
public class Supervisors {

    @Inject
    UserRepository users;

    @Inject
    CampaignRepository campaigns;

    /** A campaign the supervisor may watch. */
    public record Watchable(long id, String name) {
    }

    /**
     * A signed-in supervisor and what it may watch.
     *
     * @param groupId    its security group, null when it has none (it then watches nothing)
     * @param campaigns  the campaigns of its group, by name
     */
    public record Supervisor(long id, String login, String name, Long groupId, List<Watchable> campaigns) {

        /** Whether the supervisor may watch the campaign {@code campaignId}. */
        public boolean mayWatch(long campaignId) {
            return campaigns.stream().anyMatch(c -> c.id() == campaignId);
        }
    }

    /** The supervisor signed in as {@code login}; empty when no enabled user with the SUPERVISOR role has it. */
    public Optional<Supervisor> signedIn(String login) {
        return users.findByLogin(login).filter(User::isEnabled).filter(u -> u.hasRole(Role.SUPERVISOR))
                .map(user -> new Supervisor(user.getId(), user.getLogin(), user.getName(),
                        user.getSecurityGroup() == null ? null : user.getSecurityGroup().getId(),
                        campaigns.visibleTo(user).stream().map(c -> new Watchable(c.getId(), c.getName())).toList()));
    }
}
