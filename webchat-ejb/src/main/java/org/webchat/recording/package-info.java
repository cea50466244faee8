/**
 * Recordings (REC): every conversation of the user's security group found by criteria (REC-01), a page at a time,
 * never every row. {@link org.webchat.recording.RecordingFilter} is the search as the page edits it, checked at the
 * edge into {@link org.webchat.recording.RecordingCriteria}; {@link org.webchat.recording.RecordingQuery} turns those
 * into one parameterised JPQL query; {@link org.webchat.recording.RecordingSearch} runs it in the signed-in user's
 * group (ADM-02) and gives {@link org.webchat.recording.RecordingRow}s and their count.
 */
package org.webchat.recording;
