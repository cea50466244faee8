package org.webchat.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.AgentSettings;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;
import org.webchat.agent.SecurityGroupForm;

/**
 * The administrator's own security group on the administration's settings page (ADM-02): renamed and described
 * there, never created, left or deleted (a group is a tenant, made when the tenant is set up).
 */
@Named("securityGroupEditor")
@ViewScoped
public class SecurityGroupEditor extends AdminEditor<SecurityGroupForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentSettings settings;

    public SecurityGroupEditor() {
        super("admin.settings.group");
    }

    @Override
    protected List<?> list() {
        return settings.groups(login());
    }

    @Override
    protected SecurityGroupForm blank() {
        return SecurityGroupForm.blank();
    }

    @Override
    protected Optional<SecurityGroupForm> find(long id) {
        return settings.openGroup(login(), id);
    }

    @Override
    protected long store(SecurityGroupForm form) throws FormRefused {
        return settings.saveGroup(login(), form);
    }

    @Override
    protected Removal delete(long id) {
        return settings.removeGroup(login(), id);
    }
}
