package org.webchat.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A configured break an agent may take, with its own icon on the dashboard (AGT-07, SUP-01). It belongs to a security
 * group (ADM-02): only that group's agents take it and only its administrators edit it; names are unique in a group.
 */
@Entity
@Table(name = "break_type")
public class BreakType {

    /** The icons an administrator chooses from (PrimeIcons classes), the first the default. */
    public static final List<String> ICONS = List.of("pi pi-clock", "pi pi-apple", "pi pi-book", "pi pi-phone",
            "pi pi-users", "pi pi-briefcase", "pi pi-heart", "pi pi-sun");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** Name of the icon shown for an agent on this break. */
    @Size(max = 100)
    @Column(name = "icon", length = 100)
    private String icon;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "security_group_id")
    private SecurityGroup securityGroup;

    protected BreakType() {
    }

    public BreakType(String name, String icon, SecurityGroup group) {
        this.name = name;
        this.icon = icon;
        this.securityGroup = group;
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
}
