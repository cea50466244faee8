package org.webchat.agent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A user as the administration's users page edits it (section 9): every value kept as the administrator typed it,
 * so that a refused form comes back as it was sent ({@link UserCheck}). The login is chosen once, at creation.
 * The password is write-only: the form never gives it back, but keeps the last one typed until the user is
 * stored, so that a save refused for another field does not ask for it again.
 */
public class UserForm extends NamedForm {

    private static final long serialVersionUID = 1L;

    private String login = "";
    private String email = "";
    private List<String> roles = new ArrayList<>();
    private String securityGroup = "";
    private boolean screenMonitoringAllowed;
    private boolean enabled = true;
    private Instant lockedUntil;
    private boolean unlock;
    private String password;

    private UserForm(Long id, String name) {
        super(id, name);
    }

    /** A new user's form, in the given security group (the administrator's own), enabled, with no role yet. */
    public static UserForm blank(SecurityGroup group) {
        UserForm form = new UserForm(null, "");
        form.securityGroup = group == null ? "" : String.valueOf(group.getId());
        return form;
    }

    /** The form of a stored user; {@code now} tells whether it is locked. */
    public static UserForm of(User user, Instant now) {
        UserForm form = new UserForm(user.getId(), user.getName());
        form.login = user.getLogin();
        form.email = user.getEmail() == null ? "" : user.getEmail();
        form.roles = new ArrayList<>(user.getRoles().stream().map(Role::name).sorted().toList());
        form.securityGroup = user.getSecurityGroup() == null ? "" : String.valueOf(user.getSecurityGroup().getId());
        form.screenMonitoringAllowed = user.isScreenMonitoringAllowed();
        form.enabled = user.isEnabled();
        form.lockedUntil = user.isLocked(now) ? user.getLockedUntil() : null;
        return form;
    }

    public String getLogin() {
        return login;
    }

    /** Only a new user's login may be set. */
    public void setLogin(String login) {
        if (isNew()) {
            this.login = login;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getSecurityGroup() {
        return securityGroup;
    }

    public void setSecurityGroup(String securityGroup) {
        this.securityGroup = securityGroup;
    }

    public boolean isScreenMonitoringAllowed() {
        return screenMonitoringAllowed;
    }

    public void setScreenMonitoringAllowed(boolean screenMonitoringAllowed) {
        this.screenMonitoringAllowed = screenMonitoringAllowed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Until when the user is locked after repeated wrong passwords; null when not locked. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked() {
        return lockedUntil != null;
    }

    public boolean isUnlock() {
        return unlock;
    }

    public void setUnlock(boolean unlock) {
        this.unlock = unlock;
    }

    /** Never the password: the console shows none. */
    public String getPassword() {
        return null;
    }

    /** A new password; an empty one keeps the one typed before (or, for a stored user, the current one). */
    public void setPassword(String password) {
        if (password != null && !password.isEmpty()) {
            this.password = password;
        }
    }

    /** Whether a password was typed and is waiting to be stored. */
    public boolean isPasswordTyped() {
        return password != null;
    }

    String typedPassword() {
        return password;
    }
}
