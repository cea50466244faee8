/**
 * The shell shared by every console: form login over Jakarta Security, the identity store on the users
 * table, the sign-in kept across a server restart, the menu by role, the language switch (es, en, pt) and sign-out.
 */
package org.webchat.console;
