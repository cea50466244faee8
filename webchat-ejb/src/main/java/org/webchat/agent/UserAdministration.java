package org.webchat.agent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * The administration of users (section 9, scoped as ADM-02): an administrator sees, creates, edits and removes
 * only the users of their own security group, and puts them only in that group (a group is a tenant: no
 * administrator moves anyone, itself included, into another, whatever the form posts). Passwords are stored hashed
 * ({@link PasswordHash}, with {@link PasswordPolicy}'s work factor). An administrator cannot take their own
 * administrator role away, disable or delete themselves. A user with history (chats, evaluations, presence) is
 * disabled instead of deleted.
 */
@Stateless
public class UserAdministration {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    LiveChannel live;

    @Inject
    PasswordPolicy passwords;

    private final Clock clock = Clock.systemUTC();

    /** The users of the administrator's security group, by name; none without a group. */
    public List<UserSummary> visibleTo(String login) {
        Instant now = clock.instant();
        return admin(login).map(User::getSecurityGroup)
                .map(group -> em.createQuery("select u from User u where u.securityGroup = :g order by lower(u.name), u.login",
                                User.class).setParameter("g", group).getResultStream()
                        .map(u -> UserSummary.of(u, now)).toList())
                .orElse(List.of());
    }

    /** The security groups the administrator may put a user in: its own only. */
    public List<SecurityGroup> groups(String login) {
        return users.groupOf(login).stream().toList();
    }

    /** A new user's form, in the administrator's group. */
    public UserForm blank(String login) {
        return UserForm.blank(admin(login).map(User::getSecurityGroup).orElse(null));
    }

    /** The form of a user the administrator may see; empty for one of another group. */
    public Optional<UserForm> open(String login, long id) {
        Instant now = clock.instant();
        return admin(login).flatMap(admin -> visible(admin, id)).map(u -> UserForm.of(u, now));
    }

    /** Stores the form: a new user, or the changes to one of the administrator's group. Returns the user's id. */
    public long save(String login, UserForm form) throws FormRefused {
        User admin = admin(login).orElseThrow(() -> new IllegalStateException("unknown user " + login));
        if (admin.getSecurityGroup() == null) {
            throw FormRefused.because("name", "admin.error.userNoGroup");
        }
        User user = null;
        if (!form.isNew()) {
            user = visible(admin, form.getId()).orElseThrow(() -> FormRefused.because("name", "admin.error.userGone"));
        }
        String signedInWith = user == null || !user.isEnabled() ? null : user.accessKey();
        List<FormCheck.Problem> problems = new ArrayList<>(UserCheck.problems(form, admin.equals(user),
                admin.getSecurityGroup().getId()));
        if (form.isNew() && problems.stream().noneMatch(p -> p.field().equals("login"))
                && users.findByLogin(form.getLogin().trim()).isPresent()) {
            problems.add(FormCheck.Problem.of("login", "admin.error.loginTaken"));
        }
        SecurityGroup group = admin.getSecurityGroup(); // the only one UserCheck lets through
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        String name = form.getName().trim();
        if (user == null) {
            user = new User(form.getLogin().trim(), name, passwords.hash(form.typedPassword()), UserCheck.roles(form));
        } else {
            user.setName(name);
            user.setRoles(UserCheck.roles(form));
            if (form.isPasswordTyped()) {
                user.setPasswordHash(passwords.hash(form.typedPassword()));
            }
        }
        String email = FormCheck.trim(form.getEmail());
        user.setEmail(email.isEmpty() ? null : email);
        user.setSecurityGroup(group);
        user.setScreenMonitoringAllowed(form.isScreenMonitoringAllowed());
        user.setEnabled(form.isEnabled());
        if (form.isUnlock()) {
            user.unlock();
        }
        User stored = users.save(user);
        em.flush();
        if (signedInWith != null && (!stored.isEnabled() || !signedInWith.equals(stored.accessKey()))) {
            live.publish(new LiveEvent.AccessChanged(stored.getId()));
        }
        return stored.getId();
    }

    /**
     * Deletes a user of the administrator's group; one with history (chats, messages, transfers, offers,
     * evaluations, presence, supervision acts) is disabled instead, so that its history keeps its agent.
     */
    public Removal remove(String login, long id) {
        Optional<User> admin = admin(login);
        Optional<User> found = admin.flatMap(a -> visible(a, id));
        if (found.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        User user = found.get();
        if (user.equals(admin.get())) {
            return Removal.SELF;
        }
        live.publish(new LiveEvent.AccessChanged(user.getId()));
        if (hasHistory(user)) {
            user.setEnabled(false);
            return Removal.DISABLED;
        }
        em.remove(user);
        return Removal.DELETED;
    }

    private boolean hasHistory(User user) {
        List<String> queries = List.of(
                "select count(x) from Interaction x where x.agent = :u",
                "select count(x) from ChatMessage x where x.sender = :u",
                "select count(x) from InteractionTransfer x where x.fromAgent = :u or x.toAgent = :u",
                "select count(x) from InteractionOffer x where x.agent = :u",
                "select count(x) from Evaluation x where x.evaluator = :u",
                "select count(x) from AgentStateChange x where x.user = :u or x.changedBy = :u",
                "select count(x) from SupervisionAct x where x.supervisor = :u or x.agent = :u");
        return queries.stream().anyMatch(q -> em.createQuery(q, Long.class).setParameter("u", user).getSingleResult() > 0);
    }

    private Optional<User> admin(String login) {
        return users.findByLogin(login == null ? "" : login);
    }

    /** ADM-02: a user of the administrator's own security group. */
    private Optional<User> visible(User admin, long id) {
        return users.find(id).filter(u -> admin.getSecurityGroup() != null && u.getSecurityGroup() != null
                && admin.getSecurityGroup().getId().equals(u.getSecurityGroup().getId()));
    }
}
