package org.webchat.supervision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;

/** Issue 12, point 7 (ADM-02): a supervisor acts only on its own security group's agents and chats. */
class SupervisionScopeTest {

    private final SecurityGroup demo = stored(1, "Demo");
    private final SecurityGroup other = stored(2, "Cliente B");

    private static SecurityGroup stored(long id, String name) {
        SecurityGroup group = new SecurityGroup(name, null);
        try {
            Field field = SecurityGroup.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(group, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return group;
    }

    private static User user(String login, SecurityGroup group, Set<Role> roles) {
        User user = new User(login, login, "hash", roles);
        user.setSecurityGroup(group);
        return user;
    }

    @Test
    @DisplayName("a supervisor reaches an agent of its group, not another group's")
    void agentsOfTheSupervisorsGroupOnly() {
        User supervisor = user("sara", demo, EnumSet.of(Role.SUPERVISOR));
        assertTrue(SupervisionScope.reaches(supervisor, user("ana", stored(1, "Demo"), EnumSet.of(Role.AGENT))));
        assertFalse(SupervisionScope.reaches(supervisor, user("bo", other, EnumSet.of(Role.AGENT))));
        assertFalse(SupervisionScope.reaches(supervisor, user("nog", null, EnumSet.of(Role.AGENT))));
        assertFalse(SupervisionScope.reaches(supervisor, user("adm", demo, EnumSet.of(Role.ADMIN))),
                "only agents are paused, logged out or spied on");
        assertFalse(SupervisionScope.reaches(supervisor, (User) null));
    }

    @Test
    @DisplayName("a supervisor reaches the chats of its group's campaigns only")
    void chatsOfTheSupervisorsGroupOnly() {
        User supervisor = user("sara", demo, EnumSet.of(Role.SUPERVISOR));
        assertTrue(SupervisionScope.reaches(supervisor, new Campaign("Ventas", demo)));
        assertFalse(SupervisionScope.reaches(supervisor, new Campaign("Sales", other)));
        assertFalse(SupervisionScope.reaches(supervisor, new Campaign("Ungrouped", null)));
        assertFalse(SupervisionScope.reaches(supervisor, (Campaign) null));
    }

    @Test
    @DisplayName("only an enabled supervisor acts: an agent or a disabled supervisor reaches nobody")
    void onlyEnabledSupervisors() {
        User agent = user("ana", demo, EnumSet.of(Role.AGENT));
        User disabled = user("old", demo, EnumSet.of(Role.SUPERVISOR));
        disabled.setEnabled(false);
        assertFalse(SupervisionScope.isSupervisor(agent));
        assertFalse(SupervisionScope.isSupervisor(disabled));
        assertFalse(SupervisionScope.reaches(agent, user("bea", demo, EnumSet.of(Role.AGENT))));
        assertFalse(SupervisionScope.reaches(disabled, new Campaign("Ventas", demo)));
        assertTrue(SupervisionScope.isSupervisor(user("boss", demo, EnumSet.of(Role.SUPERVISOR, Role.AGENT))));
    }
}
