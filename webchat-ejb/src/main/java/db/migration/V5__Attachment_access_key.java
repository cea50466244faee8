package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.webchat.interaction.Attachment;

/**
 * Issue 11, point 5: a file's download address was keyed by the SHA-256 of its content, which anyone who knows or
 * guesses the bytes can compute. Each attachment gets a random access key instead, files already stored too (so the
 * SQL cannot do it alike on H2 and PostgreSQL: the keys come from Java's SecureRandom).
 */
public class V5__Attachment_access_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE attachment ADD COLUMN access_key VARCHAR(43)");
        }
        try (Statement select = connection.createStatement();
             ResultSet ids = select.executeQuery("SELECT id FROM attachment");
             PreparedStatement update = connection.prepareStatement("UPDATE attachment SET access_key = ? WHERE id = ?")) {
            while (ids.next()) {
                update.setString(1, Attachment.newAccessKey());
                update.setLong(2, ids.getLong(1));
                update.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE attachment ALTER COLUMN access_key SET NOT NULL");
        }
    }
}
