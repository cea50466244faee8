package org.webchat.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.webchat.it.ServedChats;

/**
 * What the cluster tests add to the demo's data and read back, in the nodes' database: no test code runs inside a
 * node of the cluster, so campaigns and agents are written there as rows.
 */
public final class ClusterData {

    static final long DEMO_CAMPAIGN = 1;
    /** The demo's agents' password, which the agents made here share. */
    public static final String PASSWORD = "agent1";

    private ClusterData() {
    }

    /**
     * A copy of the demo campaign as {@code id} (its messages, hours and allowed domains), without its quality form
     * or bots, taking {@code maxChats} waiting, giving up on a customer after {@code maxTimeSeconds}, and giving each
     * agent at most {@code maxPerAgent} chats at once.
     */
    public static void copyOfTheDemo(long id, String name, int maxChats, int maxTimeSeconds, int maxPerAgent)
            throws SQLException {
        try (Connection db = Cluster.database(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE copied AS SELECT * FROM campaign WHERE id = " + DEMO_CAMPAIGN);
            sql.execute("UPDATE copied SET id = " + id + ", name = '" + name + "', max_chats = " + maxChats
                    + ", max_time_seconds = " + maxTimeSeconds + ", max_interactions_per_agent = " + maxPerAgent
                    + ", quality_model_id = NULL, start_bot_id = NULL, end_bot_id = NULL");
            sql.execute("INSERT INTO campaign SELECT * FROM copied");
            sql.execute("INSERT INTO campaign_message (campaign_id, kind, language, text) SELECT " + id
                    + ", kind, language, text FROM campaign_message WHERE campaign_id = " + DEMO_CAMPAIGN);
            sql.execute("INSERT INTO campaign_schedule_entry (campaign_id, days, from_time, to_time) SELECT " + id
                    + ", days, from_time, to_time FROM campaign_schedule_entry WHERE campaign_id = " + DEMO_CAMPAIGN);
            sql.execute("INSERT INTO campaign_allowed_domain (campaign_id, domain) SELECT " + id
                    + ", domain FROM campaign_allowed_domain WHERE campaign_id = " + DEMO_CAMPAIGN);
        }
    }

    /** {@code count} agents {@code prefix-0}, {@code prefix-1}..., of the demo's group, members of {@code campaign}. */
    public static List<String> agents(long campaign, String prefix, int count) throws SQLException {
        try (Connection db = Cluster.database(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO app_user (login, name, password_hash, security_group_id) SELECT '" + prefix
                    + "-' || n, 'Cluster agent ' || n, password_hash, security_group_id FROM app_user,"
                    + " generate_series(0, " + (count - 1) + ") AS n WHERE login = 'agent1'");
            sql.execute("INSERT INTO user_role (user_id, role) SELECT id, 'AGENT' FROM app_user WHERE login LIKE '"
                    + prefix + "-%'");
            sql.execute("INSERT INTO campaign_member (campaign_id, user_id) SELECT " + campaign
                    + ", id FROM app_user WHERE login LIKE '" + prefix + "-%'");
        }
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            logins.add(prefix + "-" + i);
        }
        return logins;
    }

    static long userId(String login) throws SQLException {
        return single("SELECT id FROM app_user WHERE login = ?", login, Long.class);
    }

    /** The interactions of {@code campaign} that ended after an agent took them. */
    static List<ServedChats.Served> served(long campaign) throws SQLException {
        List<ServedChats.Served> served = new ArrayList<>();
        try (Connection db = Cluster.database();
             PreparedStatement find = db.prepareStatement("SELECT id, agent_id, queued_at, assigned_at, ended_at"
                     + " FROM interaction WHERE campaign_id = ? AND state = 'ENDED' AND agent_id IS NOT NULL")) {
            find.setLong(1, campaign);
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    served.add(new ServedChats.Served(row.getLong(1), row.getLong(2), instant(row, 3), instant(row, 4),
                            instant(row, 5)));
                }
            }
        }
        return served;
    }

    /** How many interactions {@code campaign} has, whatever their state. */
    static int interactions(long campaign) throws SQLException {
        return single("SELECT count(*) FROM interaction WHERE campaign_id = ?", campaign, Long.class).intValue();
    }

    /** When interaction {@code id} was queued. */
    static Instant queuedAt(long id) throws SQLException {
        return single("SELECT queued_at FROM interaction WHERE id = ?", id, OffsetDateTime.class).toInstant();
    }

    /** When interaction {@code id} ended. */
    static Instant endedAt(long id) throws SQLException {
        return single("SELECT ended_at FROM interaction WHERE id = ?", id, OffsetDateTime.class).toInstant();
    }

    /** The one value {@code sql} selects with its one parameter. */
    private static <T> T single(String sql, Object parameter, Class<T> type) throws SQLException {
        try (Connection db = Cluster.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, type);
            }
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
