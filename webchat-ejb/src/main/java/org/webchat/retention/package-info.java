/**
 * Retention (issue 13, beyond the spec): each security group (a tenant, ADM-02) may keep its conversations a number
 * of days after they ended ({@link org.webchat.retention.RetentionPeriod}); the Jakarta Batch job {@code retention}
 * ({@code META-INF/batch-jobs/retention.xml}), started daily by {@link org.webchat.retention.RetentionSchedule} and on
 * demand from the administration, deletes the older ones page by page with everything that belongs to them
 * ({@link org.webchat.retention.ConversationDeletion}). An administrator also erases one customer's conversations by
 * e-mail on request. Both are logged, and kept as {@link org.webchat.retention.RetentionRecord}s the group's
 * administrators read.
 */
package org.webchat.retention;
