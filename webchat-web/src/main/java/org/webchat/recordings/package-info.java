/**
 * The recordings console (issue 13): the page {@code /recordings/index.xhtml}, where a supervisor searches every
 * conversation of its security group (REC-01) in a lazy, paged, sortable table, through
 * {@link org.webchat.recordings.RecordingsPage}. Its script ({@code resources/webchat/recordings.js}) only tells the
 * server the browser's time zone, which the dates are read and the times shown in (searching once more on opening
 * when it is not UTC).
 */
package org.webchat.recordings;
