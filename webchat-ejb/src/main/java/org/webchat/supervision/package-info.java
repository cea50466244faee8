/**
 * Supervision: the live board of the supervision dashboard (issue 12) and its rules, as plain functions of stored
 * facts, the agents' presence and the campaign's thresholds, each with its unit tests:
 * <ul>
 * <li>figures (SUP-16, spec section 6): {@link org.webchat.supervision.ServiceLevel} over the
 * {@link org.webchat.supervision.InteractionFacts} of a period; a campaign's board
 * ({@link org.webchat.supervision.CampaignBoard}: today, the last 30 minutes, the queue, each quarter of an hour),
 * read by {@link org.webchat.supervision.CampaignFigures}, and what a dashboard adds up over its campaigns
 * ({@link org.webchat.supervision.Board}); what each campaign's start bot resolved, handed off and talks in
 * ({@link org.webchat.supervision.BotFigures}, issue 15);</li>
 * <li>colours: each figure's by the thresholds ({@link org.webchat.supervision.Colour}), a chat's by the Chat time
 * bands ({@link org.webchat.supervision.ChatTimeBand}, SUP-08), the idle alert
 * ({@link org.webchat.supervision.IdleAlert}, SUP-09), given as the instants they change so that screens tick them;</li>
 * <li>agents (SUP-01..09): the state and icon ({@link org.webchat.supervision.AgentStatus}, SUP-03), the row
 * ({@link org.webchat.supervision.AgentRow}) read by {@link org.webchat.supervision.AgentRows};</li>
 * <li>who watches what ({@link org.webchat.supervision.Supervisors}, ADM-02);</li>
 * <li>what a supervisor does to an agent and in its chats ({@link org.webchat.supervision.SupervisorActs}: spy,
 * whisper, barge-in, pause, log out, info), within its own security group
 * ({@link org.webchat.supervision.SupervisionScope}), each act kept in the audit trail
 * ({@link org.webchat.supervision.SupervisionAct}).</li>
 * </ul>
 */
package org.webchat.supervision;
