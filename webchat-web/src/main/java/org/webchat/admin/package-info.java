/** The administration console (spec §1, ADM/MSG/ADV): campaigns, users, members. */
package org.webchat.admin;
