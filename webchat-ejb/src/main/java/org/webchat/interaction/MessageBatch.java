package org.webchat.interaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.webchat.live.LiveChannel;
import org.webchat.live.LiveEvent;

/**
 * Stores the text messages of many chats in one transaction (issue 16, group commit): the database's own, on a
 * connection taken outside the container's transactions (a batch is part of no other work, and in a profile the
 * container's transaction, the connection's enlistment in it and the bean's interceptors took a third of the lanes' CPU
 * when batches were small). On PostgreSQL one statement does it all, committed with it ({@link OneStatementBatch}).
 * Otherwise (H2), and for resends, one statement locks their interactions, one inserts the messages and one batch
 * moves each interaction's last seq, whatever the number of messages. Here a client id stored before (a resend: rare,
 * after a reconnection) is found by the unique index as the messages are inserted; the batch then stores nothing, and
 * is stored again with a statement that looks its client ids up first (as it does at once when one of its messages would be
 * refused: a resend is answered as one, also in a chat that has ended since). Plain JDBC: no entity is loaded just to
 * read an id. The statements take the batch as arrays, so that their text is the same whatever its size: the driver
 * prepares each once on a connection, instead of a new text parsed again for each size of batch (PostgreSQL plans
 * each once: see {@link #onePlanByKeys}). Client ids looked up are found pair by pair in their unique index (with two
 * lists of values, PostgreSQL read the whole message table for each batch: 90 ms with 110,000 messages). Each
 * message is published, so relayed, only after the commit; a client id stored before goes back to
 * {@link MessageWriter}, which answers it as {@link ChatService} always has (its ack again, or refused).
 */
@ApplicationScoped
public class MessageBatch {

    /** What became of one message of the batch. */
    public sealed interface Outcome {
    }

    public record Stored(StoredMessage message) implements Outcome {
    }

    public record Refused(RuntimeException reason) implements Outcome {
    }

    /** Its client id was stored before, or comes twice in the batch: answered one by one after the commit. */
    public record Resent() implements Outcome {
    }

    @Resource(lookup = "java:jboss/datasources/WebchatDS")
    DataSource data;

    @Inject
    LiveChannel live;

    private static final Logger LOG = Logger.getLogger(MessageBatch.class.getName());
    static final String UNIQUE_VIOLATION = "23505";

    private final Clock clock = Clock.systemUTC();
    /** Whether the database is PostgreSQL: known with the first batch. */
    private volatile Boolean postgres;

    /**
     * A lane's connection to the database, kept while its messages keep coming: taking it from the pool and giving it
     * back for each batch cost a seventh of a lane's CPU at 1,000 messages a second. Given back when the lane is idle,
     * and after any failure (the connection may be what failed: the next batch takes another). One thread's.
     */
    public final class Lane implements AutoCloseable {

        private Connection connection;

        private Connection connection() throws SQLException {
            if (connection == null) {
                connection = data.getConnection();
                if (!connection.getAutoCommit()) { // the one-statement batch commits by it
                    connection.setAutoCommit(true);
                }
                if (postgres(connection)) {
                    onePlanByKeys(connection, true);
                }
            }
            return connection;
        }

        /** Gives the connection back to the pool, if held. */
        public void release() {
            if (connection != null) {
                try (Connection held = connection) {
                    if (postgres(held)) {
                        onePlanByKeys(held, false);
                    }
                } catch (SQLException failed) {
                    LOG.log(Level.FINE, "A message lane's connection could not be given back", failed);
                }
                connection = null;
            }
        }

        @Override
        public void close() {
            release();
        }
    }

    public Lane lane() {
        return new Lane();
    }

    /**
     * The outcome of each write, in the order given; messages of one interaction get their seqs in that order.
     * {@code resends}: look the client ids up first; without, null when one of them was stored before (nothing is
     * stored then: store them again with {@code resends}).
     */
    public List<Outcome> store(Lane lane, List<MessageWriter.Write> writes, boolean resends) {
        List<Outcome> outcomes = new ArrayList<>(writes.size());
        List<LiveEvent> committed = new ArrayList<>();
        try {
            Connection connection = lane.connection();
            if (!resends && postgres(connection)) {
                outcomes = OneStatementBatch.store(connection, writes, clock.instant(), committed);
                if (outcomes == null) {
                    return null;
                }
            } else if (!inTransaction(connection, writes, resends, outcomes, committed)) {
                return null;
            }
        } catch (SQLException | RuntimeException failed) {
            lane.release();
            if (failed instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("The messages could not be stored", failed);
        }
        committed.forEach(live::publish); // committed: relayed at once, in this order
        return outcomes;
    }

    /** The database's statements one by one in a transaction: on H2, and for resends. */
    private boolean inTransaction(Connection connection, List<MessageWriter.Write> writes, boolean resends,
                                  List<Outcome> outcomes, List<LiveEvent> committed) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (!store(connection, writes, resends, outcomes, committed)) {
                connection.rollback();
                return false;
            }
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException failed) {
            rollback(connection, failed);
            throw failed;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private boolean postgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    /**
     * On PostgreSQL a lane's statements find rows by their keys only, never by reading a table whole, and are planned
     * once for the life of the connection. Each is prepared once on it; left to choose, PostgreSQL planned the
     * one-statement batch anew at every batch (its generic plan looked dearer than a plan for the batch's own values),
     * which was two thirds of the statement's time (issue 16: 1.0 to 1.4 ms of 1.5 to 1.9). A plan made once while the
     * tables were nearly empty (a new database, or statistics never refreshed, as where autovacuum is off) must not
     * read them whole as they grow: with sequential scans off, every read of a lane's plans goes by a key. Set while
     * the lane holds the connection, reset before the pool has it back.
     */
    private static void onePlanByKeys(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(on ? "SET enable_seqscan = off; SET plan_cache_mode = force_generic_plan"
                    : "RESET enable_seqscan; RESET plan_cache_mode");
        }
    }

    private static void rollback(Connection connection, Exception failed) {
        try {
            connection.rollback();
        } catch (SQLException also) {
            failed.addSuppressed(also);
        }
    }

    /**
     * Stores the writes on {@code connection}, their outcomes added to {@code outcomes} and the events to publish
     * after the commit to {@code committed}; false when a client id was stored before and {@code resends} is not set.
     */
    private boolean store(Connection connection, List<MessageWriter.Write> writes, boolean resends,
                          List<Outcome> outcomes, List<LiveEvent> committed) throws SQLException {
        Map<Long, Chat> chats = lock(connection, writes.stream().map(MessageWriter.Write::interactionId)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
        // A resend is answered as one before a refusal (its message was stored before the chat ended, say): looked up
        // when asked, or when one of them would be refused.
        boolean lookUp = resends || writes.stream().anyMatch(w -> !chats.containsKey(w.interactionId())
                || chats.get(w.interactionId()).refusal(w) != null);
        Set<String> taken = lookUp ? storedClientIds(connection, writes) : Set.of();
        Set<String> inBatch = new HashSet<>();
        Instant now = clock.instant();
        List<StoredMessage> stored = new ArrayList<>();
        List<Long> authors = new ArrayList<>();
        for (MessageWriter.Write write : writes) {
            Chat chat = chats.get(write.interactionId());
            String key = write.interactionId() + ":" + write.clientId();
            Outcome outcome = refusedOrResent(write, chat, taken.contains(key) || !inBatch.add(key));
            if (outcome == null) {
                StoredMessage message = chat.message(write, ++chat.lastSeq, now);
                stored.add(message);
                authors.add(write.sender() == SenderKind.AGENT ? write.agentId() : null);
                outcome = new Stored(message);
            }
            outcomes.add(outcome);
        }
        if (!stored.isEmpty()) {
            if (!insert(connection, stored, authors, resends)) {
                return false;
            }
            moveLastSeqs(connection, chats.values().stream().filter(Chat::moved).toList());
            for (StoredMessage message : stored) {
                Chat chat = chats.get(message.interactionId());
                committed.add(chat.posted(message));
            }
        }
        return true;
    }

    /**
     * What becomes of a write its {@code chat} (null: there is none) would not store, or null when it would:
     * {@code again}, its client id stored before or earlier in the batch, is answered as a resend before any refusal
     * (its message was stored before the chat ended, say).
     */
    static Outcome refusedOrResent(MessageWriter.Write write, Chat chat, boolean again) {
        if (chat == null) {
            return new Refused(new IllegalArgumentException("No interaction " + write.interactionId()));
        }
        if (again) {
            return new Resent();
        }
        RuntimeException refusal = chat.refusal(write);
        return refusal == null ? null : new Refused(refusal);
    }

    /** The interactions' rows, locked in id order so that two batches never wait on each other in a cycle. */
    private static Map<Long, Chat> lock(Connection connection, Set<Long> ids) throws SQLException {
        Map<Long, Chat> chats = new HashMap<>();
        // One interaction (the usual batch at a steady pace) by its id: a plan of the primary key's whatever the
        // statistics say (a plan of "any of" made while the table was small went on reading all of it once it had grown).
        boolean one = ids.size() == 1;
        try (PreparedStatement select = connection.prepareStatement("SELECT i.id, i.last_seq, i.state, i.bot_id,"
                + " i.campaign_id, i.agent_id, (SELECT u.name FROM app_user u WHERE u.id = i.agent_id) FROM interaction i"
                + " WHERE " + (one ? "i.id = ?" : "i.id = ANY(?)") + " ORDER BY i.id FOR UPDATE")) {
            if (one) {
                select.setLong(1, ids.iterator().next());
            } else {
                select.setArray(1, connection.createArrayOf("BIGINT", ids.toArray(Long[]::new)));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Chat chat = Chat.read(rows, 1);
                    chats.put(chat.id, chat);
                }
            }
        }
        return chats;
    }

    /**
     * "interaction:clientId" of the batch's client ids stored before (the interactions are locked: none can come), each
     * pair found in the unique index of the two.
     */
    private static Set<String> storedClientIds(Connection connection, List<MessageWriter.Write> writes) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT m.interaction_id, m.client_id FROM chat_message m"
                + " JOIN UNNEST(?, ?) AS w(interaction_id, client_id)"
                + " ON m.interaction_id = w.interaction_id AND m.client_id = w.client_id")) {
            select.setArray(1, bigints(connection, writes, MessageWriter.Write::interactionId));
            select.setArray(2, texts(connection, writes, MessageWriter.Write::clientId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    taken.add(rows.getLong(1) + ":" + rows.getString(2));
                }
            }
        }
        return taken;
    }

    /**
     * {@code authors}: the agent of each message, null for a customer's. One statement, however many messages. False
     * when a client id was stored before, unless {@code resends} (looked up before: then it is a failure).
     */
    private static boolean insert(Connection connection, List<StoredMessage> messages, List<Long> authors,
                                  boolean resends) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO chat_message (interaction_id, seq,"
                + " client_id, sender_kind, sender_user_id, text, created_at, internal) SELECT w.interaction_id, w.seq,"
                + " w.client_id, w.sender_kind, w.sender_user_id, w.text, ?, FALSE FROM UNNEST(?, ?, ?, ?, ?, ?)"
                + " AS w(interaction_id, seq, client_id, sender_kind, sender_user_id, text)")) {
            insert.setObject(1, messages.get(0).at().atOffset(java.time.ZoneOffset.UTC)); // the batch's one instant
            insert.setArray(2, bigints(connection, messages, StoredMessage::interactionId));
            insert.setArray(3, bigints(connection, messages, StoredMessage::seq));
            insert.setArray(4, texts(connection, messages, StoredMessage::clientId));
            insert.setArray(5, texts(connection, messages, m -> m.sender().name()));
            insert.setArray(6, bigints(connection, authors, author -> author));
            insert.setArray(7, texts(connection, messages, StoredMessage::text));
            insert.executeUpdate();
            return true;
        } catch (SQLException failed) {
            if (!resends && UNIQUE_VIOLATION.equals(failed.getSQLState())) {
                return false;
            }
            throw failed;
        }
    }

    /** One field of each of {@code rows}, as an array of BIGINT for a statement (nulls kept). */
    static <T> Array bigints(Connection connection, List<T> rows, Function<T, Long> field) throws SQLException {
        return connection.createArrayOf("BIGINT", rows.stream().map(field).toArray(Long[]::new));
    }

    /** One field of each of {@code rows}, as an array of VARCHAR for a statement (nulls kept). */
    static <T> Array texts(Connection connection, List<T> rows, Function<T, String> field) throws SQLException {
        return connection.createArrayOf("VARCHAR", rows.stream().map(field).toArray(String[]::new));
    }

    /** The version moves too: an interaction read before this batch and saved after it fails instead of undoing it. */
    private static void moveLastSeqs(Connection connection, List<Chat> chats) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE interaction SET last_seq = ?, version = version + 1 WHERE id = ?")) {
            for (Chat chat : chats) {
                update.setLong(1, chat.lastSeq);
                update.setLong(2, chat.id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** An interaction as the batch found it locked, and its last seq as the batch moves it. */
    static final class Chat {
        final long id;
        final long firstSeq;
        long lastSeq;
        final InteractionState state;
        final boolean botTalks;
        final long campaignId;
        final Long agentId;
        final String agentName;

        Chat(long id, long lastSeq, InteractionState state, boolean botTalks, long campaignId, Long agentId,
             String agentName) {
            this.id = id;
            this.firstSeq = lastSeq;
            this.lastSeq = lastSeq;
            this.state = state;
            this.botTalks = botTalks;
            this.campaignId = campaignId;
            this.agentId = agentId;
            this.agentName = agentName;
        }

        /**
         * The chat of a row whose columns from {@code first} on are the interaction's id, last seq, state, bot, campaign
         * and agent, and the agent's name.
         */
        static Chat read(ResultSet row, int first) throws SQLException {
            long agentId = row.getLong(first + 5);
            Long agent = row.wasNull() ? null : agentId;
            return new Chat(row.getLong(first), row.getLong(first + 1), InteractionState.valueOf(row.getString(first + 2)),
                    row.getObject(first + 3) != null, row.getLong(first + 4), agent, row.getString(first + 6));
        }

        boolean moved() {
            return lastSeq != firstSeq;
        }

        /** The write, stored in this chat with {@code seq} at {@code at}. */
        StoredMessage message(MessageWriter.Write write, long seq, Instant at) {
            return new StoredMessage(id, seq, write.clientId(), write.sender(),
                    write.sender() == SenderKind.AGENT ? agentName : null, write.text(), null, at, false, false);
        }

        /** The live event of a message stored in this chat. */
        LiveEvent posted(StoredMessage message) {
            return new LiveEvent.MessagePosted(id, campaignId, agentId, message.seq(), message.clientId(),
                    message.sender().name(), message.senderName(), message.text(), null, message.at(), false, null);
        }

        /** Why this writer may not add a message now (null: it may), as {@link ChatService} and the desk decide. */
        RuntimeException refusal(MessageWriter.Write write) {
            if (write.sender() == SenderKind.AGENT) {
                boolean hers = Objects.equals(agentId, write.agentId());
                if (!hers || state != InteractionState.ASSIGNED && state != InteractionState.ENDED) {
                    return new AgentDeskService.NotYours();
                }
            }
            if (state == InteractionState.ENDED && !botTalks) { // a survey still takes answers (BOT-02)
                return new ChatEnded(id);
            }
            return null;
        }
    }
}
