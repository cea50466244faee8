package org.webchat.agent;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;
import org.webchat.campaign.Language;
import org.webchat.interaction.EmailAddress;

/**
 * A person who logs in to the consoles: administrator, supervisor or agent (section 9, ADM-01).
 * The password is stored only as a hash; repeated failed logins lock the user for a while.
 */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 64)
    @Column(name = "login", nullable = false, unique = true, length = 64)
    private String login;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Pattern(regexp = EmailAddress.PATTERN, message = "is not an e-mail address")
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @NotBlank
    @Size(max = 255)
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "security_group_id")
    private SecurityGroup securityGroup;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    /** Whether a supervisor may watch this agent's screen (SUP-12). */
    @Column(name = "screen_monitoring_allowed", nullable = false)
    private boolean screenMonitoringAllowed;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Min(0)
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Preferred language of the consoles; null means the browser's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2)
    private Language language;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo")
    private byte[] photo;

    @Size(max = 100)
    @Column(name = "photo_content_type", length = 100)
    private String photoContentType;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** How many times a supervisor logged this user out (SUP-15): part of the access key. */
    @Min(0)
    @Column(name = "sign_outs", nullable = false)
    private int signOuts;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected User() {
    }

    public User(String login, String name, String passwordHash, Set<Role> roles) {
        this.login = requireText(login, "login");
        this.name = requireText(name, "name");
        this.passwordHash = requireText(passwordHash, "passwordHash");
        this.roles = roles == null || roles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(roles));
        this.createdAt = Instant.now();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /**
     * Counts one failed login at {@code now}. On reaching {@code maxFailures} the user is locked
     * until {@code now + lockFor} and the count starts again from zero.
     */
    public void recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lockFor, "lockFor");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    /** Clears the failed-login count and any lock. */
    public void recordSuccessfulLogin() {
        unlock();
    }

    /** Lifts a lock after repeated failures at once, as an administrator may (section 9). */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Whether logins are refused at {@code now} because of too many failures. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = requireText(name, "name");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = requireText(passwordHash, "passwordHash");
    }

    /** The roles, read only; change them with {@link #setRoles(Set)}. */
    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        if (roles != null) {
            this.roles.addAll(roles);
        }
    }

    /**
     * A digest of what a console session signs in with: the password, the roles, the security group and the
     * supervisors' log-outs. When an administrator changes any of them, or a supervisor logs the user out, the key
     * changes and the sessions signed in before end.
     */
    public String accessKey() {
        String granted = passwordHash + "|" + new TreeSet<>(roles) + "|" + (securityGroup == null ? "" : securityGroup.getId())
                // Only once there is one: the keys of sessions signed in before this counter existed still hold.
                + (signOuts == 0 ? "" : "|" + signOuts);
        return DigestUtils.sha256Hex(granted);
    }

    /**
     * SUP-15: a supervisor logs this user out. Every console session signed in until now ends on its next request, on
     * any node; signing in again gives a session that holds.
     */
    public void signOut() {
        signOuts++;
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    public void setSecurityGroup(SecurityGroup securityGroup) {
        this.securityGroup = securityGroup;
    }

    public boolean isScreenMonitoringAllowed() {
        return screenMonitoringAllowed;
    }

    public void setScreenMonitoringAllowed(boolean screenMonitoringAllowed) {
        this.screenMonitoringAllowed = screenMonitoringAllowed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Optional<Language> getLanguage() {
        return Optional.ofNullable(language);
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public byte[] getPhoto() {
        return photo == null ? null : photo.clone();
    }

    public String getPhotoContentType() {
        return photoContentType;
    }

    /** Sets the profile picture; null content removes it. */
    public void setPhoto(byte[] content, String contentType) {
        if (content == null) {
            this.photo = null;
            this.photoContentType = null;
        } else {
            this.photo = content.clone();
            this.photoContentType = requireText(contentType, "contentType");
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof User that && id != null && id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return User.class.hashCode();
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + login + "]";
    }
}
