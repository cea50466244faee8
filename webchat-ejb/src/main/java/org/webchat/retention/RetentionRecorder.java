package org.webchat.retention;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** After the retention job's step: logs and records how many conversations it deleted, and for whom. */
@Named("retentionRecorder")
@Dependent
public class RetentionRecorder extends AbstractStepListener {

    @Inject
    @BatchProperty
    String securityGroupId;

    @Inject
    @BatchProperty
    String actor;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Retention retention;

    @Override
    public void afterStep() {
        retention.recordRun(Long.parseLong(securityGroupId), actor == null || actor.isBlank() ? null : actor,
                (int) RetentionWriter.deletedSoFar(step), job.getExecutionId(), String.valueOf(step.getBatchStatus()));
    }
}
