package org.webchat.agent;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The areas of the consoles and the roles that may enter each. The web module's menu and its
 * security constraints (web.xml) both follow this table; a test keeps them in step.
 */
public enum Area {
    ADMINISTRATION("/admin/", EnumSet.of(Role.ADMIN)),
    AGENT_WORKSPACE("/agent/", EnumSet.of(Role.AGENT)),
    SUPERVISION("/supervisor/", EnumSet.of(Role.SUPERVISOR)),
    RECORDINGS("/recordings/", EnumSet.of(Role.SUPERVISOR));

    private final String path;
    private final Set<Role> roles;

    Area(String path, Set<Role> roles) {
        this.path = path;
        this.roles = roles;
    }

    /** The URL prefix of the area inside the application. */
    public String path() {
        return path;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allows(Collection<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    /** The areas a user with these roles may enter, in menu order. */
    public static List<Area> open(Collection<Role> userRoles) {
        return Arrays.stream(values()).filter(a -> a.allows(userRoles)).toList();
    }
}
