package org.webchat.recording;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Writes each chunk of an export's printed conversations as a numbered part file, and counts them done in the chunk's
 * own transaction (REC-02). Its checkpoint is the next part's number: parts a chunk wrote before a restart, that never
 * committed, are written again.
 */
@Named("recordingExportWriter")
@Dependent
public class ExportWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ExportStore store;

    private long export;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        export = ExportSteps.exportOf(job);
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        if (ExportFiles.written(export).size() < next) {
            // Taken over from a node whose parts this one cannot read: a PDF without them would lack conversations.
            throw new IllegalStateException("The parts written before the restart are not in "
                    + ExportFiles.parts(export) + ": the exports' directory is not shared (README, \"A cluster\")");
        }
        ExportFiles.deletePartsFrom(export, next);
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<JasperPrint> prints = items.stream().map(JasperPrint.class::cast).toList();
        try (OutputStream out = Files.newOutputStream(ExportFiles.part(export, next))) {
            ConversationReport.pdf(prints, out);
        }
        next++;
        store.progressed(export, items.size());
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
