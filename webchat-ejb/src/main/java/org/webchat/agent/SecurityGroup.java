package org.webchat.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A tenant (ADM-02): a group of users with its campaigns, break types and quality models. Everything an administrator,
 * supervisor or agent sees and does stays within its group. Groups are made when a tenant is set up (the first start
 * makes the first one); an administrator may rename only its own.
 */
@Entity
@Table(name = "security_group")
public class SecurityGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    @Size(max = 500)
    @Column(name = "description", length = 500)
    private String description;

    /** Days a conversation is kept after it ended (org.webchat.retention); null keeps it forever. */
    @Column(name = "retention_days")
    private Integer retentionDays;

    protected SecurityGroup() {
    }

    public SecurityGroup(String name, String description) {
        this.name = name;
        this.description = description;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }

    /**
     * Whether two things belong to the same group. Those without a group (made outside the administration, as the
     * first administrator before it had one) form a group of their own: they never meet a group's.
     */
    public static boolean same(SecurityGroup a, SecurityGroup b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    /**
     * A JPQL condition that the group at {@code path} is {@code group}, by {@link #same}: with the parameter
     * {@code :group} to set when {@code group} is not null.
     */
    public static String is(String path, SecurityGroup group) {
        return group == null ? path + " is null" : path + " = :group";
    }

    /** The query with its {@code :group} set, when {@link #is} named one. */
    public static <T> jakarta.persistence.TypedQuery<T> bound(jakarta.persistence.TypedQuery<T> query, SecurityGroup group) {
        return group == null ? query : query.setParameter("group", group);
    }
}
