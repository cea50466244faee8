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
import java.io.IOException;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.node.NodeLease;

/**
 * Exports whose job no longer runs go on (REC-02, issue 17), each restarted from its last checkpoint in the batch
 * repository, which is in the database (wildfly-config's webchat.cli):
 * <ul>
 * <li>an export whose node is gone: an earlier start of this one (a crash, or the shutdown that stopped it), or a node
 * of the cluster whose lease lapsed. This node takes it over first, so that only one node does. Its parts are where
 * that node wrote them: on this node's disk for its own earlier start, in the exports' directory when the cluster
 * shares it ({@link RecordingExports#sharedDirectory()}); otherwise the export starts again from the beginning;</li>
 * <li>an export of this node whose job was stopped without its owner cancelling it (an operator, say).</li>
 * </ul>
 * Looked for once the start-up is done; then every 30 s the first, every 5 minutes both.
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

    @Inject
    NodeLease nodes;

    @PostConstruct
    void later() {
        timers.createSingleActionTimer(DELAY_MS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStart() {
        resume();
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void leftBehind() {
        resume(false);
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void periodically() {
        resume();
    }

    /** Restarts the unfinished exports whose job no longer runs. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume() {
        resume(true);
    }

    /** Restarts the unfinished exports whose node is gone, and with {@code stoppedToo}, those stopped here. */
    private void resume(boolean stoppedToo) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        Set<String> alive = nodes.alive();
        for (RecordingExport export : store.unfinished()) {
            String node = export.getNode();
            boolean left = node == null || !alive.contains(node);
            boolean anew = left && node != null && !node.startsWith(NodeLease.NAME + "/")
                    && !RecordingExports.sharedDirectory();
            if (left ? !store.takeOver(export.getId(), node, anew) : !stoppedToo || !stoppedHere(jobs, export)) {
                continue;
            }
            try {
                store.started(export.getId(), anew || export.getJobExecutionId() == null
                        ? startAnew(jobs, export.getId())
                        : jobs.restart(export.getJobExecutionId(), parameters(export.getId(), "detect")));
                LOG.info(() -> "Export " + export.getId() + " goes on here" + (left ? ", taken over from " + node : "")
                        + (anew ? ", from the beginning" : ""));
            } catch (RuntimeException | IOException failed) {
                LOG.log(Level.WARNING, "Export " + export.getId() + " could not go on", failed);
                store.ended(export.getId(), RecordingExport.State.FAILED, failed.getMessage());
            }
        }
    }

    private static boolean stoppedHere(JobOperator jobs, RecordingExport export) {
        return NodeLease.THIS.equals(export.getNode()) && export.getJobExecutionId() != null
                && jobs.getJobExecution(export.getJobExecutionId()).getBatchStatus() == BatchStatus.STOPPED;
    }

    private static long startAnew(JobOperator jobs, long exportId) throws IOException {
        ExportFiles.deleteParts(exportId);
        return jobs.start(RecordingExports.JOB, parameters(exportId, null));
    }

    /**
     * The job's parameters; {@code restartMode} "detect": an execution left started is restarted when it does not run
     * in this JVM, which is so for a crash's and for another node's.
     */
    private static Properties parameters(long exportId, String restartMode) {
        Properties parameters = new Properties();
        parameters.setProperty(RecordingExports.EXPORT, String.valueOf(exportId));
        if (restartMode != null) {
            parameters.setProperty("jberet.restart.mode", restartMode);
        }
        return parameters;
    }
}
