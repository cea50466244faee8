package org.webchat.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The retention job's writer: deletes a chunk of conversations in the chunk's transaction, and counts them in the
 * step's persistent data (kept with the checkpoint, so a restart goes on counting).
 */
@Named("retentionWriter")
@Dependent
public class RetentionWriter extends AbstractItemWriter {

    @Inject
    ConversationDeletion conversations;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        int deleted = conversations.delete(items.stream().map(Long.class::cast).toList());
        step.setPersistentUserData(deletedSoFar(step) + deleted);
    }

    static long deletedSoFar(StepContext step) {
        return step.getPersistentUserData() instanceof Long count ? count : 0L;
    }
}
