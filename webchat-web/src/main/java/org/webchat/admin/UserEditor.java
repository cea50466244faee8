package org.webchat.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.UserAdministration;
import org.webchat.agent.UserForm;

/**
 * The users page of the administration (section 9, scoped as ADM-02): the users of the administrator's security
 * group beside the form of the one being edited, with its roles, group, screen monitoring permission, state and a
 * password reset.
 */
@Named("userEditor")
@ViewScoped
public class UserEditor extends AdminEditor<UserForm> {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter LOCKED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    transient UserAdministration users;

    public UserEditor() {
        super("admin.users");
    }

    @Override
    protected List<?> list() {
        return users.visibleTo(login());
    }

    @Override
    protected UserForm blank() {
        return users.blank(login());
    }

    @Override
    protected Optional<UserForm> find(long id) {
        return users.open(login(), id);
    }

    @Override
    protected long store(UserForm form) throws FormRefused {
        return users.save(login(), form);
    }

    @Override
    protected Removal delete(long id) {
        return users.remove(login(), id);
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<SecurityGroup> getGroups() {
        return users.groups(login());
    }

    /** Until when the user being edited is locked, in UTC as the login page says it. */
    public String getLockedUntil() {
        return getForm() == null || !getForm().isLocked() ? "" : LOCKED.format(getForm().getLockedUntil());
    }
}
