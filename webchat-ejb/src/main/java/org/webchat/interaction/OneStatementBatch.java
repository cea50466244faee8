package org.webchat.interaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.webchat.live.LiveEvent;

/**
 * A batch of text messages stored on PostgreSQL in one statement, committed with it: one round trip to the database
 * instead of four (issue 16: in a profile of 1,000 messages a second, the lock, the insert, the move of the last seqs
 * and the commit each cost a round trip, and the socket writes and reads of those were a third of the lanes' CPU).
 * The statement locks the interactions in id order, leaves out the messages their chat does not take now and the
 * client ids stored before (a resend) or twice in the batch, numbers the others after each interaction's last seq,
 * inserts them and moves the last seqs. The connection is in auto-commit: PostgreSQL commits the statement before it
 * answers, so a message is stored on disk before its outcome is known here (persistence first).
 * <p>
 * What it leaves out is {@link MessageBatch.Resent}: answered one by one, as {@link ChatService} and the desk decide
 * (refused, or acknowledged again). So the rule below is a fast path's, not the last word: a message it wrongly
 * left out would be stored there. A client id stored by another transaction after this statement's snapshot makes
 * the insert fail on the unique index; nothing is stored then, and the batch goes to {@link MessageBatch}'s
 * statements, which look client ids up under the lock.
 */
final class OneStatementBatch {

    private static final String STORE = """
            WITH w AS (
                SELECT * FROM UNNEST(?, ?, ?, ?, ?) WITH ORDINALITY
                    AS w(interaction_id, client_id, sender_kind, sender_user_id, text, ord)
            ), chat AS MATERIALIZED (
                SELECT i.id, i.last_seq, i.state, i.bot_id, i.campaign_id, i.agent_id FROM interaction i
                WHERE i.id = ANY(?) ORDER BY i.id FOR UPDATE
            ), taken AS (
                SELECT DISTINCT ON (w.interaction_id, w.client_id) w.*, c.last_seq FROM w JOIN chat c ON c.id = w.interaction_id
                WHERE (w.sender_kind = 'CUSTOMER' OR c.agent_id = w.sender_user_id AND c.state IN ('ASSIGNED', 'ENDED'))
                    AND (c.state <> 'ENDED' OR c.bot_id IS NOT NULL)
                    AND NOT EXISTS (SELECT 1 FROM chat_message m
                                    WHERE m.interaction_id = w.interaction_id AND m.client_id = w.client_id)
                ORDER BY w.interaction_id, w.client_id, w.ord
            ), numbered AS MATERIALIZED (
                SELECT t.*, t.last_seq + ROW_NUMBER() OVER (PARTITION BY t.interaction_id ORDER BY t.ord) AS seq
                FROM taken t
            ), stored AS (
                INSERT INTO chat_message (interaction_id, seq, client_id, sender_kind, sender_user_id, text, created_at,
                                          internal)
                SELECT n.interaction_id, n.seq, n.client_id, n.sender_kind, n.sender_user_id, n.text, ?, FALSE
                FROM numbered n
            ), moved AS (
                UPDATE interaction i SET last_seq = n.seq, version = i.version + 1
                FROM (SELECT interaction_id, MAX(seq) AS seq FROM numbered GROUP BY interaction_id) n
                WHERE i.id = n.interaction_id
            )
            SELECT n.ord, n.seq, c.campaign_id, c.agent_id, (SELECT u.name FROM app_user u WHERE u.id = c.agent_id)
            FROM numbered n JOIN chat c ON c.id = n.interaction_id""";

    private OneStatementBatch() {
    }

    /**
     * The outcome of each write, in the order given, the events of those stored added to {@code committed} in that
     * order; null when a client id came between the statement's snapshot and its insert (nothing is stored then).
     */
    static List<MessageBatch.Outcome> store(Connection connection, List<MessageWriter.Write> writes, Instant now,
                                            List<LiveEvent> committed) throws SQLException {
        MessageBatch.Outcome[] outcomes = new MessageBatch.Outcome[writes.size()];
        LiveEvent[] events = new LiveEvent[writes.size()];
        try (PreparedStatement store = connection.prepareStatement(STORE)) {
            store.setArray(1, connection.createArrayOf("BIGINT",
                    writes.stream().map(MessageWriter.Write::interactionId).toArray(Long[]::new)));
            store.setArray(2, connection.createArrayOf("VARCHAR",
                    writes.stream().map(MessageWriter.Write::clientId).toArray(String[]::new)));
            store.setArray(3, connection.createArrayOf("VARCHAR",
                    writes.stream().map(w -> w.sender().name()).toArray(String[]::new)));
            store.setArray(4, connection.createArrayOf("BIGINT",
                    writes.stream().map(MessageWriter.Write::agentId).toArray(Long[]::new)));
            store.setArray(5, connection.createArrayOf("VARCHAR",
                    writes.stream().map(MessageWriter.Write::text).toArray(String[]::new)));
            store.setArray(6, connection.createArrayOf("BIGINT",
                    writes.stream().map(MessageWriter.Write::interactionId).distinct().toArray(Long[]::new)));
            store.setObject(7, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = store.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt(1) - 1;
                    MessageWriter.Write write = writes.get(index);
                    long agentId = rows.getLong(4);
                    Long chatAgent = rows.wasNull() ? null : agentId;
                    StoredMessage message = new StoredMessage(write.interactionId(), rows.getLong(2), write.clientId(),
                            write.sender(), write.sender() == SenderKind.AGENT ? rows.getString(5) : null, write.text(),
                            null, now, false, false);
                    outcomes[index] = new MessageBatch.Stored(message);
                    events[index] = MessageBatch.posted(message, rows.getLong(3), chatAgent);
                }
            }
        } catch (SQLException failed) {
            if (MessageBatch.UNIQUE_VIOLATION.equals(failed.getSQLState())) {
                return null;
            }
            throw failed;
        }
        List<MessageBatch.Outcome> all = new ArrayList<>(outcomes.length);
        for (int i = 0; i < outcomes.length; i++) {
            all.add(outcomes[i] == null ? new MessageBatch.Resent() : outcomes[i]);
            if (events[i] != null) {
                committed.add(events[i]); // in the order written: each chat's in the order of its seqs
            }
        }
        return all;
    }
}
