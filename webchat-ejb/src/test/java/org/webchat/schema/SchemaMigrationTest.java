package org.webchat.schema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void aSchemaHoldingOnlyTheBatchRepositoryIsNewToWebchat() {
        assertTrue(SchemaMigration.onlyServerTables(
                Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION", "PARTITION_EXECUTION")), "H2's upper case");
        assertTrue(SchemaMigration.onlyServerTables(Set.of("job_instance", "job_execution")), "PostgreSQL's");
    }

    @Test
    void aClusterNodesTableOfJGroupsIsTheServersToo() {
        assertTrue(SchemaMigration.onlyServerTables(Set.of("job_instance", "job_execution", "step_execution",
                "partition_execution", "jgroupsping")), "a node's first start on a new database");
    }

    @Test
    void anEmptySchemaNeedsNoBaseline() {
        assertFalse(SchemaMigration.onlyServerTables(Set.of()));
    }

    @Test
    void aSchemaWithHistoryOrAnyOtherTableIsLeftToFlyway() {
        assertFalse(SchemaMigration.onlyServerTables(Set.of("flyway_schema_history", "job_instance")));
        assertFalse(SchemaMigration.onlyServerTables(Set.of("job_instance", "invoices")));
    }
}
