/**
 * Supervision: the figures and colours of the real-time dashboard (SUP-08, SUP-09, SUP-16) and the
 * service level of spec section 6, computed as plain functions of stored facts and the campaign's
 * thresholds ({@link org.webchat.supervision.ServiceLevel}, {@link org.webchat.supervision.ChatTimeBand},
 * {@link org.webchat.supervision.IdleAlert}); and what a supervisor does to an agent and in its chats
 * ({@link org.webchat.supervision.SupervisorActs}: spy, whisper, barge-in, pause, log out, info; issue 12), within
 * its own security group ({@link org.webchat.supervision.SupervisionScope}), each act kept in the audit trail
 * ({@link org.webchat.supervision.SupervisionAct}).
 */
package org.webchat.supervision;
