package org.webchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Issue 11, point 3: retry only for a truly transient failure; each cause logged once, then counted. */
class FrameFailuresTest {

    @Test
    void onlyTransientFailuresAreWorthAResend() {
        assertTrue(FrameFailures.isTransient(new EJBException(new PersistenceException(new SQLTransientConnectionException("pool")))));
        assertTrue(FrameFailures.isTransient(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertTrue(FrameFailures.isTransient(new jakarta.persistence.LockTimeoutException("lock")));
        assertFalse(FrameFailures.isTransient(new EJBException(new IllegalArgumentException("No interaction 9"))));
        assertFalse(FrameFailures.isTransient(new PersistenceException(new SQLException("constraint", "23505"))));
        assertFalse(FrameFailures.isTransient(new IllegalStateException("bug")));
    }

    @Test
    void aCauseIsLoggedOnceThenQuietlyCounted() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(FrameFailures.class.getName());
        logger.addHandler(handler);
        try {
            FrameFailures failures = new FrameFailures();
            for (int i = 0; i < 60; i++) {
                failures.log("A chat frame could not be handled", new IllegalStateException("the same bug " + i));
            }
            failures.log("A chat frame could not be handled", new UnsupportedOperationException("another"));
            assertEquals(2, records.size(), "one record per cause within a minute");
            assertTrue(records.get(0).getThrown() instanceof IllegalStateException, "the first carries its stack trace");
        } finally {
            logger.removeHandler(handler);
        }
    }
}
