package org.webchat.agent;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The administration's settings of people: security groups (ADM-02) and break types (AGT-07). Both are shared by
 * every security group. A group that still has users or campaigns is not deleted; a break type agents have taken
 * is disabled instead, so that the presence history keeps it.
 */
@Stateless
public class AgentSettings {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    public List<SecurityGroup> groups() {
        return em.createQuery("select g from SecurityGroup g order by lower(g.name)", SecurityGroup.class).getResultList();
    }

    public Optional<SecurityGroupForm> openGroup(long id) {
        return Optional.ofNullable(em.find(SecurityGroup.class, id)).map(SecurityGroupForm::of);
    }

    /** Stores a security group; returns its id. */
    public long saveGroup(SecurityGroupForm form) throws FormRefused {
        return form.check().store(em, SecurityGroup.class, form, () -> new SecurityGroup(form.getName().trim(), null),
                form::applyTo, SecurityGroup::getId);
    }

    /** Deletes a security group that has neither users nor campaigns. */
    public Removal removeGroup(long id) {
        SecurityGroup group = em.find(SecurityGroup.class, id);
        if (group == null) {
            return Removal.NOT_FOUND;
        }
        if (used("select count(u) from User u where u.securityGroup = :x", group)
                || used("select count(c) from Campaign c where c.securityGroup = :x", group)) {
            return Removal.IN_USE;
        }
        em.remove(group);
        return Removal.DELETED;
    }

    /** Every break type, also the disabled ones, by name. */
    public List<BreakType> breakTypes() {
        return em.createQuery("select b from BreakType b order by lower(b.name)", BreakType.class).getResultList();
    }

    public Optional<BreakTypeForm> openBreakType(long id) {
        return Optional.ofNullable(em.find(BreakType.class, id)).map(BreakTypeForm::of);
    }

    /** Stores a break type; an enabled one shows in the agents' list of states at their next connection. */
    public long saveBreakType(BreakTypeForm form) throws FormRefused {
        return form.check().store(em, BreakType.class, form, () -> new BreakType(form.getName().trim(), null),
                form::applyTo, BreakType::getId);
    }

    /** Deletes a break type nobody has taken; one in the presence history is disabled instead. */
    public Removal removeBreakType(long id) {
        BreakType breakType = em.find(BreakType.class, id);
        if (breakType == null) {
            return Removal.NOT_FOUND;
        }
        if (used("select count(s) from AgentStateChange s where s.breakType = :x", breakType)) {
            breakType.setEnabled(false);
            return Removal.DISABLED;
        }
        em.remove(breakType);
        return Removal.DELETED;
    }

    private boolean used(String query, Object value) {
        return em.createQuery(query, Long.class).setParameter("x", value).getSingleResult() > 0;
    }
}
