/**
 * The people who use the consoles: users with their roles, security groups, password hashing and login
 * lockout, the areas each role may enter, break types and the history of agents' presence; their administration
 * (users scoped by security group, security groups, break types) with the rules its forms meet ({@link
 * org.webchat.agent.FormCheck}).
 */
package org.webchat.agent;
