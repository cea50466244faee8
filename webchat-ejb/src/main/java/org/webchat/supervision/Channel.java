package org.webchat.supervision;

/**
 * The channels an agent attends customers on (SUP-02): the dashboard draws each active interaction's channel logo.
 * Only web chat exists so far; a channel that comes (SMS, e-mail...) adds its constant here and its logo to the page.
 */
public enum Channel {
    WEBCHAT
}
