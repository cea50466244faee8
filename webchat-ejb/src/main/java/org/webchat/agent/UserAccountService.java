package org.webchat.agent;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Logins against the users table: password check, lockout after repeated failures, account creation. */
@Stateless
public class UserAccountService {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    LoginPolicy policy;

    @Inject
    UnknownLogins unknown;

    @Inject
    PasswordPolicy passwords;

    private final Clock clock = Clock.systemUTC();

    /**
     * Checks a login and password. Each failure counts towards the lockout in its own transaction,
     * so the count survives whatever the caller does next.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome authenticate(String login, String password) {
        Instant now = clock.instant();
        Optional<User> found = login == null || login.isBlank() ? Optional.empty() : users.findByLoginForUpdate(login.trim());
        if (found.isEmpty()) {
            passwords.spendEquivalentTime(password);
            // Locked after as many failures as a real account: the answer tells no one which logins exist.
            return unknown.failed(login, now, policy.maxFailures(), policy.lockDuration())
                    .map(LoginOutcome::locked).orElseGet(LoginOutcome::invalid);
        }
        User user = found.get();
        boolean right = PasswordHash.verify(password, user.getPasswordHash()); // locked or not: the same time
        if (user.isLocked(now)) {
            return LoginOutcome.locked(user.getLockedUntil());
        }
        if (!right) {
            user.recordFailedLogin(now, policy.maxFailures(), policy.lockDuration());
            return user.isLocked(now) ? LoginOutcome.locked(user.getLockedUntil()) : LoginOutcome.invalid();
        }
        if (!user.isEnabled()) {
            return LoginOutcome.disabled();
        }
        if (!passwords.isCurrent(user.getPasswordHash())) {
            // Hashed before the work factor changed: every account then answers in the time a login of no one's takes.
            // The access key changes with it, so the user's other sessions sign in again, once.
            user.setPasswordHash(passwords.hash(password));
        }
        user.recordSuccessfulLogin();
        return LoginOutcome.authenticated(user);
    }

    /**
     * The {@linkplain User#accessKey() access key} of an enabled user; empty when the user was disabled or
     * removed. A console session compares it with the one it signed in with.
     */
    public Optional<String> accessKey(String login) {
        return users.findByLogin(login == null ? "" : login).filter(User::isEnabled).map(User::accessKey);
    }

    /** When the account is locked now, until when; a login that does not exist locks alike ({@link UnknownLogins}). */
    public Optional<Instant> lockedUntil(String login) {
        Instant now = clock.instant();
        Optional<User> user = users.findByLogin(login == null ? "" : login.trim());
        return user.isPresent() ? user.filter(u -> u.isLocked(now)).map(User::getLockedUntil)
                : unknown.lockedUntil(login, now);
    }

    /**
     * A tenant's first administrator, in a new security group of its own (ADM-02): how a group comes to exist. The
     * administrator may rename the group and fills it with its users and campaigns; nobody else reaches it.
     */
    public User createTenant(String groupName, String login, String password) {
        SecurityGroup group = new SecurityGroup(groupName, null);
        em.persist(group);
        return create(login, "Administrator", password, EnumSet.of(Role.ADMIN), group);
    }

    /**
     * As {@link #createTenant}, at setup (in a transaction of its own): nothing when a group of that name exists
     * already; refused when the login is someone's. Whether it made the tenant.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean createTenantUnlessTaken(String groupName, String login, String password) {
        if (em.createQuery("select count(g) from SecurityGroup g where lower(g.name) = lower(:name)", Long.class)
                .setParameter("name", groupName).getSingleResult() > 0) {
            return false;
        }
        if (users.findByLogin(login).isPresent()) {
            throw new IllegalStateException("the login " + login + " belongs to another user");
        }
        createTenant(groupName, login, password);
        em.flush();
        return true;
    }

    /** Creates a user with a hashed password. */
    public User create(String login, String name, String password, Set<Role> roles, SecurityGroup group) {
        User user = new User(login, name, passwords.hash(password), roles);
        user.setSecurityGroup(group);
        return users.save(user);
    }
}
