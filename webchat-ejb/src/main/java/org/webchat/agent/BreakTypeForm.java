package org.webchat.agent;

/**
 * A break type as the administration's settings page edits it (AGT-07, SUP-01): a unique name, an icon from
 * {@link BreakType#ICONS}, and whether agents may take it now.
 */
public class BreakTypeForm extends NamedForm {

    private static final long serialVersionUID = 1L;

    private String icon = BreakType.ICONS.get(0);
    private boolean enabled = true;

    private BreakTypeForm(Long id, String name) {
        super(id, name);
    }

    public static BreakTypeForm blank() {
        return new BreakTypeForm(null, "");
    }

    public static BreakTypeForm of(BreakType breakType) {
        BreakTypeForm form = new BreakTypeForm(breakType.getId(), breakType.getName());
        form.icon = breakType.getIcon() == null ? "" : breakType.getIcon();
        form.enabled = breakType.isEnabled();
        return form;
    }

    public String getIcon() {
        return icon;
    }

    public void setIcon(String icon) {
        this.icon = icon;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** What is wrong with the form, but for a name another break type has (the administration checks that). */
    public FormCheck check() {
        FormCheck check = new FormCheck();
        check.required("name", getName(), 100);
        String chosen = FormCheck.trim(icon);
        if (chosen.isEmpty()) {
            check.add("icon", "admin.error.required");
        } else if (!BreakType.ICONS.contains(chosen)) {
            check.add("icon", "admin.error.choose");
        }
        return check;
    }

    void applyTo(BreakType breakType) {
        breakType.setName(getName().trim());
        breakType.setIcon(icon.trim());
        breakType.setEnabled(enabled);
    }
}
