/**
 * The people who use the consoles: users with their roles and security groups, the breaks an
 * agent may take and the history of each agent's presence state.
 */
package org.webchat.agent;
