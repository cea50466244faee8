/**
 * The interaction: one chat between a customer and (eventually) an agent, or an offline message,
 * with its ordered messages, attachments, transfers and the customer's rating.
 */
package org.webchat.interaction;
