package org.migportal.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Tells a failure because the database cannot be reached (restarting, down, network) from a bug: the first is
 * worth a "try again in a moment", the second is not. PostgreSQL and the JDBC driver report the first with SQL
 * states of class 08 (connection exception) or 57P01-57P03 (the server is shutting down, restarting or not
 * accepting connections yet); Payara's pool reports a connection it could not create with a
 * {@code PoolingException} ("Error in allocating a connection") somewhere in the chain; a commit that failed
 * because the server closed the connection leaves only the driver's message.
 *
 * <p>An outage also has fallout that names no cause: when one broken connection makes the pool drop them all,
 * the other transactions then fail to commit or roll back with the transaction manager's or the pool's own
 * exceptions ("the physical connection is not usable", a rollback that failed). So a failure of the database
 * tier (JDBC, JTA, the connector, EclipseLink's {@code DatabaseException}) that carries no definite SQL state
 * counts as an outage too while one was seen in the last {@link #FALLOUT} — never a refused statement such as
 * a duplicate key, whose SQL state says what it is.
 */
public final class DatabaseUnavailable {

    static final Duration FALLOUT = Duration.ofSeconds(30);

    private static final Set<String> DATABASE_TIER = Set.of(
            "javax.transaction.xa.XAException",
            "jakarta.transaction.RollbackException",
            "jakarta.transaction.SystemException",
            "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException",
            "jakarta.resource.ResourceException",
            "org.eclipse.persistence.exceptions.DatabaseException");

    /** {@link System#nanoTime()} of the last outage seen in this JVM; the fallout window is measured from it. */
    private static final AtomicLong lastOutage = new AtomicLong();
    private static volatile boolean outageSeen;

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or anything it was caused by says the database could not be reached. */
    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, System::nanoTime);
    }

    static boolean isCauseOf(Throwable failure, LongSupplier nanoClock) {
        if (search(failure, Collections.newSetFromMap(new IdentityHashMap<>()))) {
            lastOutage.set(nanoClock.getAsLong());
            outageSeen = true;
            return true;
        }
        return outageSeen && nanoClock.getAsLong() - lastOutage.get() <= FALLOUT.toNanos()
                && isUnexplainedDatabaseFailure(failure);
    }

    /** Forgets the last outage (for tests). */
    static void forget() {
        outageSeen = false;
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

    /** A JDBC, JTA, connector or EclipseLink database failure in the chain, and no SQL state that explains it. */
    private static boolean isUnexplainedDatabaseFailure(Throwable failure) {
        boolean databaseTier = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && !state.isBlank()) {
                    return false; // the database answered, and said why
                }
                databaseTier = true;
            } else if (isDatabaseTier(t.getClass())) {
                databaseTier = true;
            }
        }
        return databaseTier;
    }

    private static boolean isDatabaseTier(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (DATABASE_TIER.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A commit on a connection the server closed fails in the transaction manager, which keeps only the driver's
     * message ({@code XAException: LocalTransactionException: FATAL: terminating connection ...}); a connection
     * the pool dropped after another one broke fails with the pool's message.
     */
    private static boolean saysTheConnectionBroke(String message) {
        return message != null && (message.contains("terminating connection due to administrator command")
                || message.contains("An I/O error occurred while sending to the backend")
                || message.contains("This connection has been closed")
                || message.contains("the physical connection is not usable")
                || message.contains("the database system is"));
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
