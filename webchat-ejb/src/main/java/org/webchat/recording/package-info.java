/**
 * Recordings (REC): every conversation of the reader's security group ({@link org.webchat.recording.RecordingAccess}).
 * <ul>
 * <li>Search (REC-01): {@link org.webchat.recording.RecordingFilter} is the search as the page edits it, checked at
 * the edge into {@link org.webchat.recording.RecordingCriteria}; {@link org.webchat.recording.RecordingQuery} turns
 * those into one parameterised JPQL query; {@link org.webchat.recording.RecordingSearch} runs it a page (or, for
 * exports, a chunk by id) at a time, never every row, and gives {@link org.webchat.recording.RecordingRow}s.</li>
 * <li>A conversation (REC-03..05): {@link org.webchat.recording.Conversations} opens one with its lines, files and
 * grades ({@link org.webchat.recording.Conversation}); {@link org.webchat.recording.ConversationReport} prints it
 * with the JasperReports template {@code conversation.jrxml}, pictures through
 * {@link org.webchat.recording.ConversationImages}. Grading is {@code org.webchat.quality.Grading}'s.</li>
 * <li>Downloads (REC-02): {@link org.webchat.recording.RecordingCsv} streams a search as CSV;
 * {@link org.webchat.recording.RecordingExports} runs the batch job {@code recordings-export} (reader, processor,
 * writer, assembler and listener: the {@code Export*} classes) that prints a search as one PDF, opened by
 * {@link org.webchat.recording.SearchReport}'s summary; {@link org.webchat.recording.ExportRecovery} restarts the
 * jobs a server stop interrupted.</li>
 * <li>Offline messages (REC-06): {@link org.webchat.recording.OfflineMessages} marks them seen or unseen.</li>
 * </ul>
 * Texts printed and shown alike are {@link org.webchat.recording.RecordingTexts}' (bundle {@code texts}, es/en/pt).
 */
package org.webchat.recording;
