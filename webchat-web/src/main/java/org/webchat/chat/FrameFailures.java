package org.webchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Frames the server failed on. Only a transient failure (the database away or busy, a lock that timed out) is worth
 * a resend; anything else would fail again, so the client gets a definite refusal. Each cause is logged once with
 * its stack trace, then at most once a minute as a count: hostile or broken clients cannot flood the log.
 */
@ApplicationScoped
public class FrameFailures {

    private static final Logger LOG = Logger.getLogger(FrameFailures.class.getName());
    private static final long QUIET_NANOS = Duration.ofMinutes(1).toNanos();
    /** Past this many distinct causes the oldest counts are forgotten (a cause is then logged once more). */
    private static final int MAX_CAUSES = 500;

    private final Map<String, Cause> causes = new ConcurrentHashMap<>();

    private static final class Cause {
        long loggedAt;
        long unlogged;
    }

    /** Whether sending the same frame again may work. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof jakarta.ejb.ConcurrentAccessTimeoutException
                    || t instanceof jakarta.resource.ResourceException) {
                return true;
            }
            // Connection errors (08), rollbacks for serialization or deadlock (40), no resources (53), shutdown (57).
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().matches("(08|40|53|57).*")) {
                return true;
            }
        }
        return false;
    }

    /** Logs the failure: in full the first time its cause is seen, then as a count at most once a minute. */
    public void log(String what, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        String key = root.getClass().getName() + (frames.length > 0 ? " at " + frames[0] : "");
        if (causes.size() > MAX_CAUSES) {
            causes.clear();
        }
        Cause cause = causes.computeIfAbsent(key, k -> new Cause());
        long now = System.nanoTime();
        String message;
        synchronized (cause) {
            if (cause.loggedAt != 0 && now - cause.loggedAt < QUIET_NANOS) {
                cause.unlogged++;
                return;
            }
            boolean first = cause.loggedAt == 0;
            message = first ? what + ": " + key
                    : what + ": " + key + " again (" + (cause.unlogged + 1) + " times in the last minute or more)";
            cause.loggedAt = now;
            cause.unlogged = 0;
            if (first) {
                LOG.log(Level.WARNING, message, failure);
                return;
            }
        }
        LOG.warning(message);
    }
}
