/**
 * The campaign: one web-chat entry point with its queue, members, schedule, messages, canned
 * responses and limits (ADM, MSG, ADV). {@link org.webchat.campaign.Campaign} is the aggregate root.
 */
package org.webchat.campaign;
