/**
 * The supervision console (issue 12): the page {@code /supervisor/index.xhtml}, whose script
 * ({@code resources/webchat/supervisor.js} and its modules) draws the live board pushed by the supervisor socket
 * ({@code org.webchat.chat.SupervisorSocket}), and {@link org.webchat.supervisor.SupervisionPage}, what the page needs
 * from the server: its texts and the charts' first models.
 */
package org.webchat.supervisor;
