package org.webchat.recording;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
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
    private Locale locale;
    private ZoneId zone;

    @Override
    public Object processItem(Object item) {
        if (owner == null) {
            long id = ExportSteps.exportOf(job);
            RecordingExport export = store.find(id).orElseThrow();
            owner = store.ownerOf(id);
            locale = Locale.forLanguageTag(export.getLanguage());
            zone = export.getCriteria().zone();
        }
        return conversations.open(owner, (Long) item)
                .map(c -> ConversationReport.fill(c, locale, zone, file -> conversations.picture(owner, file)))
                .orElse(null);
    }
}
