package org.webchat.recording;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Prints one conversation of an export (REC-02) with the conversation template, in the owner's language and the
 * search's time zone; a conversation gone meanwhile (retention, erasure) is skipped.
 */
@Named("recordingExportProcessor")
@Dependent
public class ExportProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    ExportStore store;

    @Inject
    Conversations conversations;

    private String owner;
    private RecordingExport export;

    @Override
    public Object processItem(Object item) {
        if (export == null) {
            long id = ExportSteps.exportOf(job);
            owner = store.ownerOf(id);
            export = store.find(id).orElseThrow();
        }
        Locale locale = Locale.forLanguageTag(export.getLanguage());
        return conversations.open(owner, (Long) item)
                .map(c -> ConversationReport.fill(c, locale, export.getCriteria().zone(),
                        file -> conversations.picture(owner, file)))
                .orElse(null);
    }
}
