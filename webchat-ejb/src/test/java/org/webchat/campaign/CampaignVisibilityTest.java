package org.webchat.campaign;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;

/** ADM-02: the campaigns a user sees are those of its own security group. */
class CampaignVisibilityTest {

    private final SecurityGroup north = new SecurityGroup("North", null);
    private final SecurityGroup south = new SecurityGroup("South", null);

    private static User userOf(SecurityGroup group) {
        User user = new User("someone", "Someone", "hash", EnumSet.of(Role.ADMIN));
        user.setSecurityGroup(group);
        return user;
    }

    @Test
    void aUserSeesTheCampaignsOfItsGroup() {
        assertTrue(new Campaign("Sales", north).isVisibleTo(userOf(north)));
    }

    @Test
    void aUserDoesNotSeeTheCampaignsOfAnotherGroup() {
        assertFalse(new Campaign("Billing", south).isVisibleTo(userOf(north)));
    }

    @Test
    void aUserWithoutAGroupSeesNoCampaign() {
        assertFalse(new Campaign("Sales", north).isVisibleTo(userOf(null)));
    }

    @Test
    void aCampaignWithoutAGroupIsSeenByNobody() {
        assertFalse(new Campaign("Orphan", null).isVisibleTo(userOf(north)));
        assertFalse(new Campaign("Orphan", null).isVisibleTo(userOf(null)));
    }

    @Test
    void beingAnAdministratorDoesNotWidenTheGroup() {
        User admin = userOf(north);
        assertTrue(admin.hasRole(Role.ADMIN));
        assertFalse(new Campaign("Billing", south).isVisibleTo(admin));
    }
}
