package org.webchat.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an export being written (REC-02): each chunk of conversations becomes a numbered part, and the last
 * step joins the summary and the parts, in order, into the export's PDF.
 */
final class ExportFiles {

    private ExportFiles() {
    }

    static Path parts(long exportId) throws IOException {
        return Files.createDirectories(RecordingExports.directory().resolve("recordings-" + exportId + ".parts"));
    }

    static Path part(long exportId, int number) throws IOException {
        return parts(exportId).resolve(String.format("part-%07d.pdf", number));
    }

    static Path summary(long exportId) throws IOException {
        return parts(exportId).resolve("summary.pdf");
    }

    /** The parts written, in order. */
    static List<Path> written(long exportId) throws IOException {
        try (Stream<Path> files = Files.list(parts(exportId))) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    /** Parts numbered {@code from} on: a chunk that did not commit before a restart wrote them. */
    static void deletePartsFrom(long exportId, int from) throws IOException {
        for (Path part : written(exportId)) {
            String name = part.getFileName().toString();
            if (Integer.parseInt(name.substring(5, 12)) >= from) {
                Files.delete(part);
            }
        }
    }

    static void deleteParts(long exportId) throws IOException {
        Path dir = RecordingExports.directory().resolve("recordings-" + exportId + ".parts");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
