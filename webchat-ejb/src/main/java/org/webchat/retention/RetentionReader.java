package org.webchat.retention;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The retention job's reader: the ids of the group's conversations past the cutoff, one page at a time (never all of
 * them); its checkpoint is the last id handed out, so a restarted job goes on after it.
 */
@Named("retentionReader")
@Dependent
public class RetentionReader extends AbstractItemReader {

    /** Ids read at once: the job's chunk size. */
    static final int PAGE = 100;

    @Inject
    @BatchProperty
    String securityGroupId;

    @Inject
    @BatchProperty
    String cutoff;

    @Inject
    ConversationDeletion conversations;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(conversations.pastCutoff(Long.parseLong(securityGroupId), Instant.parse(cutoff), lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
