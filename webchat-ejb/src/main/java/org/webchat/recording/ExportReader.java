package org.webchat.recording;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Reads the ids of an export's conversations (REC-02) through a {@link RecordingCursor}: never the whole result. Its
 * checkpoint is the last id read, so a restarted job goes on after it.
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

    private RecordingCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        long export = ExportSteps.exportOf(job);
        cursor = new RecordingCursor(search, store.ownerOf(export), store.find(export).orElseThrow().getCriteria(),
                (Long) checkpoint);
    }

    @Override
    public Object readItem() {
        RecordingRow next = cursor.next();
        return next == null ? null : next.id();
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor.last();
    }
}
