/**
 * Supervision: the figures and colours of the real-time dashboard (SUP-08, SUP-09, SUP-16) and the
 * service level of spec section 6, computed as plain functions of stored facts and the campaign's
 * thresholds ({@link org.webchat.supervision.ServiceLevel}, {@link org.webchat.supervision.ChatTimeBand},
 * {@link org.webchat.supervision.IdleAlert}).
 */
package org.webchat.supervision;
