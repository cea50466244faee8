/**
 * The product's HTTP API for other systems: the bot API through which an external bot talks in the chats it was
 * given (issue 15, point 2; documented in the README).
 */
package org.webchat.api;
