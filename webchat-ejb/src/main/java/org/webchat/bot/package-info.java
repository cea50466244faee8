/**
 * Bots that talk to the customer before the queue or at the end of an interaction: a configured
 * flow or an external endpoint, with hand-off to a human (BOT-01, BOT-02).
 */
package org.webchat.bot;
