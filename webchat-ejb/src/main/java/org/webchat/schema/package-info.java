/**
 * The database schema: versioned Flyway migrations (resources {@code db/migration}) applied at deploy,
 * before anything else touches the database. Hibernate never changes the schema.
 */
package org.webchat.schema;
