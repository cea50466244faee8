package org.webchat.retention;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.webchat.agent.FormCheck;
import org.webchat.agent.FormRefused;
import org.webchat.agent.Role;
import org.webchat.agent.SecurityGroup;

/**
 * Retention as the administration uses it, each call scoped to the administrator's security group (ADM-02): the
 * group's retention period, a run of the retention job now, a customer's erasure by e-mail, and the records of what
 * was deleted. Only an enabled administrator with a group gets anything; everyone else is refused.
 */
@Stateless
public class Retention {

    /** The job's name (META-INF/batch-jobs/retention.xml). */
    public static final String JOB = "retention";

    /** How many records the page shows, latest first. */
    static final int RECORDS_SHOWN = 50;

    /**
     * A run older than this still marked running was cut off by a server stop (JBeret leaves it STARTED): it no longer
     * blocks a new one. Under a day, so that the next day's scheduled run never waits for yesterday's.
     */
    static final Duration STALE_RUN = Duration.ofHours(12);

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    ConversationDeletion conversations;

    private final Clock clock = Clock.systemUTC();

    /** The administrator's group, read in this transaction; empty for anyone who is not an enabled administrator. */
    private Optional<SecurityGroup> adminGroup(String login) {
        // The group itself, not a lazy reference: runNow reads it outside a transaction.
        return em.createQuery("select g from User u join u.securityGroup g where lower(u.login) = lower(:login)"
                        + " and u.enabled = true and :admin member of u.roles", SecurityGroup.class)
                .setParameter("login", login == null ? "" : login).setParameter("admin", Role.ADMIN)
                .getResultStream().findFirst();
    }

    private SecurityGroup requireGroup(String login, String field) throws FormRefused {
        return adminGroup(login).orElseThrow(() -> FormRefused.because(field, "admin.error.settingsNoGroup"));
    }

    /** The group's retention period in days; empty: kept forever (or not the caller's to see). */
    public Optional<Integer> period(String login) {
        return adminGroup(login).map(SecurityGroup::getRetentionDays);
    }

    /** Stores the group's period as typed (empty or 0: forever); refused with the field {@code days}. */
    public Optional<Integer> savePeriod(String login, String text) throws FormRefused {
        Optional<Integer> days = RetentionPeriod.parse(text);
        SecurityGroup group = requireGroup(login, "days");
        group.setRetentionDays(days.orElse(null));
        LOG.info(() -> "Retention period of security group " + group.getId() + " set to "
                + days.map(d -> d + " days").orElse("forever") + " by " + login);
        return days;
    }

    /**
     * Starts the retention job for the administrator's group now and gives its execution id; refused when the group
     * keeps conversations forever. Outside a transaction: the job's repository rows must be committed before it runs.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long runNow(String login) throws FormRefused {
        SecurityGroup group = requireGroup(login, "run");
        if (group.getRetentionDays() == null) {
            throw FormRefused.because("run", "admin.retention.error.forever");
        }
        return start(group.getId(), group.getRetentionDays(), login);
    }

    /** How many conversations a run of the job in the administrator's group deleted; empty while it runs. */
    public Optional<Integer> deletedBy(String login, long executionId) {
        return adminGroup(login).flatMap(group -> em.createQuery("select r.conversations from RetentionRecord r"
                        + " where r.jobExecutionId = :execution and r.securityGroupId = :group", Integer.class)
                .setParameter("execution", executionId).setParameter("group", group.getId())
                .getResultStream().findFirst());
    }

    /**
     * Erases one customer's data in the administrator's group (a request under data protection law): every
     * conversation with this e-mail, deleted as the retention job deletes. The customer's name, e-mail and phone live
     * only in its conversations, so nothing of them is left. Refused, with nothing deleted, while one of them is live:
     * ending a chat a customer and an agent are still writing in belongs to them (or a supervisor), and the request
     * can wait until it ends. Gives how many conversations were deleted.
     */
    public int erase(String login, String emailText) throws FormRefused {
        String email = FormCheck.trim(emailText).toLowerCase(Locale.ROOT);
        FormCheck check = new FormCheck();
        check.required("email", email, 254);
        check.email("email", email);
        if (!check.problems().isEmpty()) {
            throw new FormRefused(check.problems());
        }
        SecurityGroup group = requireGroup(login, "email");
        long live = conversations.liveOfCustomer(group.getId(), email);
        if (live > 0) {
            throw FormRefused.because("email", "admin.retention.error.live", live);
        }
        int deleted = 0;
        for (List<Long> page = conversations.ofCustomer(group.getId(), email, 0L, RetentionReader.PAGE); !page.isEmpty();
             page = conversations.ofCustomer(group.getId(), email, page.get(page.size() - 1), RetentionReader.PAGE)) {
            deleted += conversations.delete(page);
        }
        String subject = RetentionRecord.mask(email);
        em.persist(new RetentionRecord(RetentionRecord.Kind.ERASURE, group.getId(), login, subject, deleted, null,
                clock.instant()));
        int count = deleted;
        LOG.info(() -> "Erasure of customer " + subject + " in security group " + group.getId() + " by " + login + ": "
                + count + " conversations deleted");
        return deleted;
    }

    /** What retention deleted in the administrator's group, latest first. */
    public List<RetentionRecord> records(String login) {
        return adminGroup(login).map(group -> em.createQuery("select r from RetentionRecord r"
                        + " where r.securityGroupId = :group order by r.actedAt desc, r.id desc", RetentionRecord.class)
                .setParameter("group", group.getId()).setMaxResults(RECORDS_SHOWN).getResultList()).orElse(List.of());
    }

    /** Called by the job when its step ends: logs and records the run. */
    public void recordRun(long groupId, String actor, int deleted, long executionId, String status) {
        em.persist(new RetentionRecord(RetentionRecord.Kind.RETENTION, groupId, actor, null, deleted, executionId,
                clock.instant()));
        LOG.info(() -> "Retention job " + executionId + " of security group " + groupId + " ("
                + (actor == null ? "daily schedule" : "run by " + actor) + ") " + status + ": " + deleted
                + " conversations deleted");
    }

    /** The groups that keep conversations for a period, with the period: the daily schedule runs the job for each. */
    public List<Object[]> periods() {
        return em.createQuery("select g.id, g.retentionDays from SecurityGroup g where g.retentionDays is not null",
                Object[].class).getResultList();
    }

    /**
     * Starts the job for a group unless a run of the group's is going on (one a server stop cut off does not count),
     * and gives its execution id (the running one's when there is one).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(long groupId, int days, String actor) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Optional<Long> running = running(operator, groupId);
        if (running.isPresent()) {
            return running.get();
        }
        Properties parameters = new Properties();
        parameters.setProperty("securityGroupId", Long.toString(groupId));
        parameters.setProperty("cutoff", RetentionPeriod.cutoff(clock.instant(), days).toString());
        parameters.setProperty("actor", actor == null ? "" : actor);
        return operator.start(JOB, parameters);
    }

    private Optional<Long> running(JobOperator operator, long groupId) {
        List<Long> running;
        try {
            running = operator.getRunningExecutions(JOB);
        } catch (NoSuchJobException never) {
            return Optional.empty();
        }
        Instant staleBefore = clock.instant().minus(STALE_RUN);
        for (Long id : running) {
            JobExecution execution = operator.getJobExecution(id);
            boolean ours = Long.toString(groupId).equals(execution.getJobParameters().getProperty("securityGroupId"));
            if (ours && execution.getCreateTime() != null && execution.getCreateTime().toInstant().isAfter(staleBefore)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
