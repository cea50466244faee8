package org.webchat.recording;

import jakarta.batch.runtime.context.JobContext;

/** What the export job's steps share: the export they work on, a job parameter (REC-02). */
final class ExportSteps {

    private ExportSteps() {
    }

    static long exportOf(JobContext job) {
        return Long.parseLong(jakarta.batch.runtime.BatchRuntime.getJobOperator()
                .getParameters(job.getExecutionId()).getProperty(RecordingExports.EXPORT));
    }
}
