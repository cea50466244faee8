package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules a user form meets before it is stored (issue 6, section 9). */
class UserCheckTest {

    private static UserForm newAgent() {
        UserForm form = UserForm.blank(null);
        form.setName("Ana Agent");
        form.setLogin("ana.agent");
        form.setRoles(List.of("AGENT"));
        form.setSecurityGroup("7");
        form.setPassword("long enough");
        return form;
    }

    /** The form of a stored user, as the administration opens it. */
    private static UserForm stored(Role... roles) throws ReflectiveOperationException {
        User user = new User("ada", "Ada Admin", "hash", Set.of(roles));
        Field id = User.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(user, 42L);
        return UserForm.of(user, Instant.now());
    }

    /** The administrator's own security group in these tests. */
    private static final long OWN = 7;

    private static List<String> problems(UserForm form, boolean self) {
        return UserCheck.problems(form, self, OWN).stream().map(p -> p.field() + " " + p.key()).toList();
    }

    @Test
    void aNewUserWithEveryRequiredValueIsAccepted() {
        assertEquals(List.of(), problems(newAgent(), false));
    }

    @Test
    void aNewUserNeedsNameLoginRoleGroupAndPassword() {
        UserForm form = UserForm.blank(null);
        assertEquals(List.of("name admin.error.required", "login admin.error.required", "roles admin.error.roles",
                "securityGroup admin.error.required", "password admin.error.required"), problems(form, false));
    }

    @Test
    void aLoginIsLettersDigitsAndAFewSignsStartingWithALetterOrDigit() {
        for (String bad : List.of("a", "-ana", "ana agent", "ana/agent", "x".repeat(65))) {
            UserForm form = newAgent();
            form.setLogin(bad);
            assertEquals(List.of("login admin.error.loginPattern"), problems(form, false), bad);
        }
        for (String good : List.of("ua", "ana.agent", "ana_agent-2", "ana@example.com", "x".repeat(64))) {
            UserForm form = newAgent();
            form.setLogin(good);
            assertEquals(List.of(), problems(form, false), good);
        }
    }

    @Test
    void aPasswordHasAtLeastTheMinimumLength() {
        UserForm form = newAgent();
        form.setPassword("short");
        List<FormCheck.Problem> found = UserCheck.problems(form, false, OWN);
        assertEquals(List.of("password admin.error.tooShort"), problems(form, false));
        assertEquals(List.of(String.valueOf(UserCheck.PASSWORD_MIN)), found.get(0).args());
    }

    @Test
    void aStoredUserKeepsItsPasswordWhenNoneIsTypedAndItsLoginCannotChange() throws Exception {
        UserForm form = stored(Role.SUPERVISOR);
        form.setSecurityGroup("7");
        form.setLogin("someone-else");
        form.setPassword(null);
        form.setPassword("");
        assertEquals(List.of(), problems(form, false));
        assertEquals("ada", form.getLogin());
        assertFalse(form.isPasswordTyped());
    }

    @Test
    void aPasswordTypedIsKeptWhenTheFieldComesBackEmptyButNeverShown() {
        UserForm form = newAgent();
        form.setPassword(null);
        assertTrue(form.isPasswordTyped());
        assertNull(form.getPassword());
        assertEquals(List.of(), problems(form, false));
    }

    @Test
    void anUnknownRoleOrAGroupThatIsNoIdIsRefusedAsNotAnOption() {
        UserForm form = newAgent();
        form.setRoles(List.of("AGENT", "ROOT"));
        form.setSecurityGroup("Demo");
        assertEquals(List.of("roles admin.error.choose", "securityGroup admin.error.choose"), problems(form, false));
    }

    @Test
    void anEmailIsOptionalButMustBeAnAddress() {
        UserForm form = newAgent();
        form.setEmail("ana at example");
        assertEquals(List.of("email admin.error.email"), problems(form, false));
        form.setEmail("ana@example.com");
        assertEquals(List.of(), problems(form, false));
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministratorRoleNorDisableThemselves() throws Exception {
        UserForm form = stored(Role.ADMIN);
        form.setSecurityGroup("7");
        form.setRoles(List.of("SUPERVISOR"));
        form.setEnabled(false);
        assertEquals(List.of("roles admin.error.ownAdmin", "enabled admin.error.ownDisable"), problems(form, true));
        assertEquals(List.of(), problems(form, false), "another administrator may");
    }

    @Test
    void anAdministratorPutsUsersOnlyInItsOwnSecurityGroupItselfIncluded() throws Exception {
        // Issue 11, point 8 (ADM-02): a group is a tenant; whatever id the form posts, only the own one is stored.
        UserForm form = newAgent();
        form.setSecurityGroup("8");
        assertEquals(List.of("securityGroup admin.error.otherGroup"), problems(form, false));
        UserForm self = stored(Role.ADMIN);
        self.setSecurityGroup("1");
        assertEquals(List.of("securityGroup admin.error.otherGroup"), problems(self, true));
        self.setSecurityGroup(" 7 ");
        assertEquals(List.of(), problems(self, true));
    }
}
