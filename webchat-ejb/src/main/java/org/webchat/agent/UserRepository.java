package org.webchat.agent;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Users of the consoles: administrators, supervisors and agents. */
@Stateless
public class UserRepository {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public Optional<User> findByLogin(String login) {
        return em.createQuery("select u from User u where lower(u.login) = lower(:login)", User.class)
                .setParameter("login", login)
                .getResultStream().findFirst();
    }

    /** The user, locked for update: concurrent failed logins must each count. */
    public Optional<User> findByLoginForUpdate(String login) {
        return em.createQuery("select u from User u where lower(u.login) = lower(:login)", User.class)
                .setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The user's security group, read in full (not a proxy): pages show it after the transaction. */
    public Optional<SecurityGroup> groupOf(String login) {
        return em.createQuery("select g from User u join u.securityGroup g where lower(u.login) = lower(:login)",
                        SecurityGroup.class)
                .setParameter("login", login == null ? "" : login)
                .getResultStream().findFirst();
    }

    public List<User> findAll() {
        return em.createQuery("select u from User u order by u.name", User.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }

    public User save(User user) {
        if (user.getId() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }
}
