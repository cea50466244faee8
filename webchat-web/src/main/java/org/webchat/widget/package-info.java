/**
 * The server side of the customer widget (WID-01..10): the iframe page of a campaign with its frame-ancestors
 * (ADV-15), the launcher settings a host page's loader reads across origins, pictures, the upload and
 * download of files and audio messages, the embed snippet (ADM-08) and the example page (ADM-09). The widget's
 * own scripts live in the {@code webchat-widget} module and are served from {@code /widget/}.
 */
package org.webchat.widget;
