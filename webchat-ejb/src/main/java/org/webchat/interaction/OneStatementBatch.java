package org.webchat.interaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.webchat.live.LiveEvent;

/**
 * A batch of text messages stored on PostgreSQL in one statement, committed with it: one round trip to the database
 * instead of four (issue 16: in a profile of 1,000 messages a second, the lock, the insert, the move of the last seqs
 * and the commit each cost a round trip, and the socket writes and reads of those were a third of the lanes' CPU).
 * The statement locks the interactions in id order, leaves out the messages their chat does not take now (the rule of
 * {@link MessageBatch.Chat#refusal}) and the client ids that come twice in the batch, numbers the others after each
 * interaction's last seq, inserts them and moves the last seqs; it answers, for every message, its seq if stored, for
 * one left out whether its client id was stored before, and its chat as locked. The connection is in auto-commit:
 * PostgreSQL commits the statement before it answers, so a message is on disk before its outcome is known here
 * (persistence first).
 * <p>
 * A message left out is refused as {@link MessageBatch} would refuse it, or, when its client id was stored before or
 * comes twice, answered one by one ({@link MessageBatch.Resent}). A client id stored before (a resend, rare: after a
 * reconnection), even by another transaction after the statement's snapshot, fails the insert on the unique index (as
 * would any other unique violation): nothing is stored then, and the batch goes to {@link MessageBatch}'s statements,
 * which look client ids up under the lock. The index finds them as it inserts, so the statement reads no message
 * before it: a look-up of each client id first was planned, once for the connection's life, while the table was
 * nearly empty, as one read of the whole table, and went on reading it whole at every batch as it grew (issue 16:
 * 45 million rows read in 20 s at 1,000 messages a second, PostgreSQL at 1.4 cores). The look-up for a message
 * left out cannot be planned that way ({@code OFFSET 0}) and runs only for those.
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
            SELECT w.ord, n.seq,
                   CASE WHEN n.seq IS NULL THEN EXISTS (SELECT 1 FROM chat_message m
                       WHERE m.interaction_id = w.interaction_id AND m.client_id = w.client_id OFFSET 0) END,
                   c.id, c.last_seq, c.state, c.bot_id, c.campaign_id, c.agent_id,
                   (SELECT u.name FROM app_user u WHERE u.id = c.agent_id)
            FROM w LEFT JOIN chat c ON c.id = w.interaction_id LEFT JOIN numbered n ON n.ord = w.ord""";

    private OneStatementBatch() {
    }

    /**
     * The outcome of each write, in the order given, the events of those stored added to {@code committed} in that
     * order; null when the insert met a unique violation (nothing is stored then).
     */
    static List<MessageBatch.Outcome> store(Connection connection, List<MessageWriter.Write> writes, Instant now,
                                            List<LiveEvent> committed) throws SQLException {
        MessageBatch.Outcome[] outcomes = new MessageBatch.Outcome[writes.size()];
        LiveEvent[] events = new LiveEvent[writes.size()];
        try (PreparedStatement store = connection.prepareStatement(STORE)) {
            store.setArray(1, MessageBatch.bigints(connection, writes, MessageWriter.Write::interactionId));
            store.setArray(2, MessageBatch.texts(connection, writes, MessageWriter.Write::clientId));
            store.setArray(3, MessageBatch.texts(connection, writes, w -> w.sender().name()));
            store.setArray(4, MessageBatch.bigints(connection, writes, MessageWriter.Write::agentId));
            store.setArray(5, MessageBatch.texts(connection, writes, MessageWriter.Write::text));
            store.setArray(6, MessageBatch.bigints(connection,
                    writes.stream().map(MessageWriter.Write::interactionId).distinct().toList(), id -> id));
            store.setObject(7, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = store.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt(1) - 1;
                    MessageWriter.Write write = writes.get(index);
                    long seq = rows.getLong(2);
                    boolean stored = !rows.wasNull();
                    boolean storedBefore = rows.getBoolean(3);
                    MessageBatch.Chat chat = rows.getObject(4) == null ? null : MessageBatch.Chat.read(rows, 4);
                    if (stored) {
                        StoredMessage message = chat.message(write, seq, now);
                        outcomes[index] = new MessageBatch.Stored(message);
                        events[index] = chat.posted(message);
                    } else {
                        MessageBatch.Outcome refused = MessageBatch.refusedOrResent(write, chat, storedBefore);
                        outcomes[index] = refused != null ? refused : new MessageBatch.Resent(); // a second copy
                    }
                }
            }
        } catch (SQLException failed) {
            if (MessageBatch.UNIQUE_VIOLATION.equals(failed.getSQLState())) {
                return null;
            }
            throw failed;
        }
        for (LiveEvent event : events) {
            if (event != null) {
                committed.add(event); // in the order written: each chat's in the order of its seqs
            }
        }
        return List.of(outcomes);
    }
}
