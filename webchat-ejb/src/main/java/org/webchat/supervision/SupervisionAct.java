package org.webchat.supervision;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.webchat.agent.SecurityGroup;
import org.webchat.agent.User;
import org.webchat.interaction.Interaction;

/**
 * One entry of the supervision audit trail (issue 12, point 5): a supervisor spied on an agent or stopped, whispered
 * to it or barged into one of its chats, paused it or logged it out; who, whom, which chat, when. Kept in the security
 * group the supervisor acted in (ADM-02), whose administrators read it. Never changed once written.
 */
@Entity
@Table(name = "supervision_act")
public class SupervisionAct {

    public static final int MAX_DETAIL = 200;

    /** What the supervisor did. */
    public enum Kind {
        /** SUP-11: started watching the agent's chats. */
        SPY_OPENED,
        /** SUP-11: stopped watching them. */
        SPY_CLOSED,
        /** Wrote to the agent inside a chat, unseen by the customer. */
        WHISPER,
        /** Joined a chat visibly. */
        BARGE_IN,
        /** SUP-14: put the agent on a break (the detail names it). */
        PAUSE,
        /** SUP-15: logged the agent out. */
        LOG_OUT,
        /** SUP-12: started watching the agent's screen. */
        SCREEN_OPENED,
        /** SUP-12: stopped watching it. */
        SCREEN_CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id", nullable = false, updatable = false)
    private User supervisor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id", updatable = false)
    private User agent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interaction_id", updatable = false)
    private Interaction interaction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "security_group_id", updatable = false)
    private SecurityGroup securityGroup;

    @Size(max = MAX_DETAIL)
    @Column(name = "detail", length = MAX_DETAIL, updatable = false)
    private String detail;

    @NotNull
    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected SupervisionAct() {
    }

    /**
     * An act of {@code supervisor} on {@code agent} (null: none, as a whisper in a chat nobody attends any more), in
     * {@code interaction} (null: about the agent only), with a short {@code detail} (null: none; cut to
     * {@link #MAX_DETAIL} characters), in the supervisor's security group.
     */
    public SupervisionAct(Kind kind, User supervisor, User agent, Interaction interaction, String detail, Instant at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        if (agent == null && interaction == null) {
            throw new IllegalArgumentException("a supervision act concerns an agent or a chat");
        }
        this.agent = agent;
        this.interaction = interaction;
        this.securityGroup = supervisor.getSecurityGroup();
        this.detail = detail == null || detail.isBlank() ? null
                : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        this.actedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public User getSupervisor() {
        return supervisor;
    }

    public Optional<User> getAgent() {
        return Optional.ofNullable(agent);
    }

    public Optional<Interaction> getInteraction() {
        return Optional.ofNullable(interaction);
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
