package org.webchat.agent;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule a user form must meet before it is stored (section 9): a name, a login of its pattern (unique: the
 * administration checks that against the stored users), at least one role, a security group, a password of at
 * least {@link #PASSWORD_MIN} characters for a new user or a reset; and an administrator editing themselves keeps
 * their administrator role and stays enabled. The security group is the administrator's own (ADM-02): a group is a
 * tenant, and no administrator puts anyone, itself included, in another.
 */
public final class UserCheck {

    /** The shortest password an administrator may set. */
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;

    /** 2 to 64 letters, digits and . _ - @, starting with a letter or digit. */
    static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private UserCheck() {
    }

    /**
     * What is wrong with the form; empty when it may be stored. {@code self} says that the administrator is
     * editing their own user; {@code ownGroup} is the id of the administrator's security group.
     */
    public static List<FormCheck.Problem> problems(UserForm form, boolean self, long ownGroup) {
        FormCheck check = new FormCheck();
        check.required("name", form.getName(), 200);
        if (form.isNew()) {
            String login = FormCheck.trim(form.getLogin());
            if (login.isEmpty()) {
                check.add("login", "admin.error.required");
            } else if (!LOGIN.matcher(login).matches()) {
                check.add("login", "admin.error.loginPattern");
            }
        }
        check.email("email", form.getEmail());
        Set<Role> roles = roles(form, check);
        if (roles != null && self && !roles.contains(Role.ADMIN)) {
            check.add("roles", "admin.error.ownAdmin");
        }
        check.chosenId("securityGroup", form.getSecurityGroup());
        if (!check.has("securityGroup") && Long.parseLong(FormCheck.trim(form.getSecurityGroup())) != ownGroup) {
            check.add("securityGroup", "admin.error.otherGroup");
        }
        if (self && !form.isEnabled()) {
            check.add("enabled", "admin.error.ownDisable");
        }
        String password = form.typedPassword();
        if (password == null) {
            if (form.isNew()) {
                check.add("password", "admin.error.required");
            }
        } else if (password.length() < PASSWORD_MIN) {
            check.add("password", "admin.error.tooShort", PASSWORD_MIN);
        } else if (password.length() > PASSWORD_MAX) {
            check.add("password", "admin.error.tooLong", PASSWORD_MAX);
        }
        return check.problems();
    }

    /** The roles chosen, or null after adding the problem. */
    private static Set<Role> roles(UserForm form, FormCheck check) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.getRoles()) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                check.add("roles", "admin.error.choose");
                return null;
            }
        }
        if (roles.isEmpty()) {
            check.add("roles", "admin.error.roles");
            return null;
        }
        return roles;
    }

    /** The roles of a form that passed the check. */
    static Set<Role> roles(UserForm form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        form.getRoles().forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
