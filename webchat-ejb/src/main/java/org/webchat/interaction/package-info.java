/**
 * The interaction: one chat between a customer and (eventually) an agent, or an offline message,
 * with its ordered messages, attachments, transfers and the customer's rating. An offline message is mailed to its
 * campaign's address (MSG-05): {@link org.webchat.interaction.OfflineMailQueue} queues it as the customer leaves it,
 * {@link org.webchat.interaction.OfflineMailSender} mails it through WildFly's mail session, retrying a failing
 * server, and {@link org.webchat.interaction.OfflineMail} writes it.
 */
package org.webchat.interaction;
