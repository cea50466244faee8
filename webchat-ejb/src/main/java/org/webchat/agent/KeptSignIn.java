package org.webchat.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A console sign-in kept beyond its HTTP session (issue 16, point 6): what the browser's token stands for. Only the
 * token's SHA-256 is stored, so that whoever reads the table cannot sign in with it.
 */
@Entity
@Table(name = "kept_sign_in")
public class KeptSignIn {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    /** The user's {@linkplain User#accessKey() access key} when it signed in: a different one now refuses the token. */
    @Column(name = "access_key", nullable = false, length = 64)
    private String accessKey;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected KeptSignIn() {
    }

    KeptSignIn(String token, User user, Instant expiresAt) {
        this.tokenHash = hash(token);
        this.user = user;
        this.accessKey = user.accessKey();
        this.expiresAt = expiresAt;
    }

    /** Whether it still signs its user in: not expired, and nothing the sign-in rested on changed since. */
    boolean holds(Instant now) {
        return now.isBefore(expiresAt) && user.isEnabled() && user.accessKey().equals(accessKey);
    }

    User user() {
        return user;
    }

    static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}
