package org.migportal.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (restarting, down, network) from a bug: the first is
 * worth a "try again in a moment", the second is not. PostgreSQL and the JDBC driver report the first with SQL
 * states of class 08 (connection exception) or 57P01-57P03 (the server is shutting down, restarting or not
 * accepting connections yet); Payara's pool reports a connection it could not create with a
 * {@code PoolingException} ("Error in allocating a connection") somewhere in the chain; a commit that failed
 * because the server closed the connection leaves only the driver's message.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or anything it was caused by says the database could not be reached. */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return search(failure, seen);
    }

    private static boolean search(Throwable t, Set<Throwable> seen) {
        for (; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ConnectException || t.getClass().getName().endsWith(".PoolingException")
                    || saysTheConnectionBroke(t.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (isConnectionState(sql.getSQLState())
                        || String.valueOf(sql.getMessage()).startsWith("Error in allocating a connection")) {
                    return true;
                }
                if (sql.getNextException() != null && search(sql.getNextException(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A commit on a connection the server closed fails in the transaction manager, which keeps only the driver's
     * message ({@code XAException: LocalTransactionException: FATAL: terminating connection ...}).
     */
    private static boolean saysTheConnectionBroke(String message) {
        return message != null && (message.contains("terminating connection due to administrator command")
                || message.contains("An I/O error occurred while sending to the backend")
                || message.contains("This connection has been closed"));
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
