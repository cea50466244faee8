/**
 * What the first start on an empty database creates: the administrator named by the configuration,
 * or, in demo mode, a complete demo (users of every role and a campaign with its messages).
 */
package org.webchat.setup;
