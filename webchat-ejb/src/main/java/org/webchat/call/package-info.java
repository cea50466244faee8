/**
 * Audio and video calls between a customer and its agent during an interaction (AV-01..03,
 * WID-07, AGT-04); the signalling itself lives in the web module.
 */
package org.webchat.call;
