/**
 * The people who use the consoles: users with their roles, security groups, password hashing and login
 * lockout, the areas each role may enter, break types and the history of agents' presence.
 */
package org.webchat.agent;
