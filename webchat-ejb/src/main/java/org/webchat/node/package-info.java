/**
 * The nodes of a cluster (issue 17): each holds a lease it renews every few seconds ({@link org.webchat.node.NodeLease});
 * work a node took on and may die in the middle of (an export's job, a bot's request in flight) names the node, and
 * once its lease lapsed another node takes the work over. On a single server the only other node there can be is an
 * earlier start of this one, whose work is taken over at start.
 */
package org.webchat.node;
