package org.webchat.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version of this build at deploy time. Other start-up beans
 * {@code @DependsOn} this one, so none of them sees an old schema.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits each migration itself
public class SchemaMigration {

    public static final String LOCATION = "classpath:db/migration";

    /** The history of a schema that held only the server's own tables when Webchat first migrated it starts here. */
    public static final String SERVER_TABLES_BASELINE = "0";

    /**
     * The tables WildFly itself creates in WebchatDS's schema when it starts, before Webchat deploys: its JDBC job
     * repository's (webchat.cli, "Batch") and, on a cluster's node, JGroups' table of the nodes (cluster.cli).
     */
    static final Set<String> SERVER_TABLES =
            Set.of("job_instance", "job_execution", "step_execution", "partition_execution", "jgroupsping");

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/WebchatDS")
    private DataSource dataSource;

    private String version;

    @PostConstruct
    void migrate() {
        FluentConfiguration configuration = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true);
        if (onlyServerTables(tablesOfTheSchema())) {
            // WildFly creates its tables when the server starts, before this deploys: on a new database Flyway
            // would see a schema that is not empty and refuse it. Those tables alone count as empty; any other
            // table still makes Flyway refuse a schema it did not make. (Flyway writes the description into SQL
            // unquoted: no apostrophe.)
            configuration.baselineOnMigrate(true)
                    .baselineVersion(SERVER_TABLES_BASELINE)
                    .baselineDescription("the server tables before V1");
        }
        MigrateResult result = configuration.load().migrate();
        version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }

    /**
     * Whether a schema with these tables (names in any case) is new to Webchat but for the server's own: no
     * migration history, and nothing but the tables WildFly makes.
     */
    static boolean onlyServerTables(Set<String> tables) {
        Set<String> lower = new HashSet<>();
        tables.forEach(table -> lower.add(table.toLowerCase(Locale.ROOT)));
        return !lower.isEmpty() && !lower.contains(HISTORY_TABLE) && SERVER_TABLES.containsAll(lower);
    }

    private Set<String> tablesOfTheSchema() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            Set<String> tables = new HashSet<>();
            try (ResultSet rows = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of the database's schema", e);
        }
    }

    /** The schema version after start-up's migration. */
    public String version() {
        return version;
    }
}
