package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 16, point 4: a campaign's queue read from an index in the queue's own order (queued at, then id), so that
 * its head is read without touching the rest, a customer's place is one count of the entries ahead of it, and
 * those past Max time are one range. On PostgreSQL the index holds the waiting interactions alone (a partial
 * index: small whatever the campaign's history); H2 has no partial index (so the SQL cannot be the same on both)
 * and gets the state in the key instead. Also the offers by when they closed: the open ones (closed at null, a few)
 * and those closed lately, which a dispatch reads without going through the campaign's interactions.
 */
public class V18__Queue_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement statement = context.getConnection().createStatement()) {
            if ("PostgreSQL".equals(database)) {
                statement.execute("CREATE INDEX ix_interaction_waiting ON interaction (campaign_id, queued_at, id)"
                        + " WHERE state IN ('QUEUED', 'OFFERED')");
            } else {
                statement.execute("CREATE INDEX ix_interaction_waiting ON interaction (campaign_id, state, queued_at, id)");
            }
            statement.execute("CREATE INDEX ix_interaction_offer_closed ON interaction_offer (closed_at)");
        }
    }
}
