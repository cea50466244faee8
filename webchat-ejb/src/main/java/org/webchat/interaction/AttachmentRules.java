package org.webchat.interaction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What may be sent as a file or an audio message in a chat (WID-06, AGT-05): a size limit and a list of
 * kinds, each a content type with the file name endings it may carry. The widget shows both before an
 * upload; the server checks them again on receipt.
 */
public final class AttachmentRules {

    /** The largest file, in bytes (10 MiB). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The longest audio message the widget records, in seconds. */
    public static final int MAX_AUDIO_SECONDS = 120;

    private static final Map<String, List<String>> FILES = Map.ofEntries(
            Map.entry("image/png", List.of(".png")),
            Map.entry("image/jpeg", List.of(".jpg", ".jpeg")),
            Map.entry("image/gif", List.of(".gif")),
            Map.entry("image/webp", List.of(".webp")),
            Map.entry("application/pdf", List.of(".pdf")),
            Map.entry("text/plain", List.of(".txt", ".log")),
            Map.entry("text/csv", List.of(".csv")),
            Map.entry("application/msword", List.of(".doc")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx")),
            Map.entry("application/vnd.ms-excel", List.of(".xls")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of(".odt")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of(".ods")),
            Map.entry("application/zip", List.of(".zip")));
    private static final Map<String, List<String>> AUDIO = Map.of(
            "audio/webm", List.of(".webm"),
            "audio/ogg", List.of(".ogg", ".oga"),
            "audio/mp4", List.of(".m4a", ".mp4"),
            "audio/mpeg", List.of(".mp3"),
            "audio/wav", List.of(".wav"));

    /** Why an upload is refused: a code for clients and what was wrong. */
    public record Refusal(String code, String reason) {
    }

    private AttachmentRules() {
    }

    /** The content types a file (not an audio message) may have. */
    public static List<String> fileTypes() {
        return FILES.keySet().stream().sorted().toList();
    }

    /** The file name endings a file may have. */
    public static List<String> fileExtensions() {
        return FILES.values().stream().flatMap(List::stream).sorted().toList();
    }

    /**
     * Checks an upload before it is stored; {@code contentType} may carry parameters ({@code ;codecs=opus}).
     * The name's ending must fit the type, so that a download opens as what the sender said it was.
     */
    public static Optional<Refusal> check(AttachmentKind kind, String fileName, String contentType, long size) {
        if (size <= 0) {
            return Optional.of(new Refusal("bad-request", "The file is empty"));
        }
        if (size > MAX_BYTES) {
            return Optional.of(new Refusal("too-big", "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB"));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.matches(".*[\\\\/\\x00-\\x1f].*")) {
            return Optional.of(new Refusal("bad-request", "The file name is missing or not a plain name"));
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        List<String> endings = (kind == AttachmentKind.AUDIO ? AUDIO : FILES).get(type);
        String name = fileName.toLowerCase(Locale.ROOT);
        if (endings == null || endings.stream().noneMatch(name::endsWith)) {
            return Optional.of(new Refusal("bad-type", "Files of this kind (" + (type.isEmpty() ? "unknown" : type)
                    + ", " + fileName + ") cannot be sent"));
        }
        return Optional.empty();
    }
}
