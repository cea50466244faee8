package org.webchat.recording;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.agent.FormRefused;
import org.webchat.agent.User;

/**
 * Exports of a search of Recordings as one PDF (REC-02), each run by the Jakarta Batch job {@code recordings-export}
 * (META-INF/batch-jobs): started from the page, its progress pushed to its owner's pages, cancelled by its owner, its
 * file offered to its owner only for {@link RecordingExport#KEPT}, then deleted.
 */
@Stateless
public class RecordingExports {

    private static final Logger LOG = Logger.getLogger(RecordingExports.class.getName());

    static final String JOB = "recordings-export";
    static final String EXPORT = "export";
    /** Exports one user may have running at once: each holds a batch thread. */
    static final int MAX_RUNNING = 2;
    private static final String SHARED_DIRECTORY = "webchat.exports.dir";

    @Inject
    RecordingAccess access;

    @Inject
    RecordingSearch search;

    @Inject
    ExportStore store;

    /**
     * Where exports' files are written: {@code webchat.exports.dir} when given, which a cluster's nodes are to share
     * (README, "A cluster"); else the server's data directory. Either survives restarts.
     */
    static Path directory() {
        Path dir = sharedDirectory() ? Path.of(System.getProperty(SHARED_DIRECTORY))
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "webchat", "exports");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether every node writes its exports in one directory, {@code webchat.exports.dir}. */
    static boolean sharedDirectory() {
        String shared = System.getProperty(SHARED_DIRECTORY);
        return shared != null && !shared.isBlank();
    }

    static Path file(long exportId) {
        return directory().resolve("recordings-" + exportId + ".pdf");
    }

    /**
     * Starts exporting what {@code login} finds with {@code criteria}, printed in {@code locale}; the export's id.
     * Refused when the search finds nothing, or the user has {@link #MAX_RUNNING} exports running.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String login, RecordingCriteria criteria, Locale locale) throws FormRefused {
        User owner = access.reader(login).orElseThrow(() -> FormRefused.because("export", "recordings.export.error.notYours"));
        long total = search.count(login, criteria);
        if (total == 0) {
            throw FormRefused.because("export", "recordings.export.error.empty");
        }
        if (store.running(owner) >= MAX_RUNNING) {
            throw FormRefused.because("export", "recordings.export.error.busy", MAX_RUNNING);
        }
        // Committed before the job starts: its first step reads the row.
        long id = store.create(owner, criteria, locale, total).getId();
        Properties parameters = new Properties();
        parameters.setProperty(EXPORT, String.valueOf(id));
        store.started(id, BatchRuntime.getJobOperator().start(JOB, parameters));
        LOG.info(() -> "Export " + id + " of " + total + " conversations started for " + login);
        return id;
    }

    /** {@code login}'s exports, newest first. */
    public List<RecordingExport> mine(String login) {
        return access.reader(login).map(store::of).orElse(List.of());
    }

    /** Stops {@code login}'s running export {@code id}; false when it has none such. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean cancel(String login, long id) {
        Optional<RecordingExport> export = own(login, id).filter(e -> !e.getState().isOver());
        export.ifPresent(e -> {
            // Cancelled first: the job's end then knows its owner stopped it, and deletes its parts.
            store.ended(id, RecordingExport.State.STOPPED, null);
            JobOperator jobs = BatchRuntime.getJobOperator();
            try {
                if (e.getJobExecutionId() != null) {
                    jobs.stop(e.getJobExecutionId());
                }
            } catch (RuntimeException notRunning) {
                LOG.log(Level.FINE, "export " + id + " was not running", notRunning);
            }
        });
        return export.isPresent();
    }

    /** The finished file of {@code login}'s export {@code id}; empty for anyone else's, or before or after its time. */
    public Optional<Path> finished(String login, long id) {
        return own(login, id).filter(e -> e.getState() == RecordingExport.State.COMPLETED)
                .map(e -> file(e.getId())).filter(Files::isReadable);
    }

    private Optional<RecordingExport> own(String login, long id) {
        return access.reader(login).flatMap(user -> store.find(id)
                .filter(e -> e.getOwner().getId().equals(user.getId())));
    }

    /** What the page says of an export's progress. */
    public String progressText(RecordingExport export) {
        return store.progressText(export);
    }

    /** Files whose time is up go; their rows stay, as a record of what was exported. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void expire() {
        for (RecordingExport export : store.expiring()) {
            try {
                Files.deleteIfExists(file(export.getId()));
                ExportFiles.deleteParts(export.getId());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the file of export " + export.getId() + " could not be deleted", e);
                continue;
            }
            store.expired(export.getId());
        }
    }
}
