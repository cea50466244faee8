package org.webchat.agent;

/** A security group as the administration's settings page edits it (ADM-02): a unique name and a description. */
public class SecurityGroupForm extends NamedForm {

    private static final long serialVersionUID = 1L;

    private String description = "";

    private SecurityGroupForm(Long id, String name) {
        super(id, name);
    }

    public static SecurityGroupForm blank() {
        return new SecurityGroupForm(null, "");
    }

    public static SecurityGroupForm of(SecurityGroup group) {
        SecurityGroupForm form = new SecurityGroupForm(group.getId(), group.getName());
        form.description = group.getDescription() == null ? "" : group.getDescription();
        return form;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** What is wrong with the form, but for a name another group has (the administration checks that). */
    public FormCheck check() {
        FormCheck check = new FormCheck();
        check.required("name", getName(), 100);
        check.optional("description", description, 500);
        return check;
    }

    void applyTo(SecurityGroup group) {
        group.setName(getName().trim());
        String text = FormCheck.trim(description);
        group.setDescription(text.isEmpty() ? null : text);
    }
}
