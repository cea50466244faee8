package org.webchat.agent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Console sign-ins kept beyond the HTTP session (issue 16, point 6): a server restart loses every session, and an open
 * workspace must come back by itself within seconds, not at the sign-in page. A sign-in is kept until the browser
 * closes (its cookie lives no longer) or a shift's length has passed, and ends at once with the user's sign-out, or
 * when the user is disabled or removed, or when an administrator changes the password, roles or security group, or a
 * supervisor logs the user out (SUP-15): the same changes that end its session.
 */
@Stateless
public class KeptSignIns {

    /** The longest a sign-in is kept: a long shift. */
    static final Duration LIFETIME = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    UserRepository users;

    private final Clock clock = Clock.systemUTC();

    /** Keeps the sign-in of an enabled user; the token for its cookie, or empty for a user that cannot sign in. */
    public Optional<String> keep(String login) {
        Optional<User> user = users.findByLogin(login == null ? "" : login).filter(User::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createQuery("delete from KeptSignIn k where k.expiresAt <= :now").setParameter("now", now).executeUpdate();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new KeptSignIn(token, user.get(), now.plus(LIFETIME)));
        return Optional.of(token);
    }

    /** Whose sign-in the token keeps, when it still holds; a token that no longer holds is forgotten. */
    public Optional<LoginOutcome> resume(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        KeptSignIn kept = em.find(KeptSignIn.class, KeptSignIn.hash(token));
        if (kept == null) {
            return Optional.empty();
        }
        if (!kept.holds(clock.instant())) {
            em.remove(kept);
            return Optional.empty();
        }
        return Optional.of(LoginOutcome.authenticated(kept.user()));
    }

    /** The user signed out: the token signs nobody in again. */
    public void forget(String token) {
        if (token != null && token.length() <= 100) {
            em.createQuery("delete from KeptSignIn k where k.tokenHash = :hash").setParameter("hash", KeptSignIn.hash(token))
                    .executeUpdate();
        }
    }
}
