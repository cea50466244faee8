package org.webchat.agent;

/** An image kept in the database (an agent's photo, a campaign's image, ADV-13) as it is served. */
public record Picture(byte[] content, String contentType) {
}
