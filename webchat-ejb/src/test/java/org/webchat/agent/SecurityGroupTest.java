package org.webchat.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** Which things share a tenant (ADM-02; issue 11, points 9 to 11): the rule transfers, history and settings follow. */
class SecurityGroupTest {

    private static SecurityGroup stored(long id, String name) throws ReflectiveOperationException {
        SecurityGroup group = new SecurityGroup(name, null);
        Field field = SecurityGroup.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(group, id);
        return group;
    }

    @Test
    void theSameGroupIsTheSameIdWhicheverInstanceCarriesIt() throws Exception {
        assertTrue(SecurityGroup.same(stored(1, "Demo"), stored(1, "Demo")), "read twice");
        assertFalse(SecurityGroup.same(stored(1, "Demo"), stored(2, "Cliente B")));
    }

    @Test
    void whatHasNoGroupMeetsOnlyWhatHasNone() throws Exception {
        assertTrue(SecurityGroup.same(null, null));
        assertFalse(SecurityGroup.same(null, stored(1, "Demo")));
        assertFalse(SecurityGroup.same(stored(1, "Demo"), null));
        assertFalse(SecurityGroup.same(new SecurityGroup("New", null), new SecurityGroup("New", null)),
                "two groups not stored yet are two groups");
    }

    @Test
    void aQueryConditionNamesTheGroupOrItsAbsence() throws Exception {
        assertEquals("b.securityGroup = :group", SecurityGroup.is("b.securityGroup", stored(1, "Demo")));
        assertEquals("b.securityGroup is null", SecurityGroup.is("b.securityGroup", null));
    }
}
