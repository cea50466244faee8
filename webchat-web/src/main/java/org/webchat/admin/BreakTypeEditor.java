package org.webchat.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.AgentSettings;
import org.webchat.agent.BreakType;
import org.webchat.agent.BreakTypeForm;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Removal;

/** The break types of the administrator's security group on the settings page (AGT-07, ADM-02), each with its icon. */
@Named("breakTypeEditor")
@ViewScoped
public class BreakTypeEditor extends AdminEditor<BreakTypeForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentSettings settings;

    public BreakTypeEditor() {
        super("admin.settings.break");
    }

    @Override
    protected List<?> list() {
        return settings.breakTypes(login());
    }

    @Override
    protected BreakTypeForm blank() {
        return BreakTypeForm.blank();
    }

    @Override
    protected Optional<BreakTypeForm> find(long id) {
        return settings.openBreakType(login(), id);
    }

    @Override
    protected long store(BreakTypeForm form) throws FormRefused {
        return settings.saveBreakType(login(), form);
    }

    @Override
    protected Removal delete(long id) {
        return settings.removeBreakType(login(), id);
    }

    /** The icons to choose from, as PrimeIcons classes. */
    public List<String> getIcons() {
        return BreakType.ICONS;
    }

    /** The bundle key of an icon's name, e.g. admin.settings.icon.apple for "pi pi-apple". */
    public String iconKey(String icon) {
        return "admin.settings.icon." + (icon == null ? "" : icon.replace("pi pi-", ""));
    }
}
