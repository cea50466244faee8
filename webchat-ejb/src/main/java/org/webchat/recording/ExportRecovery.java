package org.webchat.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
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
 * Exports a server stop interrupted go on after the start (REC-02): each job is restarted from its last checkpoint in
 * the batch repository, which is in the database (wildfly-config's webchat.cli). In "detect" mode JBeret restarts an
 * execution the stop left started only when it does not run here, which at start-up none does.
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
    void restart() {
        for (RecordingExport export : store.unfinished()) {
            Properties parameters = new Properties();
            parameters.setProperty(RecordingExports.EXPORT, String.valueOf(export.getId()));
            parameters.setProperty("jberet.restart.mode", "detect");
            try {
                if (export.getJobExecutionId() == null) {
                    store.started(export.getId(), BatchRuntime.getJobOperator().start(RecordingExports.JOB, parameters));
                } else {
                    store.started(export.getId(),
                            BatchRuntime.getJobOperator().restart(export.getJobExecutionId(), parameters));
                }
                LOG.info(() -> "Export " + export.getId() + " goes on after the restart");
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Export " + export.getId() + " could not go on after the restart", failed);
                store.ended(export.getId(), RecordingExport.State.FAILED, failed.getMessage());
            }
        }
    }
}
