package org.webchat.recording;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.webchat.node.NodeLease;

/**
 * Records how an export's job ended when it did not complete (REC-02): cancelled by its owner (its row says so
 * already) or failed, and why; both lose their parts. A job the server stopped as it shut down stays running for
 * {@link ExportRecovery}, which restarts it from its checkpoint, parts kept.
 */
@Named("recordingExportListener")
@Dependent
public class ExportListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ExportListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ExportStore store;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.COMPLETED) {
            return;
        }
        long export = ExportSteps.exportOf(job);
        if (store.find(export).map(e -> !NodeLease.THIS.equals(e.getNode())).orElse(false)) {
            LOG.info(() -> "Export " + export + " goes on on the node that took it over");
            return; // its job there carries on with the parts
        }
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            if (store.find(export).map(e -> !e.getState().isOver()).orElse(false)) {
                LOG.info(() -> "Export " + export + " stopped with the server: it goes on at the next start");
                return;
            }
        } else {
            LOG.log(Level.WARNING, "Export {0} ended {1}: {2}", new Object[] {export, status, job.getExitStatus()});
            store.ended(export, RecordingExport.State.FAILED, job.getExitStatus());
        }
        try {
            ExportFiles.deleteParts(export);
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "the parts of export " + export + " could not be deleted", e);
        }
    }
}
