package org.webchat.it;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.webchat.agent.BreakType;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.campaign.Campaign;
import org.webchat.campaign.Language;

/**
 * Campaigns that tests set up in the server, inside the caller's transaction. Their ids are fixed so that the
 * client side of the same test can name them (identity columns take an explicit id; every other column has
 * its default).
 */
public final class TestCampaigns {

    private TestCampaigns() {
    }

    /** A campaign with every default, open around the clock when {@code open}. */
    public static Campaign create(EntityManager em, long id, String name, boolean open) {
        em.createNativeQuery("INSERT INTO campaign (id, name) VALUES (" + id + ", '" + name.replace("'", "''") + "')")
                .executeUpdate();
        Campaign campaign = em.find(Campaign.class, id);
        if (open) {
            campaign.addScheduleEntry(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        return campaign;
    }

    /**
     * The break type of this name for the agents these tests make, which have no security group (ADM-02: a group's
     * break types are its agents' only); made when no test made it yet.
     */
    public static BreakType breakType(EntityManager em, String name, String icon) {
        return em.createQuery("select b from BreakType b where b.securityGroup is null and b.name = :name", BreakType.class)
                .setParameter("name", name).getResultStream().findFirst().orElseGet(() -> {
                    BreakType made = new BreakType(name, icon, null);
                    em.persist(made);
                    return made;
                });
    }

    /** {@code count} agents named {@code prefix-0..}, all with {@code password}, members of the campaign. */
    public static void addAgents(EntityManager em, Campaign campaign, String prefix, int count, String password) {
        addAgents(em, campaign, prefix, count, password, null);
    }

    /** As {@link #addAgents(EntityManager, Campaign, String, int, String)}, the agents in {@code group} (ADM-02). */
    public static void addAgents(EntityManager em, Campaign campaign, String prefix, int count, String password,
                                 SecurityGroup group) {
        String hash = TestPasswords.hash(password); // one hash for all of them
        for (int i = 0; i < count; i++) {
            User agent = new User(prefix + "-" + i, "Agent " + prefix + " " + i, hash, EnumSet.of(Role.AGENT));
            agent.setSecurityGroup(group);
            em.persist(agent);
            campaign.addMember(agent, 0);
        }
    }

    /**
     * A security group of its own named {@code name}, with a supervisor {@code login} (password {@code password}) in it:
     * the supervisor watches only the group's campaigns and their agents (ADM-02), so tests give it theirs.
     */
    public static SecurityGroup supervisedGroup(EntityManager em, String name, String login, String password) {
        SecurityGroup group = new SecurityGroup(name, null);
        em.persist(group);
        User supervisor = new User(login, "Supervisor " + login, TestPasswords.hash(password), EnumSet.of(Role.SUPERVISOR));
        supervisor.setSecurityGroup(group);
        em.persist(supervisor);
        return group;
    }

    /**
     * A campaign open around the clock and in English, of a security group of its own named {@code group} with a
     * supervisor {@code login} in it (see {@link #supervisedGroup}): what each supervision test starts from.
     */
    public static Campaign supervisedCampaign(EntityManager em, long id, String name, String group, String login,
                                              String password) {
        SecurityGroup own = supervisedGroup(em, group, login, password);
        Campaign campaign = create(em, id, name, true);
        campaign.setSecurityGroup(own);
        campaign.setDefaultLanguage(Language.EN);
        return campaign;
    }
}
