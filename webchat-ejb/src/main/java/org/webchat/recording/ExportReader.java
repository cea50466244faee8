package org.webchat.recording;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of an export's conversations (REC-02), newest first, a query of {@link RecordingSearch#MAX_PAGE} at a
 * time: never the whole result. Its checkpoint is the last id read, so a restarted job goes on after it.
 */
@Named("recordingExportReader")
@Dependent
public class ExportReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ExportStore store;

    @Inject
    RecordingSearch search;

    private long export;
    private String owner;
    private RecordingCriteria criteria;
    private Long last;
    private boolean exhausted;
    private final Deque<Long> ahead = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        export = ExportSteps.exportOf(job);
        owner = store.ownerOf(export);
        criteria = store.find(export).orElseThrow().getCriteria();
        last = (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (ahead.isEmpty() && !exhausted) {
            Long from = last;
            search.chunk(owner, criteria, from, RecordingSearch.MAX_PAGE).forEach(row -> ahead.add(row.id()));
            exhausted = ahead.size() < RecordingSearch.MAX_PAGE;
        }
        Long next = ahead.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
