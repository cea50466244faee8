package org.webchat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test of a run (and so before the managed server starts), empties the database the
 * server will use: the H2 files of the test server's data directory, or the PostgreSQL schema named by
 * {@code WEBCHAT_DB_URL}. Every run starts from an empty database, so the migrations are tested from
 * scratch each time.
 */
public class FreshDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getenv("WEBCHAT_DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            recreatePostgresSchema(url, System.getenv("WEBCHAT_DB_USER"), System.getenv("WEBCHAT_DB_PASSWORD"));
        } else {
            String serverDir = System.getProperty("it.server.dir");
            if (serverDir != null) {
                deleteTree(Path.of(serverDir, "data"));
            }
        }
    }

    /**
     * A PostgreSQL schema of its own beside the one {@code url} names ({@code <schema>_<suffix>}), made anew, and its
     * URL: for a server a test starts itself. Two servers on one database work as a cluster's nodes do, and a server
     * that is no node of the tests' server's cluster would take its chats and agents without its live events.
     */
    public static String schemaBeside(String url, String suffix, String user, String password) {
        String beside = url.replaceFirst("([?&]currentSchema=[A-Za-z0-9_]+)", "$1_" + suffix);
        recreatePostgresSchema(beside, user, password);
        return beside;
    }

    /** Drops the schema {@code url} names, and everything in it, and creates it empty. */
    public static void recreatePostgresSchema(String url, String user, String password) {
        String schema = url.replaceAll(".*[?&]currentSchema=([A-Za-z0-9_]+).*", "$1");
        if (schema.equals(url)) {
            throw new IllegalStateException("The tests' PostgreSQL URL must name its own schema (currentSchema=...): " + url);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the tests' PostgreSQL schema at " + url
                    + " (is PostgreSQL running on 127.0.0.1:5432?)", e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
