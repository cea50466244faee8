package org.webchat.campaign;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.webchat.agent.User;

/** Loads and stores campaigns, the aggregate of campaign configuration. */
@Stateless
public class CampaignRepository {

    @PersistenceContext(unitName = "webchat")
    private EntityManager em;

    public Optional<Campaign> find(Long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    public Optional<Campaign> findByName(String name) {
        return em.createQuery("select c from Campaign c where c.name = :name", Campaign.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    /**
     * The campaigns a user may see, by name (ADM-02): those of the user's security group.
     * A user without a group sees none.
     */
    public List<Campaign> visibleTo(User user) {
        if (user.getSecurityGroup() == null) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Campaign c where c.securityGroup.id = :group and c.archivedAt is null order by c.name", Campaign.class)
                .setParameter("group", user.getSecurityGroup().getId())
                .getResultList();
    }

    /** Stores a new campaign or the changes of a detached one; returns the managed instance. */
    public Campaign save(Campaign campaign) {
        if (campaign.getId() == null) {
            em.persist(campaign);
            return campaign;
        }
        return em.merge(campaign);
    }
}
