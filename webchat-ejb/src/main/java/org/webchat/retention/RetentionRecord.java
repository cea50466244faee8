package org.webchat.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What retention deleted in a security group, for its administrators: who (an administrator's login; none for the
 * daily schedule), when, what (a run of the retention job, or a customer's erasure with the e-mail masked) and how
 * many conversations.
 */
@Entity
@Table(name = "retention_record")
public class RetentionRecord {

    public enum Kind {
        /** A run of the retention job. */
        RETENTION,
        /** A customer's data erased on request. */
        ERASURE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "security_group_id", nullable = false, updatable = false)
    private long securityGroupId;

    @Column(name = "actor", length = 100, updatable = false)
    private String actor;

    @Column(name = "subject", length = 254, updatable = false)
    private String subject;

    @Column(name = "conversations", nullable = false, updatable = false)
    private int conversations;

    @Column(name = "job_execution_id", updatable = false)
    private Long jobExecutionId;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected RetentionRecord() {
    }

    public RetentionRecord(Kind kind, long securityGroupId, String actor, String subject, int conversations,
                           Long jobExecutionId, Instant actedAt) {
        this.kind = kind;
        this.securityGroupId = securityGroupId;
        this.actor = actor;
        this.subject = subject;
        this.conversations = conversations;
        this.jobExecutionId = jobExecutionId;
        this.actedAt = actedAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public long getSecurityGroupId() {
        return securityGroupId;
    }

    /** The administrator's login; null for the daily schedule. */
    public String getActor() {
        return actor;
    }

    /** For an erasure, the customer's e-mail masked ({@link #mask}). */
    public String getSubject() {
        return subject;
    }

    public int getConversations() {
        return conversations;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    /**
     * An e-mail as an erasure's record keeps it: enough for the administrator to tell which request it was, not the
     * address it erased ({@code ana.perez@example.com} becomes {@code a***@example.com}).
     */
    public static String mask(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, 1) + "***" + email.substring(at);
    }
}
