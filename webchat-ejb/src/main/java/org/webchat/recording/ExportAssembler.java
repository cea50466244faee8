package org.webchat.recording;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * The export's last step (REC-02): the summary first, then every part in order, joined by PDFBox through temporary
 * files rather than memory into the export's PDF, which appears whole or not at all; the parts go.
 */
@Named("recordingExportAssembler")
@Dependent
public class ExportAssembler extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ExportStore store;

    @Inject
    RecordingSearch search;

    @Override
    public String process() throws Exception {
        long export = ExportSteps.exportOf(job);
        RecordingExport row = store.find(export).orElseThrow();
        String owner = store.ownerOf(export);
        Path summary = ExportFiles.summary(export);
        try (OutputStream out = Files.newOutputStream(summary)) {
            SearchReport.pdf(search, owner, row.getCriteria(), Locale.forLanguageTag(row.getLanguage()),
                    ExportFiles.parts(export).resolve("swap"), out);
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        merger.addSource(summary.toFile());
        for (Path part : ExportFiles.written(export)) {
            merger.addSource(part.toFile());
        }
        Path joining = ExportFiles.parts(export).resolve("joined.pdf");
        merger.setDestinationFileName(joining.toString());
        merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
        Path file = RecordingExports.file(export);
        Files.move(joining, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ExportFiles.deleteParts(export);
        store.completed(export, Files.size(file));
        return "COMPLETED";
    }
}
