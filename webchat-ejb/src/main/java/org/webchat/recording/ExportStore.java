package org.webchat.recording;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.webchat.agent.User;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;
import org.webchat.node.NodeLease;
import org.webchat.schema.LockedRows;

/**
 * The exports' rows (REC-02), changed by the page and by the job's steps, each on the row's latest state under its
 * lock (a change made on an older copy would undo a later one: a completed export shown running), and pushed to its
 * owner's pages once it commits. Called inside a chunk's transaction, a change commits with the chunk's checkpoint,
 * so that after a restart the count done is the one the job resumes from.
 */
@Stateless
public class ExportStore {

    @PersistenceContext(unitName = "webchat")
    EntityManager em;

    @Inject
    LiveChannel live;

    private final Clock clock = Clock.systemUTC();

    public RecordingExport create(User owner, RecordingCriteria criteria, Locale locale, long total) {
        RecordingExport export = new RecordingExport(em.merge(owner), criteria, locale.getLanguage(), total,
                clock.instant(), NodeLease.THIS);
        em.persist(export);
        em.flush();
        return export;
    }

    public Optional<RecordingExport> find(long id) {
        return Optional.ofNullable(em.find(RecordingExport.class, id));
    }

    /** The login of the export's owner, which the job reads the conversations as. */
    public String ownerOf(long id) {
        return em.find(RecordingExport.class, id).getOwner().getLogin();
    }

    public void started(long id, long executionId) {
        RecordingExport export = LockedRows.latest(em, RecordingExport.class, id);
        export.started(executionId, clock.instant());
        push(export);
    }

    /**
     * This node takes export {@code id} over from node {@code from} (issue 17), to start it again from the beginning
     * when {@code anew}; false when another node was first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(long id, String from, boolean anew) {
        RecordingExport export = LockedRows.latest(em, RecordingExport.class, id);
        if (export.getState().isOver() || !Objects.equals(export.getNode(), from)) {
            return false;
        }
        export.takenOver(NodeLease.THIS, anew);
        return true;
    }

    /** {@code written} more conversations are in the file. */
    public void progressed(long id, long written) {
        RecordingExport export = ours(id);
        export.progressed(written);
        push(export);
    }

    public void completed(long id, long size) {
        RecordingExport export = ours(id);
        export.completed(size, clock.instant());
        push(export);
    }

    /**
     * The export, locked, for its job's next step; refused to a job whose export another node took over (its lease
     * had lapsed, though it lived): that job fails there, and the other's goes on.
     */
    private RecordingExport ours(long id) {
        RecordingExport export = LockedRows.latest(em, RecordingExport.class, id);
        if (!NodeLease.THIS.equals(export.getNode())) {
            throw new IllegalStateException("Export " + id + " was taken over by " + export.getNode());
        }
        return export;
    }

    public void ended(long id, RecordingExport.State how, String why) {
        RecordingExport export = LockedRows.latest(em, RecordingExport.class, id);
        if (!export.getState().isOver()) {
            export.ended(how, why, clock.instant());
            push(export);
        }
    }

    public void expired(long id) {
        em.find(RecordingExport.class, id).expired();
    }

    /** The exports of {@code owner} still worth showing, newest first. */
    public List<RecordingExport> of(User owner) {
        return em.createQuery("select e from RecordingExport e where e.owner = :owner and e.state <> :expired"
                        + " order by e.createdAt desc, e.id desc", RecordingExport.class)
                .setParameter("owner", owner).setParameter("expired", RecordingExport.State.EXPIRED)
                .setMaxResults(20).getResultList();
    }

    public long running(User owner) {
        return em.createQuery("select count(e) from RecordingExport e where e.owner = :owner"
                        + " and e.state in :states", Long.class).setParameter("owner", owner)
                .setParameter("states", List.of(RecordingExport.State.QUEUED, RecordingExport.State.RUNNING))
                .getSingleResult();
    }

    /** Exports a job was running when the server stopped: to restart. */
    public List<RecordingExport> unfinished() {
        return em.createQuery("select e from RecordingExport e where e.state in :states", RecordingExport.class)
                .setParameter("states", List.of(RecordingExport.State.QUEUED, RecordingExport.State.RUNNING))
                .getResultList();
    }

    /** Finished exports whose time is up: their files go. */
    public List<RecordingExport> expiring() {
        return em.createQuery("select e from RecordingExport e where e.state <> :expired and e.expiresAt < :now"
                        + " or e.state in :over and e.finishedAt < :old", RecordingExport.class)
                .setParameter("expired", RecordingExport.State.EXPIRED).setParameter("now", clock.instant())
                .setParameter("over", List.of(RecordingExport.State.FAILED, RecordingExport.State.STOPPED))
                .setParameter("old", clock.instant().minus(RecordingExport.KEPT)).getResultList();
    }

    private void push(RecordingExport export) {
        live.publish(new LiveEvent.ExportProgress(export.getId(), export.getOwner().getLogin(),
                export.getState().name(), export.getDone(), export.getTotal(), progressText(export)));
    }

    /**
     * What the page says of an export's progress, in its language; once every conversation is written, that they are
     * being joined into the one PDF (a long step of its own for thousands of them).
     */
    public String progressText(RecordingExport export) {
        boolean joining = export.getState() == RecordingExport.State.RUNNING && export.getTotal() > 0
                && export.getDone() >= export.getTotal();
        long minutesLeft = joining ? -2 : export.timeLeft(clock.instant()).map(Duration::toSeconds)
                .map(s -> s < 60 ? 0 : Math.round(s / 60.0)).orElse(-1L);
        return new RecordingTexts(Locale.forLanguageTag(export.getLanguage())).text("export.progress",
                export.getDone(), export.getTotal(), minutesLeft);
    }
}
