package org.webchat.recording;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Every conversation a search finds, newest first, read a chunk of {@link RecordingSearch#MAX_PAGE} at a time by id
 * (REC-02): what the CSV, the export's reader and its summary walk through, never holding the whole result. It starts
 * after conversation {@code after} (from the newest when null), so that a restarted export goes on where it stopped.
 */
final class RecordingCursor {

    private final RecordingSearch search;
    private final String login;
    private final RecordingCriteria criteria;
    private final Deque<RecordingRow> ahead = new ArrayDeque<>();
    private Long last;
    private boolean exhausted;

    RecordingCursor(RecordingSearch search, String login, RecordingCriteria criteria, Long after) {
        this.search = search;
        this.login = login;
        this.criteria = criteria;
        this.last = after;
    }

    /** The next conversation; null after the last. */
    RecordingRow next() {
        if (ahead.isEmpty() && !exhausted) {
            List<RecordingRow> chunk = search.chunk(login, criteria, last, RecordingSearch.MAX_PAGE);
            ahead.addAll(chunk);
            exhausted = chunk.size() < RecordingSearch.MAX_PAGE;
        }
        RecordingRow row = ahead.poll();
        if (row != null) {
            last = row.id();
        }
        return row;
    }

    /** The id of the last conversation read; null before the first. */
    Long last() {
        return last;
    }
}
