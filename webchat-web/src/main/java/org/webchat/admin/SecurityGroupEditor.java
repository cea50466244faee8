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

/** The security groups on the administration's settings page (ADM-02). */
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
        return settings.groups();
    }

    @Override
    protected SecurityGroupForm blank() {
        return SecurityGroupForm.blank();
    }

    @Override
    protected Optional<SecurityGroupForm> find(long id) {
        return settings.openGroup(id);
    }

    @Override
    protected long store(SecurityGroupForm form) throws FormRefused {
        return settings.saveGroup(form);
    }

    @Override
    protected Removal delete(long id) {
        return settings.removeGroup(id);
    }
}
