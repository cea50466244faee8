package org.webchat.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exports a server stop interrupted go on (REC-02): each job is restarted from its last checkpoint in the batch
 * repository, which is in the database (wildfly-config's webchat.cli). At start-up every unfinished export is: one a
 * crash left started ("detect" mode: JBeret restarts an execution left started only when it does not run here, which
 * at start-up none does), and one the shutdown stopped. Later, every few minutes, those whose job was stopped without
 * their owner cancelling them (an operator, say) are.
 */
@Singleton
@Startup
public class ExportRecovery {

    private static final Logger LOG = Logger.getLogger(ExportRecovery.class.getName());

    /** Left to the rest of the start-up first: the batch runtime and the database are busy with it. */
    static final long DELAY_MS = 5_000;

    @Resource
    TimerService timers;

    @Inject
    ExportStore store;

    @PostConstruct
    void later() {
        timers.createSingleActionTimer(DELAY_MS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStart() {
        resume(true);
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void periodically() {
        resume(false);
    }

    /** Restarts the unfinished exports: all of them {@code atStart}, else those whose job is stopped. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume(boolean atStart) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (RecordingExport export : store.unfinished()) {
            if (!atStart && (export.getJobExecutionId() == null
                    || jobs.getJobExecution(export.getJobExecutionId()).getBatchStatus() != BatchStatus.STOPPED)) {
                continue;
            }
            Properties parameters = new Properties();
            parameters.setProperty(RecordingExports.EXPORT, String.valueOf(export.getId()));
            parameters.setProperty("jberet.restart.mode", "detect");
            try {
                store.started(export.getId(), export.getJobExecutionId() == null
                        ? jobs.start(RecordingExports.JOB, parameters)
                        : jobs.restart(export.getJobExecutionId(), parameters));
                LOG.info(() -> "Export " + export.getId() + " goes on after the restart");
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Export " + export.getId() + " could not go on after the restart", failed);
                store.ended(export.getId(), RecordingExport.State.FAILED, failed.getMessage());
            }
        }
    }
}
