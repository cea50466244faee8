package org.webchat.recording;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Records how an export's job ended when it did not complete (REC-02): stopped by its owner, or failed, and why. */
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
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            store.ended(export, RecordingExport.State.STOPPED, null);
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
