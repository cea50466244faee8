package org.webchat.agent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The administration's settings of people, each scoped to the administrator's security group (ADM-02): its own
 * security group, which it may rename and describe but not leave, delete or multiply (groups are tenants, made when a
 * tenant is set up), and the group's break types (AGT-07). A break type agents have taken is disabled instead of
 * deleted, so that the presence history keeps it. Every call names the administrator; another group's id gets
 * nothing, whatever the form posts.
 */
@Stateless
public class AgentSettings {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    /** The administrator's security group, or nothing without one. */
    public List<SecurityGroup> groups(String login) {
        return group(login).stream().toList();
    }

    public Optional<SecurityGroupForm> openGroup(String login, long id) {
        return ownGroup(login, id).map(SecurityGroupForm::of);
    }

    /** Stores the administrator's own security group; a new group or another group's id is refused. */
    public long saveGroup(String login, SecurityGroupForm form) throws FormRefused {
        if (form.isNew()) {
            throw FormRefused.because("name", "admin.error.groupCreate");
        }
        if (ownGroup(login, form.getId()).isEmpty()) {
            throw FormRefused.because("name", "admin.error.missing");
        }
        return form.check().store(em, SecurityGroup.class, form, () -> new SecurityGroup(form.getName().trim(), null),
                form::applyTo, SecurityGroup::getId);
    }

    /** The administrator's own group is in use (by the administrator at least); another group is not there. */
    public Removal removeGroup(String login, long id) {
        return ownGroup(login, id).isPresent() ? Removal.IN_USE : Removal.NOT_FOUND;
    }

    /** The break types of the administrator's group, also the disabled ones, by name. */
    public List<BreakType> breakTypes(String login) {
        return group(login).map(group -> em.createQuery("select b from BreakType b where b.securityGroup = :g"
                        + " order by lower(b.name)", BreakType.class).setParameter("g", group).getResultList())
                .orElse(List.of());
    }

    public Optional<BreakTypeForm> openBreakType(String login, long id) {
        return ownBreakType(login, id).map(BreakTypeForm::of);
    }

    /** Stores a break type of the group; an enabled one shows in its agents' list of states at their next connection. */
    public long saveBreakType(String login, BreakTypeForm form) throws FormRefused {
        SecurityGroup group = group(login).orElse(null);
        return form.check().storeIn(group, em, BreakType.class, form,
                () -> new BreakType(form.getName().trim(), null, group), form::applyTo, BreakType::getId,
                BreakType::getSecurityGroup);
    }

    /** Deletes a break type of the group nobody has taken; one in the presence history is disabled instead. */
    public Removal removeBreakType(String login, long id) {
        Optional<BreakType> found = ownBreakType(login, id);
        if (found.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        BreakType breakType = found.get();
        if (em.createQuery("select count(s) from AgentStateChange s where s.breakType = :x", Long.class)
                .setParameter("x", breakType).getSingleResult() > 0) {
            breakType.setEnabled(false);
            return Removal.DISABLED;
        }
        em.remove(breakType);
        return Removal.DELETED;
    }

    private Optional<SecurityGroup> group(String login) {
        return users.groupOf(login);
    }

    private Optional<SecurityGroup> ownGroup(String login, long id) {
        return group(login).filter(group -> group.getId() == id);
    }

    private Optional<BreakType> ownBreakType(String login, long id) {
        return group(login).flatMap(group -> Optional.ofNullable(em.find(BreakType.class, id))
                .filter(b -> SecurityGroup.same(group, b.getSecurityGroup())));
    }
}
